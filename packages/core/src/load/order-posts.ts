/**
 * Newest first, then by slug: the same posts always come out in the same order.
 *
 * @example
 * ```ts
 * posts.sort(comparePosts);
 * ```
 */
export function comparePosts(a: { date: string; slug: string }, b: { date: string; slug: string }): number {
  const byDate = Date.parse(b.date) - Date.parse(a.date);
  if (byDate !== 0) return byDate;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}
