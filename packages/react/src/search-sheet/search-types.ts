/**
 * The search index the sheet works with. Result and tag types come from `@inkwell/search` itself;
 * the index is written structurally, so a site can plug in any index of the same shape (and
 * stories and tests can use a small hand-made one). `SearchIndex` from `@inkwell/search/query`
 * satisfies it.
 */
import type { SearchOptions, SearchResult, TagCount } from '@inkwell/search/query';

export type { SearchResult, TagCount };

/**
 * A search hit as the sheet reads it: `@inkwell/search`'s own `SearchResult` (its `href` is the
 * post's address, stored at build time; the sheet links to it and never guesses one).
 */
export type SearchResultLike = SearchResult;

/** Options the sheet passes to the index: a subset of `@inkwell/search`'s `SearchOptions`. */
export type SearchOptionsLike = Pick<SearchOptions, 'tags' | 'limit'>;

/** A loaded search index. `SearchIndex` from `@inkwell/search/query` satisfies it. */
export interface SearchIndexLike {
  /** Results for `query`; an empty query with `tags` lists those tags' posts, newest first. */
  search(query: string, options?: SearchOptionsLike): readonly SearchResultLike[];
  /**
   * Results and the tag counts over the posts the query matches, from one pass over the index.
   * The sheet uses it when present (one match per keystroke), else `search` and `tags`.
   */
  searchWithTags?(
    query: string,
    options?: SearchOptionsLike,
  ): { results: readonly SearchResultLike[]; tags: readonly TagCount[] };
  /**
   * Tag facet counts, most used first: over all posts for an empty query, else over the posts the
   * query matches. Without it, no filter chips are shown.
   */
  tags?(query?: string): readonly TagCount[];
}

/** Where the sheet gets its index: a URL to fetch, or your own loader. */
export interface SearchIndexSource {
  /**
   * URL of the serialized index written by `buildSearchIndex`, fetched on first use. Default: none —
   * without it or `loadIndex` the sheet shows a load error when opened.
   */
  indexUrl?: string | undefined;
  /** Your own loader (custom hosting, auth, tests); takes precedence over `indexUrl`. Default: none (fetch `indexUrl`). */
  loadIndex?: (() => Promise<SearchIndexLike>) | undefined;
}
