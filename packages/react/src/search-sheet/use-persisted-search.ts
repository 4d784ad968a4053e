'use client';

import { useCallback, useEffect, useState } from 'react';
import { session } from '../internal/storage.js';

/** The reader's query and active tag filters. */
export interface SearchDraft {
  query: string;
  tags: string[];
}

const empty: SearchDraft = { query: '', tags: [] };

/** Reads a saved draft, ignoring anything malformed (an older format, a hand-edited value). */
export function parseSearchDraft(raw: string | null): SearchDraft | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { query, tags } = value as Record<string, unknown>;
    return {
      query: typeof query === 'string' ? query : '',
      tags: Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string') : [],
    };
  } catch {
    return null;
  }
}

/**
 * Query and tag filters that survive a reload of the tab (`sessionStorage` under `key`; `false` keeps
 * them in memory only). Restored after mount, so the server render and hydration stay identical.
 */
export function usePersistedSearch(key: string | false): [SearchDraft, (draft: SearchDraft) => void] {
  const [draft, setDraft] = useState<SearchDraft>(empty);

  useEffect(() => {
    if (key === false) return;
    const saved = parseSearchDraft(session.get(key));
    if (saved) setDraft(saved);
  }, [key]);

  const update = useCallback(
    (next: SearchDraft) => {
      setDraft(next);
      if (key === false) return;
      if (!next.query && next.tags.length === 0) session.remove(key);
      else session.set(key, JSON.stringify(next));
    },
    [key],
  );
  return [draft, update];
}
