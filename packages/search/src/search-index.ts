import type MiniSearch from 'minisearch';
import type { IndexTier, SerializedIndex } from './format.js';
import { planQuery } from './query-plan.js';
import { makeSnippet, type Snippet } from './snippet.js';
import { words } from './text.js';

/** Options of {@link SearchIndex.search}. */
export interface SearchOptions {
  /** Only posts that have every one of these tags. */
  tags?: readonly string[];
  /** Most results returned (default 10). */
  limit?: number;
  /**
   * Favour recent posts: a post's score is multiplied by `1 + recency × 0.5^(age in years)`, age
   * counted from the newest post. Default `0` (off); `0.3` is a gentle nudge.
   */
  recency?: number;
}

/** One post that matches a query, with the section that matches best. */
export interface SearchResult {
  slug: string;
  title: string;
  description?: string;
  tags: string[];
  /** ISO date of the post. */
  date: string;
  /** Higher is better; only meaningful relative to other results of the same query. */
  score: number;
  /** The best-matching section (link to `#id`); absent when the top of the post matches best. */
  section?: { id: string; title: string };
  /** Text around the best match with highlight ranges; absent when nothing is stored to show. */
  snippet?: Snippet;
}

/** How many posts carry a tag. */
export interface TagCount {
  tag: string;
  count: number;
}

interface PostMatch {
  post: number;
  /** Best-scoring section. */
  doc: number;
  score: number;
  clauses: Set<number>;
  terms: Set<string>;
  /** 2 when the query is the title or a heading, 1 when its phrases all appear, else 0. */
  exact: number;
}

/** Field boosts: title ≫ headings > tags > description > body. Tuned on the Node.js blog. */
const BOOST = { t: 6, h: 3, g: 2, d: 1.5, b: 1 };
const YEAR = 31_557_600_000;

/**
 * A loaded search index. Get one with `loadSearchIndex`.
 *
 * @example
 * ```ts
 * const index = loadSearchIndex(await (await fetch('/search-index.json')).text());
 * index.search('stream backpressure', { limit: 5 });
 * index.tags('security'); // [{ tag: 'vulnerability', count: 61 }, …]
 * index.suggest('worker thr'); // ['worker thread', …]
 * ```
 */
export class SearchIndex {
  /** Which part of the content this index holds (`'headings'` is the small first tier). */
  readonly tier: IndexTier;
  readonly #data: SerializedIndex;
  readonly #engine: MiniSearch;
  readonly #newest: number;

  /** @internal Use `loadSearchIndex`. */
  constructor(data: SerializedIndex, engine: MiniSearch) {
    this.tier = data.tier;
    this.#data = data;
    this.#engine = engine;
    this.#newest = Math.max(0, ...data.posts.map((post) => Date.parse(post[2]) || 0));
  }

  /**
   * Finds posts for what a reader typed, best first, one result per post with its best section.
   * Never throws: an empty or unusable query returns `[]`.
   *
   * @example
   * ```ts
   * const [top] = index.search('"worker threads" stable', { tags: ['release'] });
   * location.href = `/blog/${top.slug}/${top.section ? `#${top.section.id}` : ''}`;
   * ```
   */
  search(query: string, options: SearchOptions = {}): SearchResult[] {
    return this.#match(query, options)
      .slice(0, Math.max(0, options.limit ?? 10))
      .map((match) => this.#result(match));
  }

  /**
   * Tag facet counts, most used first: over all posts without a query, else over the posts the
   * query matches (all its terms; any of them when no post has all).
   *
   * @example
   * ```ts
   * index.tags(); // [{ tag: 'release', count: 804 }, …]
   * index.tags('openssl'); // [{ tag: 'vulnerability', count: 40 }, …]
   * ```
   */
  tags(query = '', options: Pick<SearchOptions, 'tags'> = {}): TagCount[] {
    const posts = this.#data.posts;
    let chosen: number[];
    if (words(query).length) {
      const matches = this.#match(query, { ...options, limit: Number.POSITIVE_INFINITY });
      const all = matches.filter((match) => match.clauses.size === matches[0]?.clauses.size);
      chosen = all.map((match) => match.post);
    } else {
      chosen = posts.map((_, index) => index).filter((index) => hasTags(posts[index]?.[3], options.tags));
    }
    const counts = new Map<string, number>();
    for (const index of chosen)
      for (const tag of posts[index]?.[3] ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    return [...counts]
      .map(([tag, count]) => ({ tag, count }))
      .sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : 1));
  }

