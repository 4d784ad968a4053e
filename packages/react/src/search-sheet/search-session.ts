import type { SearchIndexLike, SearchResultLike, TagCount } from './search-types.js';

/** What the reader asked for: the query as typed and the active tag filters. */
export interface SearchDraft {
  query: string;
  tags: readonly string[];
}

/**
 * What the sheet shows for one draft.
 * - `idle`: nothing asked (no query, no tag): a hint and every tag;
 * - `browse`: tags but no words: those tags' posts, newest first;
 * - `search`: words (and maybe tags): ranked results.
 */
export interface SearchOutcome {
  mode: 'idle' | 'browse' | 'search';
  /** The query searched for, trimmed. */
  query: string;
  tags: readonly string[];
  results: readonly SearchResultLike[];
  /** Tag chips to offer: the most used (over the matches, when searching) and always the active ones. */
  facets: readonly TagCount[];
}

/** Options of {@link createSearchSession}. */
export interface SearchSessionOptions {
  /** Most results. Default `20`. */
  limit?: number;
  /** Most tag chips offered (active ones always show). Default `12`. */
  maxTags?: number;
  /** The draft to start with. */
  initial?: Partial<SearchDraft>;
}

/**
 * One reader's search, framework-free: the draft (query and tag filters), what it finds, and which
 * option is active. `getState()` / `subscribe()` follow the `useSyncExternalStore` contract.
 * `outcome()` is computed when asked and cached per draft, so a view may ask for an older (deferred)
 * draft while the reader keeps typing.
 */
export interface SearchSession {
  getState(): SearchSessionState;
  subscribe(listener: () => void): () => void;
  /** The index to search; `null` while it loads. */
  setIndex(index: SearchIndexLike | null): void;
  setQuery(query: string): void;
  toggleTag(tag: string): void;
  /** Replaces query and tags at once (a tag chip on the page opening the sheet pre-filtered). */
  setDraft(draft: Partial<SearchDraft>): void;
  /** Empties query and tags. */
  clear(): void;
  /** What `draft` finds (default: the current one); the same object for the same draft and index. */
  outcome(draft?: SearchDraft): SearchOutcome;
  /** Moves the active option by `step` (wrapping) among `outcome`'s results. */
  move(outcome: SearchOutcome, step: number): void;
  /** Makes option `position` of `outcome` the active one (pointer hover). */
  setActive(outcome: SearchOutcome, position: number): void;
  /** The active option's position in `outcome`: the first one until the reader moves. */
  activeIndex(outcome: SearchOutcome): number;
}

/** The session's snapshot: a new object whenever something in it changed. */
export interface SearchSessionState extends SearchDraft {
  index: SearchIndexLike | null;
  /** The active option, as the outcome it belongs to and a position in its results. */
  active: { outcome: SearchOutcome | null; position: number };
}

/** Runs one draft against the index. */
export function runSearch(
  index: SearchIndexLike | null,
  { query, tags }: SearchDraft,
  { limit = 20, maxTags = 12 }: Pick<SearchSessionOptions, 'limit' | 'maxTags'> = {},
): SearchOutcome {
  const trimmed = query.trim();
  const mode = trimmed ? 'search' : tags.length > 0 ? 'browse' : 'idle';
  let results: readonly SearchResultLike[] = [];
  let counts: readonly TagCount[] = [];
  if (index && mode === 'search' && index.searchWithTags) {
    ({ results, tags: counts } = index.searchWithTags(trimmed, { tags, limit }));
  } else if (index) {
    if (mode !== 'idle') results = index.search(trimmed, { tags, limit });
    counts = index.tags?.(trimmed) ?? [];
  }
  const facets = counts.slice(0, maxTags);
  for (const tag of tags) if (!facets.some((entry) => entry.tag === tag)) facets.push({ tag, count: 0 });
  return { mode, query: trimmed, tags, results, facets };
}

/**
 * Creates a search session over `index` (or `null` until it has loaded: the reader may type
 * meanwhile). `SearchSheet` creates one for itself, `SearchSheetProvider` one for the page; create
 * your own to build another search UI on the same rules.
 *
 * @example
 * ```ts
 * import { loadSearchIndex } from '@inkwell/search/query';
 *
 * const session = createSearchSession(loadSearchIndex(await (await fetch('/search-index.json')).text()));
 * session.setDraft({ tags: ['release'] });
 * session.outcome().results; // the release posts, newest first
 * session.setQuery('streams');
 * session.outcome().mode; // 'search'
 * ```
 */
export function createSearchSession(
  index: SearchIndexLike | null,
  { limit, maxTags, initial }: SearchSessionOptions = {},
): SearchSession {
  let state: SearchSessionState = {
    query: initial?.query ?? '',
    tags: initial?.tags ?? [],
    index,
    active: { outcome: null, position: 0 },
  };
  const listeners = new Set<() => void>();
  let cache: {
    index: SearchIndexLike | null;
    query: string;
    tags: readonly string[];
    outcome: SearchOutcome;
  } | null = null;
  const update = (change: Partial<SearchSessionState>) => {
    state = { ...state, ...change };
    for (const listener of listeners) listener();
  };
  const outcome = (draft: SearchDraft = state): SearchOutcome => {
    const hit = cache?.index === state.index && cache.query === draft.query && cache.tags === draft.tags;
    if (!hit || !cache)
      cache = { index: state.index, ...draft, outcome: runSearch(state.index, draft, { limit, maxTags }) };
    return cache.outcome;
  };
  const activeIndex = (of: SearchOutcome) =>
    state.active.outcome === of ? Math.min(state.active.position, Math.max(0, of.results.length - 1)) : 0;

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setIndex(next) {
      if (next !== state.index) update({ index: next });
    },
    setQuery(query) {
      if (query !== state.query) update({ query });
    },
    toggleTag: (tag) =>
      update({ tags: state.tags.includes(tag) ? state.tags.filter((t) => t !== tag) : [...state.tags, tag] }),
    setDraft: ({ query = '', tags = [] }) => update({ query, tags }),
    clear: () => update({ query: '', tags: [] }),
    outcome,
    activeIndex,
    move(of, step) {
      const count = of.results.length;
      if (count > 0) update({ active: { outcome: of, position: (activeIndex(of) + step + count) % count } });
    },
    setActive: (of, position) => update({ active: { outcome: of, position } }),
  };
}
