'use client';

import { useCallback, useEffect, useState } from 'react';
import { prefetchSearchIndex } from './load-search-index.js';
import type { SearchIndexLike, SearchIndexSource } from './search-types.js';

/** Where loading the index stands. */
export type SearchIndexState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; index: SearchIndexLike }
  | { status: 'error'; error: Error };

/** Starts loading the index the first time `active` is true; `retry` tries again after an error. */
export function useSearchIndex(
  { indexUrl, loadIndex }: SearchIndexSource,
  active: boolean,
): { state: SearchIndexState; retry: () => void } {
  const [state, setState] = useState<SearchIndexState>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const wanted = active || attempt > 0;

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new `attempt` is how Retry re-runs the load.
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }));
    prefetchSearchIndex({ indexUrl, loadIndex }).then(
      (index) => current && setState({ status: 'ready', index }),
      (error: unknown) =>
        current &&
        setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      current = false;
    };
  }, [wanted, indexUrl, loadIndex, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
