import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/render-markdown.js';

// Found by this suite (issue 10): a fence meta line range was expanded into an array by
// parse-numeric-range inside rehype-pretty-code (`lineNumbers.push(...rangeParser(range))`).
// `{1-1000000}` threw "RangeError: Maximum call stack size exceeded" out of renderMarkdown;
// `{1-9999999999}` made V8 abort the whole Node process ("Fatal JavaScript invalid size error"), which
// no try/catch or onInvalid: 'skip' can survive. Fixed in src/render/code-meta-ranges.ts: ranges are
// clamped to the block's lines (word occurrences to its length) right before the highlighter, with a
// warning. The fatal size is tested too: clamped, it never reaches parse-numeric-range.

describe('code fence line ranges', () => {
  it('a huge line range renders the block (clamped) instead of throwing', async () => {
    const { html, warnings } = await renderMarkdown('```js {1-1000000}\nconst a = 1;\n```', {
      file: 'huge.md',
    });
    expect(html).toContain('data-highlighted-line');
    expect(warnings).toEqual([
      expect.stringMatching(/^huge\.md:1:1 {2}Code highlight range .*\{1-1000000\} → \{1\}/),
    ]);
  });

  it('a range large enough to abort the process renders the block', async () => {
    const { html } = await renderMarkdown(
      '```js {2-9999999999}\nconst a = 1;\nconst b = 2;\nconst c = 3;\n```',
    );
    expect(html.match(/data-highlighted-line/g)).toHaveLength(2);
    expect(html).toContain('const');
  });

  it('a huge range in a raw HTML code block is clamped too', async () => {
    const { html } = await renderMarkdown(
      '<pre><code class="language-js" data-inkwell-meta="{1-9999999999}">a\nb</code></pre>',
    );
    expect(html.match(/data-highlighted-line/g)).toHaveLength(2);
  });

  it('a huge word-occurrence range renders the block instead of throwing', async () => {
    const { html } = await renderMarkdown('```js /a/1-1000000\nconst a = 1;\n```');
    expect(html).toContain('data-highlighted-chars');
  });

  it('a word-occurrence range too large to allocate renders the block', async () => {
    const { html } = await renderMarkdown('```js /a/1-9999999999\nconst a = 1;\n```');
    expect(html).toContain('data-highlighted-chars');
  });
});
