/**
 * Deepest list nesting rendered as markdown. The markdown parser (micromark and
 * mdast-util-from-markdown) is worse than quadratic in list depth: 100 levels take 0.16 s, 200 take
 * 0.6 s, 400 take 3.6 s and 1,000 run for 75 s before overflowing the stack. Real posts nest a few levels.
 */
export const MAX_LIST_DEPTH = 100;
/**
 * Most emphasis, link and code delimiters (`*`, `_`, `[`, `]`, `` ` ``) in one run of inline content
 * (a paragraph, a list item's paragraph, a heading). micromark matches them in quadratic time:
 * 16,000 `*_` take 2.9 s, a 1 MB line of them over 100 s. No run in the 1,043 Node.js blog posts has
 * even 100 (long changelogs are lists, whose items count one by one), and none nests lists more than 3
 * levels deep.
 */
export const MAX_INLINE_DELIMITERS = 10_000;

const delimiters = /[*_[\]`]/g;
/** Blockquote markers and indentation before a line's content. */
const containerPrefix = /^[ \t>]*/;
/** A list marker and the spaces after it: `- `, `* `, `+ `, `1. `, `1) `. */
const listMarker = /^(?:([-*+])|(\d{1,9})[.)])(?:[ \t]+|$)/;
const fence = /^(`{3,}|~{3,})/;
const atxHeading = /^#{1,6}(?:[ \t]|$)/;

/** What in a body would make the markdown parser run away, and where (1-based line). */
export interface PathologicalMarkdown {
  line: number;
  reason: string;
}

/**
 * What in a markdown body would make the parser run away, or `undefined` for every ordinary post. One
 * linear pass over the lines that follows the block structure closely enough to count what costs:
 * list nesting depth (a stack of list items' content columns) and delimiters per run of inline content
 * (runs end at blank lines, headings, fences and list items; fenced code is not counted). It errs on
 * the side of counting more, never less, so hostile input cannot hide a long paragraph behind
 * lines that only look like new blocks; ordinary posts stay far below both limits.
 *
 * @example
 * ```ts
 * findPathologicalMarkdown('Hello *world*.'); // undefined
 * findPathologicalMarkdown(`x ${'*_'.repeat(20_000)}`);
 * // { line: 1, reason: 'a paragraph with more than 10000 emphasis, link and code delimiters (* _ [ ] `)' }
 * ```
 */
export function findPathologicalMarkdown(markdown: string): PathologicalMarkdown | undefined {
  const listColumns: number[] = [];
  let openFence: string | undefined;
  let afterBlank = true;
  let runStart = 0;
  let runDelimiters = 0;
  let runIsOrderedItem = false;
  const lines = markdown.split('\n');
  for (const [index, line] of lines.entries()) {
    const prefix = containerPrefix.exec(line)?.[0] ?? '';
    let column = width(prefix);
    let rest = line.slice(prefix.length);
    if (rest.trim() === '') {
      afterBlank = true;
      runDelimiters = 0;
      continue;
    }
    if (openFence) {
      const closing = fence.exec(rest)?.[1];
      if (
        closing &&
        closing[0] === openFence[0] &&
        closing.length >= openFence.length &&
        rest.trim() === closing
      )
        openFence = undefined;
      continue;
    }
    // Markers and fences count only where CommonMark sees them: at most 3 columns right of the
    // deepest open list item's content (further right, the line continues a paragraph).
    const inBlockPosition = column <= (listColumns.at(-1) ?? 0) + 3;
    // List items: a marker ends the items whose content starts further right, then opens one more.
    // An ordered item that does not start at 1 cannot interrupt a paragraph, unless a list is going on.
    let marker = inBlockPosition ? listMarker.exec(rest) : null;
    const startsItem =
      marker !== null && (marker[1] !== undefined || marker[2] === '1' || runIsOrderedItem || afterBlank);
    if (startsItem || afterBlank) {
      // Text after a blank line, left of an item's content, ends that item too.
      while ((listColumns.at(-1) ?? -1) > column) listColumns.pop();
    }
    const startsRun = afterBlank || startsItem || atxHeading.test(rest);
    while (startsItem && marker) {
      column += marker[0].length;
      listColumns.push(column);
      runIsOrderedItem = marker[2] !== undefined;
      rest = rest.slice(marker[0].length);
      marker = listMarker.exec(rest);
    }
    if (listColumns.length > MAX_LIST_DEPTH) {
      return {
        line: index + 1,
        reason: `lists nested ${listColumns.length} levels deep (more than ${MAX_LIST_DEPTH})`,
      };
    }
    const opening = inBlockPosition ? fence.exec(rest)?.[1] : undefined;
    if (opening) {
      openFence = opening;
      afterBlank = true;
      runDelimiters = 0;
      continue;
    }
    if (startsRun) {
      runStart = index;
      runDelimiters = 0;
      if (!startsItem) runIsOrderedItem = false;
    }
    runDelimiters += rest.match(delimiters)?.length ?? 0;
    if (runDelimiters > MAX_INLINE_DELIMITERS) {
      return {
        line: runStart + 1,
        reason: `a paragraph with more than ${MAX_INLINE_DELIMITERS} emphasis, link and code delimiters (* _ [ ] \`)`,
      };
    }
    afterBlank = atxHeading.test(rest);
  }
  return undefined;
}

/** Columns taken by a line's prefix (a tab advances to the next multiple of 4, as in CommonMark). */
function width(prefix: string): number {
  let columns = 0;
  for (const char of prefix) columns = char === '\t' ? columns + 4 - (columns % 4) : columns + 1;
  return columns;
}
