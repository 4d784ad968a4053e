'use client';

import {
  type KeyboardEvent,
  type RefObject,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { classNames } from '../internal/class-names.js';
import { useControllableState } from '../internal/use-controllable-state.js';
import { CloseIcon, SearchIcon } from './search-icons.js';
import { SearchResultOption } from './search-result-option.js';
import type { SearchIndexSource, SearchResultLike } from './search-types.js';
import { usePersistedSearch } from './use-persisted-search.js';
import { useSearchIndex } from './use-search-index.js';
import { useSearchShortcuts } from './use-search-shortcuts.js';
import { useVisualViewport } from './use-visual-viewport.js';

/** Props of {@link SearchSheet}. */
export interface SearchSheetProps extends SearchIndexSource {
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** Prefix for result links, e.g. `'/blog'`. Default `''`. */
  basePath?: string;
  /** Where a result links to. Default `${basePath}/posts/${slug}/` plus `#${section.id}` when a heading matched. */
  getHref?: (result: SearchResultLike) => string;
  /** Cmd/Ctrl+K and `/` open the sheet. Default `true`. */
  shortcuts?: boolean;
  /** Most results shown. Default `20`. */
  limit?: number;
  /** Most tag chips offered (active ones always show). Default `12`. */
  maxTags?: number;
  /** `sessionStorage` key for the query and filters, or `false` to forget them on reload. Default `'inkwell-search'`. */
  persistKey?: string | false;
  /** Locale for result dates. Default: the browser's. */
  locale?: string;
  /** Accessible name of the dialog and input. Default `'Search posts'`. */
  label?: string;
  placeholder?: string;
  /** Focus this on close instead of whatever had focus when the sheet opened. */
  returnFocusRef?: RefObject<HTMLElement | null>;
  className?: string;
}

const TABBABLE =
  'a[href]:not([tabindex="-1"]), button:not([disabled]):not([tabindex="-1"]), input:not([disabled]):not([tabindex="-1"]), [tabindex]:not([tabindex="-1"])';

/**
 * A search dialog that slides down from the top (so a phone keyboard never covers the input). It loads
 * the index only when first opened, searches as the reader types, filters by tag, and remembers the
 * query across reloads. Keyboard: Cmd/Ctrl+K or `/` to open, arrows to move, Enter to open, Escape to close.
 *
 * @example
 * ```tsx
 * const [open, setOpen] = useState(false);
 * <button type="button" onClick={() => setOpen(true)}>Search</button>
 * <SearchSheet indexUrl="/search-index.json" open={open} onOpenChange={setOpen} />
 * ```
 */
export function SearchSheet({
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  indexUrl,
  loadIndex,
  basePath = '',
  getHref,
  shortcuts = true,
  limit = 20,
  maxTags = 12,
  persistKey = 'inkwell-search',
  locale,
  label = 'Search posts',
  placeholder = 'Search posts…',
  returnFocusRef,
  className,
}: SearchSheetProps) {
  const [open, setOpen] = useControllableState({
    value: openProp,
    defaultValue: defaultOpen,
    onChange: onOpenChange,
  });
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const pressedBackdrop = useRef(false);
  const id = useId();

  useSearchShortcuts(shortcuts, open, setOpen);
  useVisualViewport(dialogRef, open);
  const { state, retry } = useSearchIndex({ indexUrl, loadIndex }, open);
  const [draft, setDraft] = usePersistedSearch(persistKey);

  // Show and hide the native modal dialog; it renders in the top layer (no ancestor can clip it) and
  // makes the rest of the page inert, so focus cannot leave it.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || !open) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    showModal(dialog);
    inputRef.current?.focus();
    return () => {
      closeDialog(dialog);
      const target = returnFocusRef?.current ?? previous;
      if (target?.isConnected) target.focus();
    };
  }, [open, returnFocusRef]);

  const query = draft.query;
  const deferredQuery = useDeferredValue(query);
  const deferredTags = useDeferredValue(draft.tags);
  const index = state.status === 'ready' ? state.index : null;
  // The engine needs words to rank by; tags alone narrow a query but do not make one.
  const searching = deferredQuery.trim() !== '';

  const results = useMemo(() => {
    if (!index || !searching) return [];
    return index.search(deferredQuery.trim(), { tags: deferredTags, limit });
  }, [index, searching, deferredQuery, deferredTags, limit]);

  const facets = useMemo(() => {
    const shown = (index?.tags?.(deferredQuery.trim()) ?? []).slice(0, maxTags);
    for (const tag of draft.tags) {
      if (!shown.some((entry) => entry.tag === tag)) shown.push({ tag, count: 0 });
    }
    return shown;
  }, [index, maxTags, draft.tags, deferredQuery]);

  const [activeIndex, setActiveIndex] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new result list starts at its first entry.
  useEffect(() => setActiveIndex(0), [results]);

  const formatDate = useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    return (iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : format.format(date);
    };
  }, [locale]);

  const hrefOf = (result: SearchResultLike) =>
    getHref?.(result) ??
    `${basePath}/posts/${result.slug}/${result.section ? `#${encodeURIComponent(result.section.id)}` : ''}`;

  const optionId = (position: number) => `${id}-option-${position}`;
  const activeId = results.length > 0 ? optionId(Math.min(activeIndex, results.length - 1)) : undefined;

  useEffect(() => {
    if (!activeId) return;
    document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  const close = useCallback(() => setOpen(false), [setOpen]);
  const setQuery = (value: string) => setDraft({ query: value, tags: draft.tags });
  const toggleTag = (tag: string) =>
    setDraft({
      query,
      tags: draft.tags.includes(tag) ? draft.tags.filter((t) => t !== tag) : [...draft.tags, tag],
    });
  const clear = () => {
    setDraft({ query: '', tags: [] });
    inputRef.current?.focus();
  };

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (results.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex((current) => (current + step + results.length) % results.length);
    } else if (event.key === 'Enter' && activeId && !event.nativeEvent.isComposing) {
      event.preventDefault();
      // A real click, so a supplied Link component (Next.js) navigates on the client.
      document.getElementById(activeId)?.click();
    }
  };

  const onDialogKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
      return;
    }
    if (event.key !== 'Tab' || !dialogRef.current) return;
    // Wrap Tab inside the sheet instead of letting it escape to the browser's toolbar.
    const tabbable = [...dialogRef.current.querySelectorAll<HTMLElement>(TABBABLE)].filter(
      (element) => element.getClientRects().length > 0,
    );
    const first = tabbable[0];
    const last = tabbable.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  const trimmed = query.trim();
  const stale = query !== deferredQuery || draft.tags !== deferredTags;
  let announcement = '';
  if (open) {
    if (state.status === 'loading') announcement = 'Loading search…';
    else if (state.status === 'error') announcement = 'Search could not be loaded.';
    else if (index && searching && !stale) {
      announcement =
        results.length === 0
          ? noMatchText(trimmed)
          : `${results.length} ${results.length === 1 ? 'result' : 'results'}`;
    }
  }

  return (
    <dialog
      ref={dialogRef}
      className={classNames('inkwell-search', className)}
      aria-label={label}
      data-state={open ? 'open' : 'closed'}
      onKeyDown={onDialogKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      onClose={() => open && close()}
      onPointerDown={(event) => {
        pressedBackdrop.current = event.target === event.currentTarget;
      }}
      onClick={(event) => {
        if (pressedBackdrop.current && event.target === event.currentTarget) close();
      }}
    >
      {open && (
        <div className="inkwell-search__panel">
          <div className="inkwell-search__bar">
            <SearchIcon className="inkwell-search__icon" />
            <input
              ref={inputRef}
              className="inkwell-search__input"
              type="text"
              role="combobox"
              aria-label={label}
              aria-autocomplete="list"
              aria-expanded={results.length > 0}
              aria-controls={`${id}-listbox`}
              aria-activedescendant={activeId}
              autoComplete="off"
              autoCorrect="off"
              autoCapitalize="off"
              spellCheck={false}
              enterKeyHint="search"
              placeholder={placeholder}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              onKeyDown={onInputKeyDown}
            />
            <button type="button" className="inkwell-search__close" onClick={close}>
              <CloseIcon />
              <span className="inkwell-visually-hidden">Close search</span>
            </button>
          </div>

          {facets.length > 0 && (
            <div className="inkwell-search__filters">
              <fieldset className="inkwell-search__chips">
                <legend className="inkwell-visually-hidden">Filter by tag</legend>
                {facets.map(({ tag }) => (
                  <button
                    key={tag}
                    type="button"
                    className="inkwell-search__chip"
                    aria-pressed={draft.tags.includes(tag)}
                    onClick={() => toggleTag(tag)}
                  >
                    {tag}
                  </button>
                ))}
              </fieldset>
              {(draft.tags.length > 0 || query) && (
                <button type="button" className="inkwell-search__clear" onClick={clear}>
                  Clear
                </button>
              )}
            </div>
          )}

          <div className="inkwell-search__body" data-stale={stale ? '' : undefined}>
            {state.status === 'loading' || state.status === 'idle' ? (
              <p className="inkwell-search__message" data-status="loading">
                <span className="inkwell-search__spinner" aria-hidden="true" />
                Loading search…
              </p>
            ) : state.status === 'error' ? (
              <div className="inkwell-search__message" data-status="error">
                <p>Search could not be loaded. {state.error.message}</p>
                <button type="button" className="inkwell-search__retry" onClick={retry}>
                  Try again
                </button>
              </div>
            ) : !searching ? (
              <p className="inkwell-search__message" data-status="hint">
                {draft.tags.length > 0
                  ? `Type to search posts tagged ${draft.tags.join(', ')}.`
                  : 'Type to search posts by title, heading or text.'}
              </p>
            ) : results.length === 0 && !stale ? (
              <p className="inkwell-search__message" data-status="empty">
                {noMatchText(trimmed)}
              </p>
            ) : null}
            <div
              id={`${id}-listbox`}
              role="listbox"
              aria-label="Results"
              className="inkwell-search__results"
              hidden={results.length === 0}
            >
              {results.map((result, position) => (
                <SearchResultOption
                  key={`${result.slug}#${result.section?.id ?? ''}`}
                  id={optionId(position)}
                  position={position}
                  result={result}
                  href={hrefOf(result)}
                  active={optionId(position) === activeId}
                  formatDate={formatDate}
                  onHover={setActiveIndex}
                  onOpen={close}
                />
              ))}
            </div>
          </div>
          <p className="inkwell-search__hints" aria-hidden="true">
            <kbd>↑</kbd>
            <kbd>↓</kbd> to move · <kbd>Enter</kbd> to open · <kbd>Esc</kbd> to close
          </p>
        </div>
      )}
      <div role="status" className="inkwell-visually-hidden">
        {announcement}
      </div>
    </dialog>
  );
}

function noMatchText(query: string): string {
  return `No posts match ‘${query}’`;
}

function showModal(dialog: HTMLDialogElement): void {
  if (dialog.open) return;
  // Old browsers (and jsdom) lack showModal: the sheet still opens, without the inert backdrop.
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', '');
}

function closeDialog(dialog: HTMLDialogElement): void {
  if (typeof dialog.close === 'function' && dialog.open) dialog.close();
  else dialog.removeAttribute('open');
}
