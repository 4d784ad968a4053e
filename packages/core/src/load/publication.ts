/** Which posts are published: drafts and future-dated posts included or not. */
export interface PublicationOptions {
  /** Include posts with `draft: true`. Default: `false` when `NODE_ENV=production`, else `true`. */
  drafts?: boolean;
  /** Include posts dated after `now`. Default: `false` when `NODE_ENV=production`, else `true`. */
  future?: boolean;
  /** The moment that decides what is in the future. Default: the time of the call. */
  now?: Date;
}

/**
 * Builds the test that keeps or leaves out a post by its `draft` flag and date. In production builds
 * drafts and scheduled posts stay out unless asked for; in development you see everything.
 *
 * @example
 * ```ts
 * const isPublished = publicationFilter({ drafts: false, now: new Date('2025-01-01') });
 * isPublished({ draft: false, date: '2026-01-01T00:00:00.000Z' }); // true: future posts default to included outside production
 * ```
 */
export function publicationFilter(
  options: PublicationOptions,
): (post: { draft: boolean; date: string }) => boolean {
  const production = process.env.NODE_ENV === 'production';
  const drafts = options.drafts ?? !production;
  const future = options.future ?? !production;
  const now = (options.now ?? new Date()).getTime();
  return (post) => (drafts || !post.draft) && (future || Date.parse(post.date) <= now);
}
