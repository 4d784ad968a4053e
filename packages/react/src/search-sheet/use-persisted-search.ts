'use client';

import { useEffect } from 'react';
import { session as storage } from '../internal/storage.js';
import type { SearchDraft, SearchSession } from './search-session.js';

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
 * Keeps the session's query and tag filters across reloads of the tab (`sessionStorage` under
 * `key`; `false` keeps them in memory only). Restored after mount, so the server render and
 * hydration stay identical; `restore: false` (an explicit `defaultQuery`/`defaultTags`) skips it.
 */
export function usePersistedSearch(session: SearchSession, key: string | false, restore: boolean): void {
  useEffect(() => {
    if (key === false) return;
    const saved = restore ? parseSearchDraft(storage.get(key)) : null;
    if (saved) session.setDraft(saved);
    let last = session.getState();
    return session.subscribe(() => {
      const { query, tags } = session.getState();
      if (query === last.query && tags === last.tags) return;
      last = session.getState();
      if (!query && tags.length === 0) storage.remove(key);
      else storage.set(key, JSON.stringify({ query, tags }));
    });
  }, [session, key, restore]);
}
