import { TermIndex } from './engine.js';
import { INDEX_FORMAT, INDEX_FORMAT_VERSION, type SerializedIndex } from './format.js';
import { SearchIndex } from './search-index.js';

/** Thrown by {@link loadSearchIndex} for input that is not a readable Inkwell search index. */
export class SearchIndexFormatError extends Error {
  override name = 'SearchIndexFormatError';
}

const REBUILD = 'Rebuild the index with buildSearchIndex() from the @inkwell/search version that loads it.';

/**
 * Reads an index written by `buildSearchIndex` (the string, or the JSON already parsed).
 * Browser-safe: import it from `@inkwell/search/query` to keep the build side out of the bundle.
 *
 * @throws {SearchIndexFormatError} when the input is not an Inkwell index or has another format
 * version; the message says to rebuild the index.
 * @example
 * ```ts
 * import { loadSearchIndex } from '@inkwell/search/query';
 *
 * const index = loadSearchIndex(await (await fetch('/search-index.json')).text());
 * const results = index.search('http2 push');
 * ```
 */
export function loadSearchIndex(serialized: string | SerializedIndex): SearchIndex {
  let data: unknown = serialized;
  if (typeof serialized === 'string') {
    try {
      data = JSON.parse(serialized);
    } catch {
      throw new SearchIndexFormatError(
        `This search index is not valid JSON (truncated or not an index?). ${REBUILD}`,
      );
    }
  }
  const index = (data ?? {}) as Partial<SerializedIndex>;
  if (index.format !== INDEX_FORMAT) {
    throw new SearchIndexFormatError(
      `This is not an Inkwell search index (no "format": "${INDEX_FORMAT}"). ${REBUILD}`,
    );
  }
  if (index.version !== INDEX_FORMAT_VERSION) {
    throw new SearchIndexFormatError(
      `This search index has format version ${String(index.version)}, this @inkwell/search reads version ${INDEX_FORMAT_VERSION}. ${REBUILD}`,
    );
  }
  try {
    if (!Array.isArray(index.posts) || !Array.isArray(index.sections)) throw new Error('posts');
    const engine = new TermIndex(index.engine as SerializedIndex['engine']);
    return new SearchIndex(index as SerializedIndex, engine);
  } catch {
    throw new SearchIndexFormatError(`This search index is damaged. ${REBUILD}`);
  }
}
