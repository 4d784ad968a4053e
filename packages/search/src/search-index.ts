import type { TermIndex } from './engine.js';
import type { IndexTier, SerializedIndex } from './format.js';
import { addEvidence, bareMatch, emptyEvidence, MatchCollector, type PostMatch } from './post-match.js';
import { informationOf, type PlannedTerm, planQuery, type QueryPlan, type Vocabulary } from './query-plan.js';
import { rankMatches } from './rank.js';
import { makeSnippet, type Snippet } from './snippet.js';
import { toTerm, words } from './text.js';

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
  /** The post's URL, as `buildSearchIndex`'s `href` option made it (link to `href + '#' + section.id`). */
  href: string;
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

/** What {@link SearchIndex.searchWithTags} returns: results and tag facets of one match pass. */
export interface SearchWithTags {
  results: SearchResult[];
  /** Tag counts over the posts the query matches (over all posts for an empty query), filter applied. */
  tags: TagCount[];
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
  readonly #terms: TermIndex;
  readonly #newest: number;
  readonly #vocabulary: Vocabulary;
  /** First section of each post (sections are stored post by post). */
  readonly #firstDoc: number[] = [];
  /** Folded titles, headings and title terms, computed on first use. */
  readonly #cache = { title: [] as string[], heading: [] as string[], titleTerms: [] as Set<string>[] };
  /** Every post's folded title and every section's folded heading, for half-typed title look-ups. */
  #openings?: { titles: string[]; headings: string[] };

  /** @internal Use `loadSearchIndex`. */
  constructor(data: SerializedIndex, terms: TermIndex) {
    this.tier = data.tier;
    this.#data = data;
    this.#terms = terms;
    this.#newest = Math.max(0, ...data.posts.map((post) => Date.parse(post[2]) || 0));
    data.sections.forEach(([post], id) => {
      this.#firstDoc[post] ??= id;
    });
    this.#vocabulary = vocabularyOf(terms, data.sections.length);
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
    return this.searchWithTags(query, options).results;
  }

