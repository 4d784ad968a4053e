'use client';

import type { KeyboardEvent, RefObject } from 'react';
import { CloseIcon, SearchIcon } from './search-icons.js';
import type { SearchSheetLabels } from './search-labels.js';
import { SearchResultOption } from './search-result-option.js';
import type { SearchOutcome } from './search-session.js';
import type { SearchResultLike } from './search-types.js';
import type { SearchIndexState } from './use-search-index.js';

/** The input (a combobox over the result list) and the close button. */
export function SearchBar({
  inputRef,
  listId,
  activeId,
  expanded,
  query,
  labels,
  onQuery,
  onKeyDown,
  onClose,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  listId: string;
  activeId: string | undefined;
  expanded: boolean;
  query: string;
  labels: SearchSheetLabels;
  onQuery: (query: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  onClose: () => void;
}) {
  return (
    <div className="inkwell-search__bar">
      <SearchIcon className="inkwell-search__icon" />
      <input
        ref={inputRef}
        className="inkwell-search__input"
        type="text"
        role="combobox"
        aria-label={labels.search}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeId}
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="search"
        placeholder={labels.placeholder}
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <button type="button" className="inkwell-search__close" onClick={onClose}>
        <CloseIcon />
        <span className="inkwell-visually-hidden">{labels.close}</span>
      </button>
    </div>
  );
}

/** Tag chips (toggle buttons) and Clear, which shows whenever a query or a filter is set. */
export function TagFilters({
  facets,
  active,
  canClear,
  labels,
  onToggle,
  onClear,
}: {
  facets: SearchOutcome['facets'];
  active: readonly string[];
  canClear: boolean;
  labels: SearchSheetLabels;
  onToggle: (tag: string) => void;
  onClear: () => void;
}) {
  if (facets.length === 0 && !canClear) return null;
  return (
    <div className="inkwell-search__filters">
      {facets.length > 0 && (
        <fieldset className="inkwell-search__chips">
          <legend className="inkwell-visually-hidden">{labels.filterByTag}</legend>
          {facets.map(({ tag }) => (
            <button
              key={tag}
              type="button"
              className="inkwell-search__chip"
              aria-pressed={active.includes(tag)}
              onClick={() => onToggle(tag)}
            >
              {tag}
            </button>
          ))}
        </fieldset>
      )}
      {canClear && (
        <button type="button" className="inkwell-search__clear" onClick={onClear}>
          {labels.clear}
        </button>
      )}
    </div>
  );
}

/** The message for where loading and searching stand, or nothing when results show. */
export function SearchMessage({
  load,
  outcome,
  stale,
  labels,
  onRetry,
}: {
  load: SearchIndexState;
  outcome: SearchOutcome;
  stale: boolean;
  labels: SearchSheetLabels;
  onRetry: () => void;
}) {
  if (load.status === 'loading' || load.status === 'idle') {
    return (
      <p className="inkwell-search__message" data-status="loading">
        <span className="inkwell-search__spinner" aria-hidden="true" />
        {labels.loading}
      </p>
    );
  }
  if (load.status === 'error') {
    return (
      <div className="inkwell-search__message" data-status="error">
        <p>
          {labels.loadFailed} {load.error.message}
        </p>
        <button type="button" className="inkwell-search__retry" onClick={onRetry}>
          {labels.retry}
        </button>
      </div>
    );
  }
  if (outcome.mode === 'idle' || (outcome.mode === 'browse' && outcome.results.length > 0)) {
    return (
      <p className="inkwell-search__message" data-status="hint">
        {outcome.mode === 'idle' ? labels.hint : labels.browsing(outcome.tags)}
      </p>
    );
  }
  if (outcome.results.length === 0 && !stale) {
    return (
      <p className="inkwell-search__message" data-status="empty">
        {labels.noMatch(outcome.query || outcome.tags.join(', '))}
      </p>
    );
  }
  return null;
}

/** The listbox of results; each option is a link, so Enter and clicks navigate like links. */
export function ResultList({
  id,
  outcome,
  activeId,
  optionId,
  hrefOf,
  formatDate,
  labels,
  onHover,
  onOpen,
}: {
  id: string;
  outcome: SearchOutcome;
  activeId: string | undefined;
  optionId: (position: number) => string;
  hrefOf: (result: SearchResultLike) => string;
  formatDate: (iso: string) => string;
  labels: SearchSheetLabels;
  onHover: (position: number) => void;
  onOpen: () => void;
}) {
  const { results } = outcome;
  return (
    <div
      id={id}
      role="listbox"
      aria-label={labels.results}
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
          onHover={onHover}
          onOpen={onOpen}
        />
      ))}
    </div>
  );
}
