import { toTerm, words } from './text.js';

/** A short piece of a section's text with the ranges of the words that matched the query. */
export interface Snippet {
  text: string;
  /** `[start, end]` offsets into `text`, end exclusive, in order. Ranges, never HTML. */
  highlights: Array<[number, number]>;
}

/**
 * Cuts a window of about `size` characters out of `text` where the most distinct matched terms
 * are, and marks every word whose index term is in `matched` (so prefix and fuzzy matches, which
 * report the term they reached, are highlighted too).
 *
 * @example
 * ```ts
 * makeSnippet('Streams are fast.', new Set(['stream']), true);
 * // → { text: 'Streams are fast.', highlights: [[0, 7]] }
 * ```
 */
export function makeSnippet(
  text: string,
  matched: ReadonlySet<string>,
  stemming: boolean,
  size = 160,
): Snippet {
  const hits = words(text).filter(({ word }) => matched.has(toTerm(word, stemming) ?? word));
  // Start at the hit followed by the most distinct terms within one window.
  let best = hits[0];
  let bestCount = 0;
  for (const [i, hit] of hits.slice(0, 64).entries()) {
    const seen = new Set<string>();
    for (let j = i; j < hits.length && (hits[j]?.end ?? 0) - hit.start <= size; j++)
      seen.add(hits[j]?.word ?? '');
    if (seen.size > bestCount) [best, bestCount] = [hit, seen.size];
  }
  let start = best ? text.lastIndexOf(' ', Math.max(0, best.start - size / 4)) + 1 : 0;
  if (best && start > best.start) start = best.start;
  let end = Math.min(text.length, start + size);
  if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), best?.end ?? 0);
  const prefix = start > 0 ? '…' : '';
  const shift = prefix.length - start;
  return {
    text: `${prefix}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`,
    highlights: hits
      .filter((hit) => hit.start >= start && hit.end <= end)
      .map((hit) => [hit.start + shift, hit.end + shift]),
  };
}
