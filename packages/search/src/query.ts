// Browser-safe entry (`@inkwell/search/query`): loading and querying an index. Must never import
// the build side (`build.ts`, `sections.ts`), which parses HTML.
export type { IndexTier, SerializedIndex } from './format.js';
export { INDEX_FORMAT_VERSION } from './format.js';
export { loadSearchIndex, SearchIndexFormatError } from './load.js';
export type { SearchOptions, SearchResult, SearchWithTags, TagCount } from './search-index.js';
export { SearchIndex } from './search-index.js';
export type { Snippet } from './snippet.js';
