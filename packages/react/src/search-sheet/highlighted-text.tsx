import type { ReactNode } from 'react';

/**
 * Sorts, clamps and merges `[start, end)` ranges so overlapping or out-of-bounds highlights from any
 * index still render as clean, non-nested `<mark>`s.
 *
 * @example
 * ```ts
 * normalizeRanges([[4, 8], [0, 2], [6, 10]], 9); // [[0, 2], [4, 9]]
 * ```
 */
export function normalizeRanges(
  ranges: ReadonlyArray<readonly [number, number]>,
  length: number,
): Array<[number, number]> {
  const clamped = ranges
    .map(([start, end]): [number, number] => [Math.max(0, Math.min(start, length)), Math.min(end, length)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of clamped) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/**
 * Text with the given ranges wrapped in `<mark>`, built as React elements (never `innerHTML`), so
 * markup inside a snippet is shown as text, not run.
 *
 * @example
 * ```tsx
 * <HighlightedText text="Node.js 22 released" ranges={[[0, 7]]} />
 * // <mark>Node.js</mark> 22 released
 * ```
 */
export function HighlightedText({
  text,
  ranges,
}: {
  text: string;
  ranges: ReadonlyArray<readonly [number, number]>;
}) {
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const [start, end] of normalizeRanges(ranges, text.length)) {
    if (start > cursor) parts.push(text.slice(cursor, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    cursor = end;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return <>{parts}</>;
}
