'use client';

import { memo } from 'react';
import { useLinkComponent } from '../link/link-provider.js';
import { HighlightedText } from './highlighted-text.js';
import type { SearchResultLike } from './search-types.js';

/** One result in the listbox: a link with `role="option"`, so Enter and clicks navigate like links. */
export const SearchResultOption = memo(function SearchResultOption({
  id,
  position,
  result,
  href,
  active,
  formatDate,
  onHover,
  onOpen,
}: {
  id: string;
  position: number;
  result: SearchResultLike;
  href: string;
  active: boolean;
  formatDate: (iso: string) => string;
  onHover: (position: number) => void;
  onOpen: () => void;
}) {
  const Link = useLinkComponent();
  const { section, snippet } = result;
  return (
    <Link
      id={id}
      href={href}
      role="option"
      aria-selected={active}
      aria-labelledby={`${id}-title${section ? ` ${id}-section` : ''}`}
      aria-describedby={`${id}-details`}
      tabIndex={-1}
      className="inkwell-search__result"
      data-active={active ? '' : undefined}
      onPointerMove={active ? undefined : () => onHover(position)}
      onClick={onOpen}
    >
      <span className="inkwell-search__result-title">{result.title}</span>
      {section && (
        <span className="inkwell-search__result-section">
          <span aria-hidden="true">§ </span>
          {section.title}
        </span>
      )}
      <span className="inkwell-search__result-details">
        <span className="inkwell-search__result-meta">
          <time dateTime={result.date}>{formatDate(result.date)}</time>
          {result.tags.map((tag) => (
            <span key={tag} className="inkwell-search__result-tag">
              {tag}
            </span>
          ))}
        </span>
        {snippet ? (
          <span className="inkwell-search__result-snippet">
            <HighlightedText text={snippet.text} ranges={snippet.highlights} />
          </span>
        ) : (
          result.description && <span className="inkwell-search__result-snippet">{result.description}</span>
        )}
      </span>
    </Link>
  );
});
