import type { Post } from '../post.js';
import { tagSlug } from '../shared/slug.js';
import { compareNewestFirst } from '../shared/sort-order.js';
import { type TermVector, termFrequencies, tfIdfVector } from './text-vector.js';

/** Options of {@link relatedPosts}. */
export interface RelatedPostsOptions {
  /** How many posts at most; default 3. */
  limit?: number;
  /**
   * How much shared tags and similar text count; defaults `{ tags: 0.6, text: 0.4 }`. Each part
   * is a cosine in [0, 1]: tags weighted by rarity, text by TF-IDF.
   */
  weights?: { tags?: number; text?: number };
}

/** Vectors of every post of one `posts` array, and inverted lists to score candidates fast. */
interface RelatedIndex {
  slugs: string[];
  /** False for later copies of a slug passed twice. */
  firstOfSlug: boolean[];
  tagVectors: TermVector[];
  textVectors: TermVector[];
  postingsByTag: Map<string, number[]>;
  postingsByTerm: Map<string, number[]>;
  tagIdf: (tag: string) => number;
  termIdf: (term: string) => number;
}

/** One index per `posts` array: a site build calls relatedPosts once per page with the same array. */
const indexes = new WeakMap<readonly Post[], RelatedIndex>();

function textFields(post: Post) {
  return [
    { text: post.title, weight: 3 },
    { text: post.description ?? '', weight: 2 },
    { text: post.headings.map((heading) => heading.text).join(' '), weight: 1.5 },
    { text: post.excerpt, weight: 1 },
  ];
}

function tagCounts(post: Pick<Post, 'tags'>): Map<string, number> {
  return new Map(post.tags.filter((tag) => tag.trim() !== '').map((tag) => [tagSlug(tag), 1]));
}

function idfFrom(documentFrequency: Map<string, number>, documents: number): (key: string) => number {
  // Smoothed so a word in every post still weighs a little, and an unseen word weighs most.
  return (key) => Math.log(1 + documents / (1 + (documentFrequency.get(key) ?? 0)));
}

function countDocuments(perPost: Map<string, number>[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const counts of perPost)
    for (const key of counts.keys()) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  return frequency;
}

function postings(vectors: TermVector[]): Map<string, number[]> {
  const lists = new Map<string, number[]>();
  vectors.forEach((vector, position) => {
    for (const key of vector.keys()) {
      const list = lists.get(key);
      if (list) list.push(position);
      else lists.set(key, [position]);
    }
  });
  return lists;
}

function buildIndex(posts: readonly Post[]): RelatedIndex {
  const tags = posts.map(tagCounts);
  const texts = posts.map((post) => termFrequencies(textFields(post)));
  const tagIdf = idfFrom(countDocuments(tags), posts.length);
  const termIdf = idfFrom(countDocuments(texts), posts.length);
  const tagVectors = tags.map((counts) => tfIdfVector(counts, tagIdf));
  const textVectors = texts.map((counts) => tfIdfVector(counts, termIdf));
  const seenSlugs = new Set<string>();
  return {
    slugs: posts.map((post) => post.slug),
    firstOfSlug: posts.map((post) => !seenSlugs.has(post.slug) && Boolean(seenSlugs.add(post.slug))),
    tagVectors,
    textVectors,
    postingsByTag: postings(tagVectors),
    postingsByTerm: postings(textVectors),
    tagIdf,
    termIdf,
  };
}

/** Adds `weight ·` the cosine of `vector` with every indexed vector sharing a key with it. */
function accumulate(
  scores: Float64Array,
  vector: TermVector,
  indexed: TermVector[],
  postingLists: Map<string, number[]>,
  weight: number,
): void {
  if (weight === 0) return;
  for (const [key, value] of vector) {
    for (const position of postingLists.get(key) ?? []) {
      scores[position] = (scores[position] ?? 0) + weight * value * (indexed[position]?.get(key) ?? 0);
    }
  }
}

/** Best first; ties newest first, then by slug — the order loadPosts uses. */
function ranksBefore(posts: readonly Post[], scores: Float64Array, a: number, b: number): boolean {
  const byScore = (scores[a] ?? 0) - (scores[b] ?? 0);
  if (byScore !== 0) return byScore > 0;
  const postA = posts[a];
  const postB = posts[b];
  return postA !== undefined && postB !== undefined && compareNewestFirst(postA, postB) < 0;
}

/**
 * Posts most related to `post`: by shared tags (rarer tags count more) and by similar words in
 * title, description, headings and excerpt (TF-IDF cosine). Useful for posts without tags too:
 * text alone then decides.
 *
 * Never returns the post itself (matched by slug); only posts with something in common (score
 * above zero); best first, ties newest first then by slug, so output is deterministic. The
 * vectors are computed once per `posts` array and reused across calls.
 *
 * @example
 * ```ts
 * import { loadPosts, relatedPosts } from '@inkwell/core';
 *
 * const posts = await loadPosts();
 * const post = posts.find((p) => p.slug === 'streams-part-2')!;
 * relatedPosts(post, posts, { limit: 3 }).map((p) => p.title);
 * ```
 */
export function relatedPosts<P extends Post>(
  post: Post,
  posts: readonly P[],
  options: RelatedPostsOptions = {},
): P[] {
  const limit = options.limit ?? 3;
  if (!(limit >= 0)) throw new RangeError(`relatedPosts: limit must be ≥ 0, got ${limit}`);
  if (limit === 0) return [];
  const tagWeight = options.weights?.tags ?? 0.6;
  const textWeight = options.weights?.text ?? 0.4;

  let index = indexes.get(posts);
  if (!index) {
    index = buildIndex(posts);
    indexes.set(posts, index);
  }
  const own = index.slugs.indexOf(post.slug);
  const tagVector = index.tagVectors[own] ?? tfIdfVector(tagCounts(post), index.tagIdf);
  const textVector = index.textVectors[own] ?? tfIdfVector(termFrequencies(textFields(post)), index.termIdf);

  const scores = new Float64Array(posts.length);
  accumulate(scores, tagVector, index.tagVectors, index.postingsByTag, tagWeight);
  accumulate(scores, textVector, index.textVectors, index.postingsByTerm, textWeight);

  // Keep the best `limit` positions in order: a short insertion list beats sorting every candidate.
  const best: number[] = [];
  for (let position = 0; position < scores.length; position++) {
    // Rounded so sums that differ only in the last bits rank as the tie they are.
    const score = Math.round((scores[position] ?? 0) * 1e12) / 1e12;
    scores[position] = score;
    const slug = index.slugs[position] ?? '';
    // Skip the post itself and later copies of a post passed twice.
    if (score <= 0 || slug === post.slug || !index.firstOfSlug[position]) continue;
    const slot = best.findIndex((other) => ranksBefore(posts, scores, position, other));
    if (slot === -1 && best.length >= limit) continue;
    best.splice(slot === -1 ? best.length : slot, 0, position);
    if (best.length > limit) best.pop();
  }
  return best
    .map((position) => posts[position])
    .filter((candidate): candidate is P => candidate !== undefined);
}
