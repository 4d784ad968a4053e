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
  useSyncExternalStore,
} from 'react';
import { classNames } from '../internal/class-names.js';
import { useControllableState } from '../internal/use-controllable-state.js';
import { defaultSearchLabels, type SearchSheetLabels } from './search-labels.js';
import { createSearchSession, type SearchOutcome, type SearchSession } from './search-session.js';
import { ResultList, SearchBar, SearchMessage, TagFilters } from './search-sheet-parts.js';
import type { SearchIndexSource, SearchResultLike } from './search-types.js';
import { usePersistedSearch } from './use-persisted-search.js';
import { onDialogKeyDown, useModalDialog } from './use-search-dialog.js';
import { type SearchIndexState, useSearchIndex } from './use-search-index.js';
import { useSearchShortcuts } from './use-search-shortcuts.js';
import { useVisualViewport } from './use-visual-viewport.js';

/** Props of {@link SearchSheet}. */
export interface SearchSheetProps extends SearchIndexSource {
  /**
   * Controlled open state; leave it out to let the sheet own it (shortcuts, `defaultOpen`). Default:
   * uncontrolled — the sheet keeps its own open state.
   */
  open?: boolean;
  /** Initial open state when uncontrolled. @default false */
  defaultOpen?: boolean;
  /**
   * Called with the new open state: a shortcut, Escape, the close button, a followed result. Default:
   * none (the sheet still opens and closes itself when uncontrolled).
   */
  onOpenChange?: (open: boolean) => void;
  /** The query to start with (instead of the one remembered for the tab). Default: the remembered query, else empty. */
  defaultQuery?: string;
  /** The tag filters to start with (instead of the ones remembered for the tab). Default: the remembered filters, else none. */
  defaultTags?: readonly string[];
  /** Where a result links to. Default: the result's `href` plus `#${section.id}` when a heading matched. */
  getHref?: (result: SearchResultLike) => string;
  /** Cmd/Ctrl+K and `/` open the sheet. @default true */
  shortcuts?: boolean;
  /** Most results shown. @default 20 */
  limit?: number;
  /** Most tag chips offered (active ones always show). @default 12 */
  maxTags?: number;
  /** `sessionStorage` key for the query and filters, or `false` to forget them on reload. @default 'inkwell-search' */
  persistKey?: string | false;
  /** Locale for result dates. Default: the browser's. */
  locale?: string;
  /** Texts, for another language: pass only the ones you change. Default: English (see `SearchSheetLabels`). */
  labels?: Partial<SearchSheetLabels>;
  /** The dialog's accessible name. Default: `labels.search`. @deprecated Use `labels.search`. */
  label?: string;
  /** The input's placeholder. Default: `labels.placeholder`. @deprecated Use `labels.placeholder`. */
  placeholder?: string;
  /**
   * A session of your own (see `createSearchSession`); `SearchSheetProvider` passes its one. The
   * owner of a session also remembers its draft (`persistKey` then does nothing here). Default: a
   * session of the sheet's own, made from `limit`, `maxTags`, `defaultQuery` and `defaultTags`.
   */
  session?: SearchSession;
  /** Focus this on close instead of whatever had focus when the sheet opened. Default: whatever had focus. */
  returnFocusRef?: RefObject<HTMLElement | null>;
  /** Extra class names on the sheet's root element. Default: none (only `inkwell-search`). */
  className?: string;
}

/**
 * A search dialog that slides down from the top (so a phone keyboard never covers the input). It loads
 * the index only when first opened, searches as the reader types, filters by tag (tags alone list
 * their posts, newest first), and remembers the query across reloads. Keyboard: Cmd/Ctrl+K or `/` to
 * open, arrows to move, Enter to open, Escape to close. What it finds is decided by a framework-free
 * `SearchSession` (`createSearchSession`); this component renders it.
 *
 * @example
 * ```tsx
 * const [open, setOpen] = useState(false);
 * <button type="button" onClick={() => setOpen(true)}>Search</button>
 * <SearchSheet indexUrl="/search-index.json" open={open} onOpenChange={setOpen} />
 * ```
 */
export function SearchSheet(props: SearchSheetProps) {
  const { indexUrl, loadIndex, limit = 20, maxTags = 12, defaultQuery, defaultTags } = props;
  const [open, setOpen] = useControllableState({
    value: props.open,
    defaultValue: props.defaultOpen ?? false,
    onChange: props.onOpenChange,
  });
  const [ownSession] = useState(() =>
    createSearchSession(null, { limit, maxTags, initial: { query: defaultQuery, tags: defaultTags } }),
  );
  const session = props.session ?? ownSession;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const pressedBackdrop = useRef(false);
  const close = useCallback(() => setOpen(false), [setOpen]);

  useSearchShortcuts(props.shortcuts ?? true, open, setOpen);
  useVisualViewport(dialogRef, open);
  useModalDialog(dialogRef, inputRef, open, props.returnFocusRef);
  const { state: load, retry } = useSearchIndex({ indexUrl, loadIndex }, open);
  useEffect(() => {
    session.setIndex(load.status === 'ready' ? load.index : null);
  }, [session, load]);
  const restore = defaultQuery === undefined && defaultTags === undefined;
  usePersistedSearch(session, props.session ? false : (props.persistKey ?? 'inkwell-search'), restore);

  const labels: SearchSheetLabels = {
    ...defaultSearchLabels,
    ...(props.label ? { search: props.label } : {}),
    ...(props.placeholder ? { placeholder: props.placeholder } : {}),
    ...props.labels,
  };
  return (
    <dialog
      ref={dialogRef}
      className={classNames('inkwell-search', props.className)}
      aria-label={labels.search}
      data-state={open ? 'open' : 'closed'}
      onKeyDown={(event) => onDialogKeyDown(event, close)}
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
      <SheetContent
        {...props}
        session={session}
        open={open}
        load={load}
        retry={retry}
        labels={labels}
        inputRef={inputRef}
        close={close}
      />
    </dialog>
  );
}

