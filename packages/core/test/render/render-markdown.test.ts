import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/render-markdown.js';

const render = (markdown: string, options = {}) => renderMarkdown(markdown, { file: 'post.md', ...options });

describe('code blocks', () => {
  // First in this file on purpose: the first block of a grammar is the slowest to tokenize, and shiki's
  // default per-line time limit used to colour it differently from later ones.
  it('colours the first block of a process like every later one', async () => {
    const block = '```js\nconst n = 0;\n```';
    const first = await render(block);
    const second = await render(block);
    expect(first.html).toBe(second.html);
    expect(first.html).toContain('<span style="--shiki-light:#005CC5;--shiki-dark:#6CB6FF"> 0</span>');
  });

  it('emits both themes as CSS variables, with the theme names on the block', async () => {
    const { html } = await render('```js\nconst a = 1;\n```');
    expect(html).toContain('data-theme="github-light github-dark-dimmed"');
    expect(html).toMatch(/style="--shiki-light:#[0-9A-Fa-f]{3,6};--shiki-dark:#[0-9A-Fa-f]{3,6}"/);
    expect(html).toContain('--shiki-light-bg:');
    expect(html).toContain('--shiki-dark-bg:');
  });

  it('uses configured themes', async () => {
    const { html } = await render('```js\nx\n```', { themes: { light: 'min-light', dark: 'nord' } });
    expect(html).toContain('data-theme="min-light nord"');
  });

  it('renders the title, highlighted lines and words, and line numbers from the fence meta', async () => {
    const { html } = await render('```js title="a.js" {2} /foo/ showLineNumbers\nlet foo;\nfoo = 1;\n```');
    expect(html).toContain('<figcaption data-rehype-pretty-code-title="" data-language="js"');
    expect(html).toContain('>a.js</figcaption>');
    expect(html.match(/<span data-line="" data-highlighted-line="">/g)).toHaveLength(1);
    expect(html.match(/<mark data-highlighted-chars="">/g)).toHaveLength(2);
    expect(html).toContain('<code data-line-numbers=""');
  });

  it('adds an accessible copy button without inline JavaScript', async () => {
    const { html } = await render('```sh\nnpm i\n```');
    expect(html).toContain(
      '<button type="button" class="inkwell-copy" data-inkwell-copy="" aria-label="Copy code">',
    );
    expect(html).not.toMatch(/\son[a-z]+=/);
    const { html: without } = await render('```sh\nnpm i\n```', { copyButton: false });
    expect(without).not.toContain('data-inkwell-copy');
  });

  it('renders an unknown language as plain text with one warning naming the file and line', async () => {
    const { html, warnings } = await render('Text\n\n```klingon\nQapla\n```\n\n```klingon\nagain\n```');
    expect(html).toContain('data-language="plaintext"');
    expect(html).toContain('Qapla');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^post\.md:3:1 {2}Unknown code language "klingon"/);
  });

  it('emits mermaid fences untouched, with their line, for drawing or client-side rendering', async () => {
    const { html } = await render('```mermaid\ngraph TD\n  A --> B\n```');
    expect(html).toBe('<pre class="mermaid" data-line="1">graph TD\n  A --> B</pre>');
  });
});

describe('headings', () => {
  it('gets unique GitHub-style ids, anchor links, and a table of contents', async () => {
    const { html, headings } = await render('# Hello, World!\n\n## Use `npm`\n\n## Use `npm`');
    expect(headings).toEqual([
      { depth: 1, id: 'hello-world', text: 'Hello, World!' },
      { depth: 2, id: 'use-npm', text: 'Use npm' },
      { depth: 2, id: 'use-npm-1', text: 'Use npm' },
    ]);
    expect(html).toContain(
      '<h2 id="use-npm-1"><a class="inkwell-heading-anchor" href="#use-npm-1">Use <code>npm</code></a></h2>',
    );
  });
});

describe('links and images', () => {
  it('marks external links noopener noreferrer and leaves internal ones alone', async () => {
    const { html } = await render('[a](https://x.dev) [b](/local) [c](#frag)');
    expect(html).toContain('<a href="https://x.dev" rel="noopener noreferrer">a</a>');
    expect(html).toContain('<a href="/local">b</a>');
    expect(html).toContain('<a href="#frag">c</a>');
  });

  it('lazy-loads every image but the first and keeps their alt text', async () => {
    const { html } = await render('![A dog](dog.png)\n\n![A cat](cat.png)');
    expect(html).toContain('<img src="dog.png" alt="A dog">');
    expect(html).toContain('<img src="cat.png" alt="A cat" loading="lazy" decoding="async">');
  });
});

