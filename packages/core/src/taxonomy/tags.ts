import type { Post } from '../post.js';
import { normalizeName } from '../shared/clean-text.js';
import { decodeUriComponentSafely } from '../shared/decode.js';
import { tagSlug } from '../shared/slug.js';
import { compareNames } from '../shared/sort-order.js';
import { SpellingCounter } from './display-name.js';

/** A tag across all posts. */
export interface Tag {
  /** Display name: the most used spelling of the tag (see {@link getTags}). */
  name: string;
  /** URL-safe, stable slug (see `tagSlug`); one slug is one tag. */
  slug: string;
  /** Number of posts with the tag. */
  count: number;
}

/**
 * Every tag used by the posts, with how many posts use it, most used first (ties by name).
 *
 * Spellings with the same slug are one tag: `React`, `react` and `REACT` (or `Node.js` and
 * `nodejs`) merge, so tag pages never collide. The display name is the spelling used by the most
 * posts; on a tie, the one that sorts first by code point, which prefers capitals (`React` over
 * `react`), so the result never depends on post order. A post counts once per tag even if it
 * lists two spellings.
 *
 * @example
 * ```ts
 * import { getTags, loadPosts } from '@inkwell/core';
 *
 * const tags = getTags(await loadPosts());
 * // [{ name: 'React', slug: 'react', count: 12 }, { name: 'C++', slug: 'c-plus-plus', count: 3 }, …]
 * ```
 */
export function getTags(posts: readonly Pick<Post, 'tags'>[]): Tag[] {
  const bySlug = new Map<string, { count: number; spellings: SpellingCounter }>();
  for (const post of posts) {
    const seenInPost = new Set<string>();
    for (const raw of post.tags) {
      const name = normalizeName(raw);
      if (name === '') continue;
      const slug = tagSlug(name);
      let tag = bySlug.get(slug);
      if (!tag) {
        tag = { count: 0, spellings: new SpellingCounter() };
        bySlug.set(slug, tag);
      }
      tag.spellings.add(name);
      if (!seenInPost.has(slug)) {
        seenInPost.add(slug);
        tag.count += 1;
      }
    }
  }
  const tags: Tag[] = [];
  for (const [slug, { count, spellings }] of bySlug) {
    tags.push({ name: spellings.mostUsed() ?? slug, slug, count });
  }
  return tags.sort((a, b) => b.count - a.count || compareNames(a.name, b.name));
}

/**
 * The posts that have a tag, given by slug or by any spelling of its name, in the order given.
 *
 * @example
 * ```ts
 * // app/tags/[tag]/page.tsx
 * const tagged = postsWithTag(posts, params.tag); // params.tag is a slug from getTags()
 * ```
 */
export function postsWithTag<P extends Pick<Post, 'tags'>>(posts: readonly P[], tag: string): P[] {
  // Route params may arrive percent-encoded (`%E6%97%A5`): compare their decoded form too.
  const wanted = [tag, decodeUriComponentSafely(tag)].map(tagSlug);
  return posts.filter((post) => post.tags.some((name) => wanted.includes(tagSlug(name))));
}
