import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/render-markdown.js';
import { whenCode } from '../../src/render/when-code.js';

const element = (tagName: string, children: Root['children'] = []) =>
  ({ type: 'element', tagName, properties: {}, children }) as Root['children'][number];
const text = (value: string) => ({ type: 'text', value }) as Root['children'][number];

/** Runs the wrapped spy plugin on a tree and says whether the plugin's transform ran. */
function ran(tree: Root): boolean {
  let calls = 0;
  const plugin = () => () => {
    calls++;
  };
  (whenCode(plugin) as () => (tree: Root) => void)()(tree);
  return calls === 1;
}

describe('whenCode', () => {
  it('runs the highlighter on code blocks and on inline code with a {:lang} hint, anywhere in the tree', () => {
    expect(
      ran({ type: 'root', children: [element('ul', [element('li', [element('pre', [element('code')])])])] }),
    ).toBe(true);
    expect(ran({ type: 'root', children: [element('p', [element('code', [text('x{:js}')])])] })).toBe(true);
  });

  it('skips trees without anything the highlighter changes', () => {
    expect(
      ran({ type: 'root', children: [element('p', [text('no code'), element('code', [text('plain')])])] }),
    ).toBe(false);
    expect(ran({ type: 'root', children: [] })).toBe(false);
  });

  it('leaves rendering as it was: inline hints still highlighted, plain inline code untouched', async () => {
    const { html } = await renderMarkdown('Run `npm i{:sh}` then `plain`.\n');
    expect(html).toContain('data-language="sh"');
    expect(html).toContain('<code>plain</code>');
  });
});