describe('sanitizing', () => {
  const dangerous = [
    '<script>alert(1)</script>',
    '[x](javascript:alert(1))',
    '<a href="jAvAsCrIpT:alert(1)">x</a>',
    '<img src=x onerror="alert(1)">',
    '<svg><script>alert(1)</script></svg>',
    '<iframe src="https://evil.example"></iframe>',
    '<p style="position:fixed;inset:0">cover</p>',
    '<form action="https://evil.example"><input name="password"></form>',
  ];

  it.each(dangerous)('removes what is dangerous in %s', async (markdown) => {
    const { html } = await render(markdown);
    expect(html.toLowerCase()).not.toMatch(/<script|javascript:|\son[a-z]+=|<iframe|style="position|<form/);
  });

  it('keeps safe raw HTML', async () => {
    const { html } = await render('<details><summary>More</summary>\n\n**Hidden**\n\n</details>');
    expect(html).toContain('<details><summary>More</summary>');
    expect(html).toContain('<strong>Hidden</strong>');
  });

  it('keeps trusted raw HTML with sanitize: false', async () => {
    const { html } = await render('<div style="color:red" onclick="go()">x</div>', { sanitize: false });
    expect(html).toContain('<div style="color:red" onclick="go()">x</div>');
  });

  it('accepts a custom schema and still keeps code titles', async () => {
    const { defaultSanitizeSchema } = await import('../../src/render/sanitize-schema.js');
    const schema = {
      ...defaultSanitizeSchema,
      tagNames: [...(defaultSanitizeSchema.tagNames ?? []), 'video'],
      attributes: { ...defaultSanitizeSchema.attributes, video: ['src', 'controls'] },
    };
    const { html } = await render(
      '<video src="a.mp4" controls onplay="x()"></video>\n\n```js title="t.js"\nx\n```',
      {
        sanitize: schema,
      },
    );
    expect(html).toContain('<video src="a.mp4" controls></video>');
    expect(html).toContain('>t.js</figcaption>');
  });

  it('links footnote references to their (prefixed) footnotes', async () => {
    const { html } = await render('Fast[^1].\n\n[^1]: V8.');
    expect(html).toContain('href="#user-content-fn-1" id="user-content-fnref-1"');
    expect(html).toContain('<li id="user-content-fn-1">');
    expect(html).toContain('href="#user-content-fnref-1"');
  });
});

describe('excerpt', () => {
  it('is the plain text before <!-- more --> when present, and the marker leaves no trace', async () => {
    const { excerpt, html } = await render(
      'Intro with **bold** and [a link](/x).\n\nSecond.\n\n<!-- more -->\n\nRest.',
    );
    expect(excerpt).toBe('Intro with bold and a link. Second.');
    expect(html).not.toContain('more');
  });

  it('otherwise cuts the first paragraphs near 200 characters at a word boundary', async () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const { excerpt } = await render(`# Title\n\n${words}`);
    expect(excerpt.length).toBeLessThanOrEqual(201);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(words.startsWith(excerpt.slice(0, -1))).toBe(true);
    expect(excerpt.slice(0, -1)).toMatch(/word\d+$/);
  });

  it('joins a short first paragraph with the next, and drops code, HTML and images', async () => {
    const { excerpt } = await render(
      'Hi!\n\n```js\ncode()\n```\n\n<div>html</div>\n\nSee ![logo](l.png) the `api` docs.',
    );
    expect(excerpt).toBe('Hi! See the api docs.');
  });
});

describe('reading time', () => {
  it('counts prose words, not code', async () => {
    const prose = Array.from({ length: 450 }, () => 'word').join(' ');
    const code = Array.from({ length: 2000 }, () => 'token').join(' ');
    const { readingTime } = await render(`${prose}\n\n\`\`\`js\n${code}\n\`\`\``);
    expect(readingTime).toEqual({ minutes: 3, words: 450, text: '3 min read' });
  });

  it('is at least one minute, and counts CJK characters', async () => {
    expect((await render('Hi.')).readingTime.minutes).toBe(1);
    const { readingTime } = await render('日本語の文章です。'.repeat(100));
    expect(readingTime.words).toBeGreaterThan(500);
    expect(readingTime.minutes).toBeGreaterThanOrEqual(3);
  });
});

describe('plugins', () => {
  it('runs user remark plugins before rehype and rehype plugins after Inkwell’s transforms', async () => {
    const order: string[] = [];
    const remarkPlugin = () => () => {
      order.push('remark');
    };
    const rehypePlugin = () => (tree: { children: unknown[] }) => {
      order.push('rehype');
      tree.children.push({
        type: 'element',
        tagName: 'aside',
        properties: { style: 'color:red' },
        children: [],
      });
    };
    const { html } = await render('# T', { remarkPlugins: [remarkPlugin], rehypePlugins: [rehypePlugin] });
    expect(order).toEqual(['remark', 'rehype']);
    // Added after sanitizing, so it is trusted and kept.
    expect(html).toContain('<aside style="color:red"></aside>');
  });
});