type ContentProps = Pick<SearchSheetProps, 'getHref' | 'locale'> & {
  session: SearchSession;
  open: boolean;
  load: SearchIndexState;
  retry: () => void;
  labels: SearchSheetLabels;
  inputRef: RefObject<HTMLInputElement | null>;
  close: () => void;
};

/** The panel (while open) and the live region that announces loading and result counts. */
function SheetContent({
  session,
  open,
  load,
  retry,
  labels,
  inputRef,
  close,
  getHref,
  locale,
}: ContentProps) {
  const id = useId();
  const draft = useSyncExternalStore(session.subscribe, session.getState, session.getState);
  // Results render at low priority, so typing never waits for them.
  const query = useDeferredValue(draft.query);
  const tags = useDeferredValue(draft.tags);
  const outcome = session.outcome({ query, tags });
  const stale = draft.query !== query || draft.tags !== tags;
  const formatDate = useDateFormat(locale);
  const optionId = (position: number) => `${id}-option-${position}`;
  const activeId = outcome.results.length > 0 ? optionId(session.activeIndex(outcome)) : undefined;

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  const hrefOf = (result: SearchResultLike) =>
    getHref?.(result) ?? `${result.href}${result.section ? `#${encodeURIComponent(result.section.id)}` : ''}`;
  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) =>
    moveOrOpen(event, session, outcome, activeId);

  return (
    <>
      {open && (
        <div className="inkwell-search__panel">
          <SearchBar
            inputRef={inputRef}
            listId={`${id}-listbox`}
            activeId={activeId}
            expanded={outcome.results.length > 0}
            query={draft.query}
            labels={labels}
            onQuery={session.setQuery}
            onKeyDown={onInputKeyDown}
            onClose={close}
          />
          <TagFilters
            facets={outcome.facets}
            active={draft.tags}
            canClear={draft.query !== '' || draft.tags.length > 0}
            labels={labels}
            onToggle={session.toggleTag}
            onClear={() => {
              session.clear();
              inputRef.current?.focus();
            }}
          />
          <div className="inkwell-search__body" data-stale={stale ? '' : undefined}>
            <SearchMessage load={load} outcome={outcome} stale={stale} labels={labels} onRetry={retry} />
            <ResultList
              id={`${id}-listbox`}
              outcome={outcome}
              activeId={activeId}
              optionId={optionId}
              hrefOf={hrefOf}
              formatDate={formatDate}
              labels={labels}
              onHover={(position) => session.setActive(outcome, position)}
              onOpen={close}
            />
          </div>
          <p className="inkwell-search__hints" aria-hidden="true">
            <kbd>↑</kbd>
            <kbd>↓</kbd> {labels.keys.move} · <kbd>Enter</kbd> {labels.keys.open} · <kbd>Esc</kbd>{' '}
            {labels.keys.close}
          </p>
        </div>
      )}
      <div role="status" className="inkwell-visually-hidden">
        {open ? announcement(load, outcome, stale, labels) : ''}
      </div>
    </>
  );
}

/** Arrow keys move the active option; Enter follows it with a real click (so a router's Link navigates). */
function moveOrOpen(
  event: KeyboardEvent<HTMLInputElement>,
  session: SearchSession,
  outcome: SearchOutcome,
  activeId: string | undefined,
): void {
  if (outcome.results.length === 0) return;
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    session.move(outcome, event.key === 'ArrowDown' ? 1 : -1);
  } else if (event.key === 'Enter' && activeId && !event.nativeEvent.isComposing) {
    event.preventDefault();
    document.getElementById(activeId)?.click();
  }
}

function announcement(
  load: SearchIndexState,
  outcome: SearchOutcome,
  stale: boolean,
  labels: SearchSheetLabels,
) {
  if (load.status === 'loading') return labels.loading;
  if (load.status === 'error') return labels.loadFailed;
  if (load.status !== 'ready' || outcome.mode === 'idle' || stale) return '';
  const count = outcome.results.length;
  return count === 0 ? labels.noMatch(outcome.query || outcome.tags.join(', ')) : labels.resultCount(count);
}

function useDateFormat(locale: string | undefined): (iso: string) => string {
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    return (iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : format.format(date);
    };
  }, [locale]);
}