  /**
   * Completes the word being typed (the last one) with words from the index that occur with the
   * words before it, most relevant first. Returns whole queries.
   *
   * @example
   * ```ts
   * index.suggest('worker thr'); // ['worker thread', 'worker throw']
   * ```
   */
  suggest(query: string, options: { limit?: number } = {}): string[] {
    const text = query.slice(0, 256);
    const last = words(text).at(-1);
    const plan = planQuery(text, this.#data.stemming, {});
    const typed = plan.terms.at(-1);
    if (!last || !typed || /\s$/.test(text) || typed.length < 2) return [];
    const suggestions = this.#engine.autoSuggest(plan.terms.join(' '), {
      prefix: (_term, index, terms) => index === terms.length - 1,
      boost: BOOST,
      combineWith: plan.terms.length > 1 ? 'AND' : 'OR',
    });
    const completions = new Set<string>();
    for (const { terms } of suggestions) {
      for (const term of terms) if (term.startsWith(typed) && term !== typed) completions.add(term);
    }
    return [...completions].slice(0, options.limit ?? 5).map((term) => text.slice(0, last.start) + term);
  }

  #match(query: string, options: SearchOptions): PostMatch[] {
    const { stemming, synonyms, posts, sections } = this.#data;
    const plan = planQuery(typeof query === 'string' ? query : '', stemming, synonyms);
    if (!plan.terms.length) return [];
    const clauseOf = new Map(plan.terms.map((term, index) => [term, plan.clause[index] ?? 0]));
    const byPost = new Map<number, PostMatch>();
    const hits = this.#engine.search(plan.terms.join(' '), {
      prefix: (_term, index) => plan.prefix[index] ?? false,
      fuzzy: (_term, index) => plan.fuzzy[index] ?? 0,
      maxFuzzy: 2,
      boost: BOOST,
      weights: { prefix: 0.4, fuzzy: 0.3 },
      filter: options.tags?.length
        ? (hit) => hasTags(posts[sections[hit.id]?.[0] ?? -1]?.[3], options.tags)
        : undefined,
    });
    for (const hit of hits) {
      const post = sections[hit.id]?.[0] ?? 0;
      // Hits come best first: the first of a post is its best section; others add a little.
      let match = byPost.get(post);
      if (match) match.score += hit.score * 0.1;
      else {
        match = { post, doc: hit.id, score: hit.score, clauses: new Set(), terms: new Set(), exact: 0 };
        byPost.set(post, match);
      }
      for (const term of hit.queryTerms) match.clauses.add(clauseOf.get(term) ?? 0);
      for (const term of hit.terms) match.terms.add(term);
    }
    const phrase = plan.words.join(' ');
    const recency = options.recency ?? 0;
    for (const match of byPost.values()) {
      const [, title, date, , description] = posts[match.post] ?? [];
      const [, , heading, text] = sections[match.doc] ?? [];
      if (phrase === wordsOf(title) || phrase === wordsOf(heading)) match.exact = 2;
      else if (
        plan.phrases.length &&
        plan.phrases.every((words) =>
          [title, heading, description, text].some((field) =>
            ` ${wordsOf(field)} `.includes(` ${words.join(' ')} `),
          ),
        )
      )
        match.exact = 1;
      if (recency)
        match.score *= 1 + recency * 0.5 ** ((this.#newest - (Date.parse(date ?? '') || 0)) / YEAR);
    }
    return [...byPost.values()].sort(
      (a, b) => b.exact - a.exact || b.clauses.size - a.clauses.size || b.score - a.score || a.post - b.post,
    );
  }

  #result(match: PostMatch): SearchResult {
    const [slug = '', title = '', date = '', tags = [], description] = this.#data.posts[match.post] ?? [];
    const [, id, heading, text] = this.#data.sections[match.doc] ?? [];
    const result: SearchResult = { slug, title, tags, date, score: match.score };
    if (description !== undefined) result.description = description;
    if (id !== undefined) result.section = { id, title: heading ?? '' };
    const source = text || (id === undefined ? description : undefined);
    if (source) result.snippet = makeSnippet(source, match.terms, this.#data.stemming);
    return result;
  }
}

function wordsOf(text: string | undefined): string {
  return words(text ?? '')
    .map((span) => span.word)
    .join(' ');
}

function hasTags(tags: readonly string[] | undefined, required: readonly string[] | undefined): boolean {
  return !required?.length || required.every((tag) => tags?.includes(tag));
}
