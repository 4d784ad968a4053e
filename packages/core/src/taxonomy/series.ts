import type { Post } from '../post.js';
import { normalizeName } from '../shared/clean-text.js';
import { tagSlug } from '../shared/slug.js';
import { compareCodePoints, compareNames, compareOldestFirst } from '../shared/sort-order.js';
import { SpellingCounter } from './display-name.js';

/** A series and its posts in reading order. */
export interface Series<P extends Post = Post> {
  /** Display name (the most used spelling, as for tags). */
  name: string;
  /** URL-safe slug of the name; spellings with one slug are one series. */
  slug: string;
  /** Posts in reading order (see {@link getSeries}). */
  posts: P[];
}

/** Where a post stands in its series. */
export interface SeriesPosition<P extends Post = Post> extends Series<P> {
  /** Zero-based index of the post in `posts`. */
  index: number;
  /** The part before this one in reading order. */
  previous?: P;
  /** The part after this one in reading order. */
  next?: P;
}

/** The series a post declares, normalized, or `undefined`. */
function seriesOf(post: Pick<Post, 'series'>): { name: string; part?: number } | undefined {
  const declared = post.series;
  if (declared === undefined) return undefined;
  const name = normalizeName(typeof declared === 'string' ? declared : declared.name);
  if (name === '') return undefined;
  const part = typeof declared === 'string' ? undefined : declared.part;
  return part !== undefined && Number.isFinite(part) ? { name, part } : { name };
}

/**
 * Reading order: numbered parts first, by part number; then posts without a part number, oldest
 * first — so a series written as `series: "Name"` on each post reads in publication order, and
 * numbers only need adding to override it. Equal parts fall back to date, then slug.
 */
function compareReadingOrder<P extends Post>(a: P, b: P): number {
  const partA = seriesOf(a)?.part ?? Number.POSITIVE_INFINITY;
  const partB = seriesOf(b)?.part ?? Number.POSITIVE_INFINITY;
  if (partA !== partB) return partA < partB ? -1 : 1;
  return compareOldestFirst(a, b);
}

/**
 * Every series among the posts, each with its posts in reading order, series sorted by name.
 *
 * A post joins a series with `series: "Name"` or `series: { name: "Name", part: 2 }` in its
 * frontmatter. Reading order: posts with a `part` come first, by part number; posts without one
 * follow, oldest first (ties: date, then slug). Names with one `tagSlug` (`Streams In Depth`,
 * `streams in depth`) are one series.
 *
 * @example
 * ```ts
 * import { getSeries, loadPosts } from '@inkwell/core';
 *
 * for (const series of getSeries(await loadPosts())) {
 *   console.log(series.name, series.posts.map((post) => post.title));
 * }
 * ```
 */
export function getSeries<P extends Post>(posts: readonly P[]): Series<P>[] {
  const bySlug = new Map<string, { spellings: SpellingCounter; posts: P[] }>();
  for (const post of posts) {
    const declared = seriesOf(post);
    if (!declared) continue;
    const slug = tagSlug(declared.name);
    let series = bySlug.get(slug);
    if (!series) {
      series = { spellings: new SpellingCounter(), posts: [] };
      bySlug.set(slug, series);
    }
    series.spellings.add(declared.name);
    series.posts.push(post);
  }
  return [...bySlug]
    .map(([slug, series]) => ({
      name: series.spellings.mostUsed() ?? slug,
      slug,
      posts: series.posts.sort(compareReadingOrder),
    }))
    .sort((a, b) => compareNames(a.name, b.name) || compareCodePoints(a.slug, b.slug));
}

/**
 * The series a post belongs to, with its siblings in reading order and the parts before and
 * after it; `undefined` when the post is in no series. The post is matched by `slug`.
 *
 * @example
 * ```tsx
 * const series = postSeries(post, posts);
 * series && (
 *   <nav aria-label={`Series: ${series.name}`}>
 *     Part {series.index + 1} of {series.posts.length}
 *     {series.previous && <a href={`/posts/${series.previous.slug}/`}>Previous: {series.previous.title}</a>}
 *     {series.next && <a href={`/posts/${series.next.slug}/`}>Next: {series.next.title}</a>}
 *   </nav>
 * );
 * ```
 */
export function postSeries<P extends Post>(
  post: Pick<Post, 'slug' | 'series'>,
  posts: readonly P[],
): SeriesPosition<P> | undefined {
  const declared = seriesOf(post);
  if (!declared) return undefined;
  const slug = tagSlug(declared.name);
  const series = getSeries(
    posts.filter((candidate) => {
      const other = seriesOf(candidate);
      return other !== undefined && tagSlug(other.name) === slug;
    }),
  )[0];
  if (!series) return undefined;
  const index = series.posts.findIndex((candidate) => candidate.slug === post.slug);
  if (index === -1) return undefined;
  const previous = series.posts[index - 1];
  const next = series.posts[index + 1];
  return { ...series, index, ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