  /**
   * Results and tag facet counts from one match pass (what a search box with tag chips needs on
   * every keystroke). Counts are over the posts that match the query (all its words; any of them
   * when no post has all), or over all posts for an empty query, with the `tags` filter applied.
   * An empty query with `tags` lists that tag's posts, newest first.
   *
   * @example
   * ```ts
   * const { results, tags } = index.searchWithTags('tls', { tags: ['security'], limit: 8 });
   * tags; // [{ tag: 'security', count: 12 }, { tag: 'release', count: 5 }, …]
   * ```
   */
  searchWithTags(query: string, options: SearchOptions = {}): SearchWithTags {
    const limit = Math.max(0, options.limit ?? 10);
    if (!words(String(query).slice(0, 256)).length) {
      const chosen = this.#filterOnly(options.tags);
      const results = options.tags?.length
        ? chosen.slice(0, limit).map((post) => this.#result(this.#bare(post)))
        : [];
      return { results, tags: countTags(chosen, this.#data.posts) };
    }
    const matches = this.#match(query, options);
    const all = matches.filter((match) => match.clauses.size === matches[0]?.clauses.size);
    return {
      results: matches.slice(0, limit).map((match) => this.#result(match)),
      tags: countTags(
        all.map((match) => match.post),
        this.#data.posts,
      ),
    };
  }

  /** Posts having every tag of `tags`, newest first. */
  #filterOnly(tags: readonly string[] | undefined): number[] {
    const posts = this.#data.posts;
    return posts
      .map((_, index) => index)
      .filter((index) => hasTags(posts[index]?.[3], tags))
      .sort((a, b) => (posts[b]?.[2] ?? '').localeCompare(posts[a]?.[2] ?? '') || a - b);
  }

  /** A match of a whole post with no query (filter-only listings). */
  #bare(post: number): PostMatch {
    return bareMatch(post, this.#firstDoc[post] ?? 0);
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
    return this.searchWithTags(query, { tags: options.tags, limit: 0 }).tags;
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
    const plan = planQuery(text, this.#vocabulary, this.#data.stemming, {});
    // The first term of each clause is the word as typed (the rest are synonyms and variants).
    const typedTerms = plan.terms.filter((term, index) => plan.terms[index - 1]?.clause !== term.clause);
    const typed = typedTerms.at(-1)?.term;
    if (!last || !typed || /\s$/.test(text) || typed.length < 2) return [];
    const completions = new Set<string>();
    for (const terms of this.#suggestions(typedTerms.map((term) => term.term)))
      for (const term of terms) if (term.startsWith(typed) && term !== typed) completions.add(term);
    return [...completions].slice(0, options.limit ?? 5).map((term) => text.slice(0, last.start) + term);
  }

  /**
   * The index terms of sections holding every one of `terms` (the last one by prefix), grouped by
   * the terms each section matched, best group first (as minisearch's `autoSuggest` ranks them).
   */
  #suggestions(terms: string[]): string[][] {
    const hits = this.#terms.execute(terms.join(' '), {
      prefix: (index) => index === terms.length - 1,
      boost: BOOST,
      and: true,
    });
    const groups = new Map<string, { terms: string[]; score: number; count: number }>();
    const ranked = [...hits.values()]
      .map((hit) => ({ terms: Object.keys(hit.match), score: hit.score * (hit.terms.length || 1) }))
      .sort((a, b) => b.score - a.score);
    for (const { terms: matched, score } of ranked) {
      const key = matched.join(' ');
      const group = groups.get(key) ?? { terms: matched, score: 0, count: 0 };
      group.score += score;
      group.count++;
      groups.set(key, group);
    }
    return [...groups.values()]
      .sort((a, b) => b.score / b.count - a.score / a.count)
      .map((group) => group.terms);
  }

  #match(query: string, options: SearchOptions): PostMatch[] {
    const plan = planQuery(query, this.#vocabulary, this.#data.stemming, this.#data.synonyms);
    const found = new MatchCollector(this.#data.sections, (post) => this.#bare(post));
    this.#collect(plan, options.tags, found);
    this.#addOpenings(plan, found.byPost, options.tags);
    const matches = [...found.byPost.values()];
    for (const match of matches) this.#settle(match, plan, found.docScores, options.recency ?? 0);
    return rankMatches(matches, plan, this.#clauseWeights(plan));
  }

  /** Looks up the plan's terms and credits every section they match. */
  #collect(plan: QueryPlan, tags: readonly string[] | undefined, found: MatchCollector): void {
    // A word whose completions or synonyms include a weak term is weak as a whole: its strong
    // alternatives alone would miss the posts that only have the weak one.
    const weakClauses = new Set(plan.terms.filter((term) => term.weak).map((term) => term.clause));
    const strong = plan.terms.filter((term) => !weakClauses.has(term.clause));
    const weak = plan.terms.filter((term) => weakClauses.has(term.clause));
    if (strong.length) {
      this.#run(strong, tags, found);
      for (const term of weak) this.#creditWeak(term, found);
    } else {
      // Only weak words (`node`, `no`): look in titles and headings.
      this.#run(weak, tags, found, ['t', 'h']);
    }
  }

  /** Scores `terms` (BM25 with field boosts, typo variants by edit distance) in `fields`. */
  #run(
    terms: PlannedTerm[],
    tags: readonly string[] | undefined,
    found: MatchCollector,
    fields?: string[],
  ): void {
    if (!terms.length) return;
    const { posts, sections } = this.#data;
    const hits = this.#terms.execute(terms.map((term) => term.term).join(' '), {
      fuzzy: (index) => terms[index]?.fuzzy ?? 0,
      boostTerm: (index) => terms[index]?.boost ?? 1,
      boostDocument: tags?.length
        ? (id: number) => (hasTags(posts[sections[id]?.[0] ?? -1]?.[3], tags) ? 1 : 0)
        : undefined,
      boost: BOOST,
      fields,
      weights: { prefix: 0.4, fuzzy: 0.3 },
    });
    for (const [id, hit] of hits) {
      const evidence = emptyEvidence(Object.keys(hit.match));
      for (const term of hit.terms) {
        const planned = terms.find((candidate) => candidate.term === term);
        // Fuzzy look-ups report the index terms they reached: literal means matched as itself.
        if (planned) addEvidence(evidence, planned, Object.hasOwn(hit.match, planned.term));
      }
      // minisearch multiplies by the number of query terms matched; so do we.
      found.credit(id, hit.score * hit.terms.length, evidence);
    }
  }

