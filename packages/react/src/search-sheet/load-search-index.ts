import type { SearchIndexLike, SearchIndexSource } from './search-types.js';

// One load per source for the page's lifetime, shared by prefetch and the sheet. Failed loads are
// forgotten so "Retry" really retries.
const loads = new Map<unknown, Promise<SearchIndexLike>>();

async function fetchIndex(indexUrl: string): Promise<SearchIndexLike> {
  // The engine is a separate chunk: it downloads only when search is first used.
  const [response, engine] = await Promise.all([fetch(indexUrl), import('@inkwell/search/query')]);
  if (!response.ok) {
    throw new Error(`Could not load the search index from ${indexUrl} (HTTP ${response.status}).`);
  }
  return engine.loadSearchIndex(await response.text());
}

/**
 * Loads a search index once and caches it; concurrent and later calls share the same promise. Call it
 * from a hover or focus handler to start the download before the reader opens search.
 *
 * @example
 * ```tsx
 * <a href="/search" onPointerEnter={() => prefetchSearchIndex({ indexUrl: '/search-index.json' })}>Search</a>
 * ```
 */
export function prefetchSearchIndex(source: SearchIndexSource): Promise<SearchIndexLike> {
  const key = source.loadIndex ?? source.indexUrl;
  if (key === undefined) {
    return Promise.reject(new Error('SearchSheet needs an `indexUrl` or a `loadIndex` function.'));
  }
  let load = loads.get(key);
  if (!load) {
    load = source.loadIndex ? source.loadIndex() : fetchIndex(source.indexUrl as string);
    loads.set(key, load);
    load.catch(() => loads.delete(key));
  }
  return load;
}
