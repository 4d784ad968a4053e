/**
 * The parts of `@inkwell/search` the sheet relies on, written structurally so a site can plug in any
 * index with the same shape (and stories and tests can use a small hand-made one).
 */

/** One search hit. Mirrors `SearchResult` from `@inkwell/search`. */
export interface SearchResultLike {
  slug: string;
  title: string;
  description?: string | undefined;
  tags: readonly string[];
  /** ISO date. */
  date: string;
  score: number;
  /** The heading the match is under, for a deep link to its anchor. */
  section?: { id: string; title: string } | undefined;
  /** Matched words as `[start, end)` ranges into `text`: never HTML. */
  snippet?: { text: string; highlights: ReadonlyArray<readonly [number, number]> } | undefined;
}

/** Options the sheet passes to {@link SearchIndexLike.search}. */
export interface SearchOptionsLike {
  tags?: string[];
  limit?: number;
}

/** A loaded search index. `SearchIndex` from `@inkwell/search/query` satisfies it. */
export interface SearchIndexLike {
  search(query: string, options?: SearchOptionsLike): readonly SearchResultLike[];
  /**
   * Tag facet counts, most used first: over all posts for an empty query, else over the posts the
   * query matches. Without it, no filter chips are shown.
   */
  tags?(query?: string): readonly TagCount[];
}

/** Where the sheet gets its index: a URL to fetch, or your own loader. */
export interface SearchIndexSource {
  /** URL of the serialized index written by `buildSearchIndex`, fetched on first use. */
  indexUrl?: string | undefined;
  /** Your own loader (custom hosting, auth, tests); takes precedence over `indexUrl`. */
  loadIndex?: (() => Promise<SearchIndexLike>) | undefined;
}

/** A tag and how many posts carry it. */
export interface TagCount {
  tag: string;
  count: number;
}
