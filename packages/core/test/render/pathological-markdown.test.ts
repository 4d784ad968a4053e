import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  findPathologicalMarkdown,
  MAX_INLINE_DELIMITERS,
  MAX_LIST_DEPTH,
} from '../../src/render/pathological-markdown.js';
import { renderMarkdown } from '../../src/render/render-markdown.js';

const repoRoot = path.resolve(fileURLToPath(import.meta.url), '../../../../..');
const corpus = process.env.INKWELL_CORPUS ?? path.resolve(repoRoot, '../shared/corpus/nodejs-blog');
const corpusExists = existsSync(corpus);
if (!corpusExists) console.warn(`Skipping the corpus check of the runaway guard: ${corpus} not found.`);

const nestedList = (depth: number, indent = '  ') =>
  Array.from({ length: depth }, (_, level) => `${indent.repeat(level)}- level ${level}`).join('\n');
/** One paragraph of `count` emphasis delimiters, on lines of 20. */
const delimiterParagraph = (count: number, linePrefix = '') =>
  `x\n${`${linePrefix}${'*_'.repeat(10)}\n`.repeat(Math.ceil(count / 20))}`;

describe('findPathologicalMarkdown', () => {
  it.each([
    ['ordinary markdown', '# Title\n\nSome *text* with `code` and [a link](https://x.dev).\n\n- a\n  - b\n'],
    [`lists nested ${MAX_LIST_DEPTH} levels`, nestedList(MAX_LIST_DEPTH)],
    ['1,000-level blockquotes (fast to parse)', `${'> '.repeat(1000)}deep`],
    ['a long changelog: one list item per line', '- **deps**: update `a` [#1](u)\n'.repeat(5000)],
    ['delimiters inside fenced code', `\`\`\`js\n${'*_[]`'.repeat(5000)}\n\`\`\`\n`],
    [`${MAX_INLINE_DELIMITERS} delimiters in one paragraph`, delimiterParagraph(MAX_INLINE_DELIMITERS)],
  ])('lets %s through', (_name, markdown) => {
    expect(findPathologicalMarkdown(markdown)).toBeUndefined();
  });

  it.each([
    ['lists nested deeper than the limit', nestedList(MAX_LIST_DEPTH + 1), MAX_LIST_DEPTH + 1],
    [
      'ordered lists nested deeper than the limit',
      nestedList(MAX_LIST_DEPTH + 1, '   ').replaceAll('-', '1.'),
      101,
    ],
    [
      'deep nesting with lazy lines between',
      nestedList(MAX_LIST_DEPTH + 1).replaceAll('\n', '\nlazy\n'),
      201,
    ],
    ['one long line of delimiters', `before ${'*_[`<'.repeat(200_000)} after`, 1],
    ['a paragraph of delimiters over many lines', delimiterParagraph(MAX_INLINE_DELIMITERS + 20), 1],
    // Lines that look like new blocks but continue the paragraph in CommonMark still count.
    ['"2." lines (cannot interrupt a paragraph)', delimiterParagraph(MAX_INLINE_DELIMITERS + 20, '2. '), 1],
    [
      'markers indented 4 columns (paragraph text)',
      delimiterParagraph(MAX_INLINE_DELIMITERS + 20, '    - '),
      1,
    ],
    [
      'a fence indented 4 columns (paragraph text)',
      `x\n    \`\`\`\n${delimiterParagraph(MAX_INLINE_DELIMITERS + 20)}`,
      1,
    ],
  ])('finds %s', (_name, markdown, line) => {
    expect(findPathologicalMarkdown(markdown)).toMatchObject({ line });
  });

  it.skipIf(!corpusExists)('lets every post of the Node.js blog through (they render as before)', () => {
    const files = readdirSync(corpus, { recursive: true, encoding: 'utf8' }).filter((name) =>
      name.endsWith('.md'),
    );
    expect(files.length).toBeGreaterThan(1000);
    const flagged = files.filter((name) =>
      findPathologicalMarkdown(readFileSync(path.join(corpus, name), 'utf8')),
    );
    expect(flagged).toEqual([]);
  });
});

describe('renderMarkdown of a body the parser would run away on', () => {
  it('keeps the text as written, escaped, in one <pre>, with a warning naming file and line', async () => {
    const markdown = `Intro & <b>bold</b>\n\n${nestedList(MAX_LIST_DEPTH + 1)}`;
    const rendered = await renderMarkdown(markdown, { file: 'deep.md' });
    const escaped = markdown.replaceAll('&', '&#x26;').replaceAll('<', '&#x3C;');
    expect(rendered.html).toBe(`<pre class="inkwell-unrendered">${escaped}</pre>`);
    expect(rendered.headings).toEqual([]);
    expect(rendered.excerpt).toMatch(/^Intro & <b>bold<\/b> - level 0/);
    expect(rendered.readingTime.words).toBeGreaterThan(300);
    expect(rendered.warnings).toEqual([
      expect.stringMatching(
        /^deep\.md:103:1 {2}shown as plain text, not rendered: lists nested 101 levels deep/,
      ),
    ]);
  });
});
