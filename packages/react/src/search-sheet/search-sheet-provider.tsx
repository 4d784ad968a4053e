'use client';

import {
  createContext,
  lazy,
  type ReactNode,
  Suspense,
  useContext,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { createPortal } from 'react-dom';
import { prefetchSearchIndex } from './load-search-index.js';
import { createSearchSession } from './search-session.js';
import type { SearchSheetProps } from './search-sheet.js';
import { usePersistedSearch } from './use-persisted-search.js';
import { useSearchShortcuts } from './use-search-shortcuts.js';

/** What `useSearchSheet().open()` takes: the sheet opens pre-filled with these. */
export interface SearchSheetOpenOptions {
  /** The query to show; default: keep the reader's. */
  query?: string;
  /** Tag filters to show (with `query` unset, the sheet lists these tags' posts); default: keep the reader's. */
  tags?: readonly string[];
  /** Focus this when the sheet closes (default: what had focus when it opened). */
  returnFocus?: HTMLElement | null;
}

/** What {@link useSearchSheet} returns. */
export interface SearchSheetControls {
  /** Opens the sheet; with `query` or `tags`, pre-filled with them (the other is emptied). */
  open(options?: SearchSheetOpenOptions): void;
  close(): void;
  isOpen: boolean;
  /** Starts downloading the index (call it on hover or focus of whatever opens the sheet). */
  prefetch(): void;
}

/** Props of {@link SearchSheetProvider}: the sheet's options, and the page. */
export interface SearchSheetProviderProps
  extends Omit<SearchSheetProps, 'open' | 'defaultOpen' | 'session' | 'returnFocusRef' | 'shortcuts'> {
  children?: ReactNode;
  /** Cmd/Ctrl+K and `/` open the sheet. Default `true`. */
  shortcuts?: boolean;
}

const SearchSheetContext = createContext<SearchSheetControls | null>(null);
const LazySearchSheet = lazy(() =>
  import('./search-sheet.js').then((module) => ({ default: module.SearchSheet })),
);
const subscribeNothing = () => () => {};

/**
 * One search sheet for the whole site, which any component below can open with
 * {@link useSearchSheet}, optionally pre-filtered (a tag chip opening it on its tag). The sheet's code
 * loads the first time it opens (its keyboard shortcuts work from the start), and the index when it
 * is first needed. Put it in the root layout; `FloatingNav`'s Search entry uses it when it is there.
 *
 * @example
 * ```tsx
 * // app/layout.tsx
 * <SearchSheetProvider indexUrl="/search-index.json">
 *   {children}
 *   <FloatingNav />
 * </SearchSheetProvider>
 * ```
 */
export function SearchSheetProvider({
  children,
  shortcuts = true,
  onOpenChange,
  ...sheet
}: SearchSheetProviderProps) {
  const [open, setOpenState] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [session] = useState(() => createSearchSession(null, { limit: sheet.limit, maxTags: sheet.maxTags }));
  const returnFocusRef = useRef<HTMLElement | null>(null);
  const mounted = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  const onChangeRef = useRef(onOpenChange);
  onChangeRef.current = onOpenChange;
  const source = { indexUrl: sheet.indexUrl, loadIndex: sheet.loadIndex };
  const sourceRef = useRef(source);
  sourceRef.current = source;

  const controls = useMemo<SearchSheetControls>(() => {
    const setOpen = (next: boolean) => {
      if (next) setLoaded(true);
      setOpenState(next);
      onChangeRef.current?.(next);
    };
    return {
      open({ query, tags, returnFocus } = {}) {
        if (query !== undefined || tags !== undefined) session.setDraft({ query, tags });
        returnFocusRef.current = returnFocus ?? null;
        setOpen(true);
      },
      close: () => setOpen(false),
      isOpen: false,
      prefetch: () => void prefetchSearchIndex(sourceRef.current).catch(() => {}),
    };
  }, [session]);
  const value = useMemo(() => ({ ...controls, isOpen: open }), [controls, open]);
  usePersistedSearch(session, sheet.persistKey ?? 'inkwell-search', true);
  useSearchShortcuts(shortcuts, open, (next) => (next ? controls.open() : controls.close()));

  return (
    <SearchSheetContext.Provider value={value}>
      {children}
      {mounted &&
        loaded &&
        createPortal(
          <Suspense fallback={null}>
            <LazySearchSheet
              {...sheet}
              session={session}
              shortcuts={false}
              open={open}
              onOpenChange={(next) => (next ? controls.open() : controls.close())}
              returnFocusRef={returnFocusRef}
            />
          </Suspense>,
          document.body,
        )}
    </SearchSheetContext.Provider>
  );
}

/**
 * Opens and closes the page's search sheet from any component under a {@link SearchSheetProvider}.
 *
 * @throws when there is no `SearchSheetProvider` above.
 * @example
 * ```tsx
 * function TagChip({ tag }: { tag: string }) {
 *   const search = useSearchSheet();
 *   return (
 *     <button type="button" onClick={() => search.open({ tags: [tag] })} onPointerEnter={search.prefetch}>
 *       {tag}
 *     </button>
 *   );
 * }
 * ```
 */
export function useSearchSheet(): SearchSheetControls {
  const value = useContext(SearchSheetContext);
  if (!value) {
    throw new Error(
      'useSearchSheet() needs a <SearchSheetProvider indexUrl="…"> above it: put one in the root layout.',
    );
  }
  return value;
}

/** The provider's controls, or `null` without one (FloatingNav's Search entry then brings its own sheet). */
export function useOptionalSearchSheet(): SearchSheetControls | null {
  return useContext(SearchSheetContext);
}
