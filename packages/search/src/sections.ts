import { Parser } from 'htmlparser2';

/** A table-of-contents entry, as in `Post.headings` of `@inkwell/core`. */
export interface SectionHeading {
  /** The heading element's `id`. */
  id: string;
  /** Plain text of the heading. */
  text: string;
}

/** One part of a post: the text before its first heading, or a heading and the text under it. */
export interface Section {
  /** The heading's `id` (the `#anchor` on the page), `undefined` for the text before any heading. */
  id?: string;
  /** The heading's text, `undefined` for the text before any heading. */
  title?: string;
  /** Prose: paragraphs, lists, tables, quotes, inline code. */
  prose: string;
  /** Text of each code block (`<pre>`), kept apart so snippets can prefer prose. */
  code: string[];
}

/** Elements whose boundaries separate words (so `<li>a</li><li>b</li>` is not `ab`). */
const BLOCK =
  /^(?:address|article|aside|blockquote|br|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|td|th|tr|ul)$/;
// Buttons are controls, not content: the copy button of every code block would otherwise read "Copy".
const SKIPPED = /^(?:script|style|template|svg|math|button)$/;

/**
 * Splits a post's rendered HTML into sections at its headings. A heading starts a section when
 * its `id` is one of `headings` (the post's table of contents); other headings are just text.
 *
 * @example
 * ```ts
 * splitSections('<p>Hi</p><h2 id="setup">Setup</h2><p>Run it</p>', [{ depth: 2, id: 'setup', text: 'Setup' }]);
 * // → [{ prose: 'Hi', code: [] }, { id: 'setup', title: 'Setup', prose: 'Run it', code: [] }]
 * ```
 */
export function splitSections(html: string, headings: readonly SectionHeading[]): Section[] {
  const titles = new Map(headings.map((heading) => [heading.id, heading.text]));
  type Draft = Omit<Section, 'prose' | 'code'> & { prose: string[]; code: string[] };
  let current: Draft = { prose: [], code: [] };
  const sections: Draft[] = [current];
  /** Depth of open elements whose text is dropped (the heading itself, scripts). */
  let skipping = 0;
  let inPre = 0;
  const open: boolean[] = [];
  const write = (text: string): void => {
    if (!inPre) current.prose.push(text);
    else current.code[current.code.length - 1] += text;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const id = attributes.id;
        const startsSection = /^h[1-6]$/.test(name) && id !== undefined && titles.has(id);
        if (startsSection) {
          current = { id, title: titles.get(id), prose: [], code: [] };
          sections.push(current);
        }
        const skip = startsSection || SKIPPED.test(name);
        open.push(skip);
        if (skip) skipping++;
        if (name === 'pre' && !inPre++) current.code.push('');
        else if (BLOCK.test(name)) write('\n');
      },
      ontext(text) {
        if (!skipping) write(text);
      },
      onclosetag(name) {
        if (open.pop()) skipping--;
        if (name === 'pre') inPre = Math.max(0, inPre - 1);
        else if (BLOCK.test(name)) write('\n');
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);

  return sections
    .map(({ prose, code, ...rest }) => ({
      ...rest,
      prose: squeeze(prose.join('')),
      code: code.map(squeeze).filter(Boolean),
    }))
    .filter((section, index) => index === 0 || section.id !== undefined);
}

/** Collapses runs of whitespace, keeping paragraph breaks as single newlines. */
function squeeze(text: string): string {
  return text
    .replace(/[ \t\r\f\v\u00a0]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}
