import type { Post } from './post.js';

/**
 * Orders posts newest first: by `date` descending, then by `slug` ascending — the order `loadPosts`
 * returns, and the one every helper uses, so results never depend on the order posts were passed in.
 */
export function compareNewestFirst(a: Pick<Post, 'date' | 'slug'>, b: Pick<Post, 'date' | 'slug'>): number {
  const byDate = Date.parse(b.date) - Date.parse(a.date);
  if (byDate !== 0 && !Number.isNaN(byDate)) return byDate;
  return compareCodePoints(a.slug, b.slug);
}

/** Locale-independent string order (by UTF-16 code units), identical on every machine. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
