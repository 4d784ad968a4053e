import type { Post } from '../post.js';
import { compareNewestFirst } from '../shared/sort-order.js';
import { postSeries } from './series.js';

/** The posts around one post. */
export interface AdjacentPosts<P extends Post = Post> {
  /** The post before it: older (chronological), or the previous part (series). */
  previous?: P;
  /** The post after it: newer (chronological), or the next part (series). */
  next?: P;
}

/** Options of {@link adjacentPosts}. */
export interface AdjacentPostsOptions {
  /**
   * `all` (default): neighbours by date among all given posts — pass a filtered list (one tag,
   * no drafts) to narrow it. `series`: the previous and next part of the post's series, nothing
   * if it is in none.
   */
  within?: 'all' | 'series';
}

/**
 * The previous (older) and next (newer) post, for "← Older / Newer →" links; or, with
 * `within: 'series'`, the previous and next part of the post's series in reading order.
 *
 * Order is by date then slug, as `loadPosts` sorts, whatever order `posts` is in. The post itself
 * is matched by slug and never returned; it need not be in `posts` (a draft previewed against
 * published posts still gets neighbours).
 *
 * @example
 * ```ts
 * const { previous, next } = adjacentPosts(post, posts);
 * const seriesNav = adjacentPosts(post, posts, { within: 'series' });
 * ```
 */
export function adjacentPosts<P extends Post>(
  post: Pick<Post, 'slug' | 'date' | 'series'>,
  posts: readonly P[],
  options: AdjacentPostsOptions = {},
): AdjacentPosts<P> {
  if (options.within === 'series') {
    const series = postSeries(post, posts);
    return {
      ...(series?.previous ? { previous: series.previous } : {}),
      ...(series?.next ? { next: series.next } : {}),
    };
  }
  const others = posts.filter((candidate) => candidate.slug !== post.slug).sort(compareNewestFirst);
  // In newest-first order, everything before the post is newer and everything after it older.
  const firstOlder = others.findIndex((candidate) => compareNewestFirst(post, candidate) < 0);
  const olderStart = firstOlder === -1 ? others.length : firstOlder;
  const previous = others[olderStart];
  const next = others[olderStart - 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
