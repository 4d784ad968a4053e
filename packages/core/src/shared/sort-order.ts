import type { Post } from '../post.js';

/**
 * Every order core sorts by, in one place, so results never depend on the order posts were passed
 * in nor on the machine's locale.
 */

type Dated = Pick<Post, 'date' | 'slug'>;

/** Locale-independent string order (by UTF-16 code units), identical on every machine. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Case-insensitive name order (tags, series), then code point order so look-alikes stay stable. */
export function compareNames(a: string, b: string): number {
  return compareCodePoints(a.toLowerCase(), b.toLowerCase()) || compareCodePoints(a, b);
}

function compareDates(a: Dated, b: Dated): number {
  const byDate = Date.parse(a.date) - Date.parse(b.date);
  return Number.isNaN(byDate) ? 0 : byDate;
}

/**
 * Newest first: by `date` descending, then by `slug` ascending — the order `loadPosts` returns,
 * and the one every helper uses.
 */
export function compareNewestFirst(a: Dated, b: Dated): number {
  return compareDates(b, a) || compareCodePoints(a.slug, b.slug);
}

/** Oldest first: by `date` ascending, then by `slug` ascending (reading order within a series). */
export function compareOldestFirst(a: Dated, b: Dated): number {
  return compareDates(a, b) || compareCodePoints(a.slug, b.slug);
}