  /**
   * A weak word only counts for posts the strong ones found: a direct look-up of their sections
   * in the word's postings, no scoring of the thousands of other sections.
   */
  #creditWeak(term: PlannedTerm, found: MatchCollector): void {
    const { sections } = this.#data;
    const postings = [...(this.#terms.get(term.term) ?? [])];
    const evidence = emptyEvidence([term.term]);
    addEvidence(evidence, term, true);
    for (const match of [...found.byPost.values()]) {
      for (let id = this.#firstDoc[match.post] ?? 0; sections[id]?.[0] === match.post; id++) {
        for (const [field, docs] of postings) {
          if (docs.has(id)) found.credit(id, 0.05 * term.boost * (field === 0 ? BOOST.t : 1), evidence);
        }
      }
    }
  }

  /** Final score of a match: its best section plus a little of the others, exactness, recency. */
  #settle(match: PostMatch, plan: QueryPlan, docScores: Map<number, number>, recency: number): void {
    // Other sections of a post add a little: a post about the topic beats a passing mention.
    const best = docScores.get(match.doc) ?? 0;
    match.score = best + (match.score - best) * 0.1;
    if (match.clauses.size === plan.clauses) match.exact = this.#exactness(match, plan);
    if (recency) {
      const age = (this.#newest - (Date.parse(this.#data.posts[match.post]?.[2] ?? '') || 0)) / YEAR;
      match.score *= 1 + recency * 0.5 ** age;
    }
  }

  /** Inverse document frequency of each clause's word as typed (its first term). */
  #clauseWeights(plan: QueryPlan): number[] {
    const weights: number[] = [];
    for (const term of plan.terms) {
      weights[term.clause] ??= informationOf(term.term, this.#vocabulary);
    }
    return weights;
  }

  /**
   * Posts whose title, or a section whose heading, begins with the whole query (a half-typed
   * title): found by scanning the titles, so no cap on prefix completions can miss them.
   */
  #addOpenings(plan: QueryPlan, byPost: Map<number, PostMatch>, tags: readonly string[] | undefined): void {
    if (plan.text.length < 3) return;
    const { posts, sections } = this.#data;
    this.#openings ??= {
      titles: posts.map((post) => wordsOf(post[1])),
      headings: sections.map((section) => wordsOf(section[3])),
    };
    const { titles, headings } = this.#openings;
    const every = Array.from({ length: plan.clauses }, (_, clause) => clause);
    const add = (post: number, doc: number): void => {
      if (!hasTags(posts[post]?.[3], tags)) return;
      const match = byPost.get(post) ?? { ...this.#bare(post), doc };
      byPost.set(post, match);
      // The title or heading begins with the query: every word is there as typed.
      const here = match.sections.get(doc) ?? new Map<number, number>();
      match.sections.set(doc, here);
      for (const clause of every) {
        here.set(clause, 1);
        match.clauses.add(clause);
        match.literal.add(clause);
        match.typed.add(clause);
        match.quality.set(clause, 1);
      }
    };
    // A finished last word (the query ends in a space) must end a word of the title too.
    const opens = (text: string): boolean =>
      plan.typing ? text.startsWith(plan.text) : `${text} `.startsWith(`${plan.text} `);
    titles.forEach((title, post) => {
      if (opens(title)) add(post, this.#firstDoc[post] ?? 0);
    });
    headings.forEach((heading, doc) => {
      if (opens(heading)) add(sections[doc]?.[0] ?? 0, doc);
    });
  }

  /**
   * 3 when the post's title or best section's heading begins with the query, 2 when every query word
   * is in the title (the last one possibly half-typed), 1 when its quoted phrases appear, else 0.
   */
  #exactness(match: PostMatch, plan: QueryPlan): number {
    const [, title, , , , description] = this.#data.posts[match.post] ?? [];
    const [, text, , heading] = this.#data.sections[match.doc] ?? [];
    const cache = this.#cache;
    cache.title[match.post] ??= wordsOf(title);
    cache.heading[match.doc] ??= wordsOf(heading);
    // The query is the title or a heading, or how it begins (a half-typed title).
    if (cache.title[match.post]?.startsWith(plan.text) || cache.heading[match.doc]?.startsWith(plan.text))
      return 3;
    cache.titleTerms[match.post] ??= new Set(
      words(title ?? '').map((span) => toTerm(span.word, this.#data.stemming) ?? ''),
    );
    const titleTerms = cache.titleTerms[match.post];
    const inTitle = new Set(
      plan.terms.filter((term) => titleTerms?.has(term.term)).map((term) => term.clause),
    );
    if (inTitle.size === plan.clauses) return 2;
    const found = (phrase: string[]): boolean =>
      [title, heading, description, text].some((field) =>
        ` ${wordsOf(field)} `.includes(` ${phrase.join(' ')} `),
      );
    return plan.phrases.length && plan.phrases.every(found) ? 1 : 0;
  }

  #result(match: PostMatch): SearchResult {
    const [slug = '', title = '', date = '', tags = [], href = '', description] =
      this.#data.posts[match.post] ?? [];
    const [, text, id, heading] = this.#data.sections[match.doc] ?? [];
    const result: SearchResult = { slug, href, title, tags, date, score: match.score };
    if (description !== undefined) result.description = description;
    if (id !== undefined) result.section = { id, title: heading ?? '' };
    const source = text || (id === undefined ? description : undefined);
    if (source) result.snippet = makeSnippet(source, match.terms, this.#data.stemming);
    return result;
  }
}

/** A dot or slash starting another word, as in dotted and slashed names. */
const NAME_PART = /[./]\p{L}/u;

/** What the query planner asks of the index: how common a term is, what completes a prefix. */
function vocabularyOf(index: TermIndex, size: number): Vocabulary {
  const frequency = (term: string): number =>
    Math.max(0, ...[...(index.get(term)?.values() ?? [])].map((docs) => docs.size));
  return {
    size,
    frequency,
    complete: (prefix) => {
      const found: Array<[string, number]> = [];
      for (const term of index.atPrefix(prefix)) {
        // A completion finishes the word being typed: it does not run on into a dotted name
        // (`slice` is not completed to `slices.grow`; `slices.g` is).
        if (term !== prefix && !NAME_PART.test(term.slice(prefix.length)))
          found.push([term, frequency(term)]);
        if (found.length > 3000) break;
      }
      return found
        .sort((a, b) => b[1] - a[1])
        .slice(0, 12)
        .map(([term]) => term);
    },
  };
}

function wordsOf(text: string | undefined): string {
  return words(text ?? '')
    .map((span) => span.word)
    .join(' ');
}

function countTags(chosen: readonly number[], posts: SerializedIndex['posts']): TagCount[] {
  const counts = new Map<string, number>();
  for (const index of chosen)
    for (const tag of posts[index]?.[3] ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : 1));
}

function hasTags(tags: readonly string[] | undefined, required: readonly string[] | undefined): boolean {
  return !required?.length || required.every((tag) => tags?.includes(tag));
}
