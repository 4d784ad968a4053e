import fc from 'fast-check';
import { Parser } from 'htmlparser2';

/** Words that never appear in the generated markup, so finding one in the output means it survived. */
export const sentinel = fc.stringMatching(/^[a-z]{6,10}$/).map((word) => `zq${word}`);

const inline = fc.oneof(
  fc.constantFrom(
    '*',
    '**',
    '_',
    '__',
    '`',
    '``',
    '~~',
    '[',
    ']',
    '(',
    ')',
    '!',
    '<',
    '>',
    '&',
    '\\',
    '#',
    '|',
    ':',
    '-',
    '"',
    "'",
    ' ',
    '{',
    '}',
    '$',
    '^',
  ),
  fc.constantFrom(
    '&amp;',
    '&#x0;',
    '&#1114112;',
    '&nbsp',
    '\u0000',
    '\u200b',
    '\u202e',
    '\ud800',
    '🎉',
    'é',
    'e\u0301',
    '中文',
    'שלום',
  ),
  fc.stringMatching(/^[A-Za-z0-9 ]{1,12}$/),
  fc.constantFrom(
    '[a](b)',
    '![a](b)',
    '[a][b]',
    '<https://x.y>',
    '`code`',
    '*em*',
    '**strong**',
    '~~del~~',
    '[^1]',
    'https://example.com',
  ),
);

/** A line of inline markdown: emphasis, links, entities, odd characters. */
export const inlineText = fc.array(inline, { maxLength: 12 }).map((parts) => parts.join(''));

/** Block-level markdown that never swallows what follows it beyond its own block (no raw HTML). */
export const block = fc.oneof(
  inlineText,
  fc.tuple(fc.integer({ min: 1, max: 7 }), inlineText).map(([depth, text]) => `${'#'.repeat(depth)} ${text}`),
  fc
    .array(inlineText, { minLength: 1, maxLength: 4 })
    .map((items) => items.map((item) => `- ${item}`).join('\n')),
  fc
    .array(inlineText, { minLength: 1, maxLength: 4 })
    .map((items) => items.map((item, i) => `${i + 1}. ${item}`).join('\n')),
  fc
    .array(inlineText, { minLength: 1, maxLength: 3 })
    .map((lines) => lines.map((line) => `> ${line}`).join('\n')),
  fc
    .tuple(
      fc.constantFrom(
        '',
        'js',
        'ts',
        'python',
        'klingon',
        'mermaid',
        '../x',
        'js {1,3}',
        'js title="a"',
        'diff',
      ),
      fc.array(inlineText, { maxLength: 4 }),
    )
    .map(([lang, lines]) => `\`\`\`${lang}\n${lines.join('\n')}\n\`\`\``),
  fc.tuple(inlineText, inlineText).map(([a, b]) => `| ${a} | ${b} |\n| --- | --- |\n| ${b} | ${a} |`),
  fc.constantFrom(
    '---',
    '***',
    '    indented code',
    '[ref]: https://example.com "t"',
    '[^1]: footnote text',
    '- [ ] task',
    '- [x] done',
    '$$\nx\n$$',
  ),
);

/** Raw HTML fragments, balanced or not, that may swallow what follows. */
export const rawHtml = fc.constantFrom(
  '<div>',
  '</div>',
  '<script>alert(1)',
  '<!--',
  '-->',
  '<![CDATA[',
  '<style>',
  '<pre>',
  '<textarea>',
  '<details open>',
  '<table><tr><td>',
  '<svg><foreignObject>',
  '<math><mi>',
  '<a href="javascript:x">',
  '<img src=x onerror=y>',
  '<?php',
  '<!DOCTYPE html>',
);

/** A whole markdown document, optionally with raw HTML mixed in. */
export const markdownDocument = (withHtml: boolean) =>
  fc
    .array(withHtml ? fc.oneof(block, rawHtml, fc.string({ maxLength: 40 })) : block, { maxLength: 12 })
    .map((blocks) => blocks.join('\n\n'));

/** The text a reader gets from HTML: tags dropped, entities decoded. */
export function plainText(html: string): string {
  let text = '';
  const parser = new Parser({ ontext: (chunk) => (text += chunk) }, { decodeEntities: true });
  parser.end(html);
  return text;
}
