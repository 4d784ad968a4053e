import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadPosts, type Post } from '../../src/index.js';
import { findChromium } from '../../src/render/mermaid-browser.js';
import { post } from '../load/helpers.js';

const browser = findChromium();
if (!browser) console.warn('mermaid-diagrams.test: no Chromium found (set CHROMIUM_PATH): skipped');

const flowchart =
  '```mermaid\ngraph TD\n  accTitle: How a post is built\n  A[Markdown] -->|render| B(HTML)\n  B --> C{Cached?}\n```';
const sequence = '```mermaid\nsequenceDiagram\n  Reader->>Blog: GET /posts/\n  Blog-->>Reader: 200 OK\n```';
const broken = 'Intro.\n\n```mermaid\ngraph TD\n  A-->B\n  B-->>>\n```\n';

describe.skipIf(!browser)('mermaid fences drawn at build time', () => {
  let dir: string;
  let cache: string;
  let posts: Post[];
  const warnings: string[] = [];
  const byFile = (file: string) => posts.find((one) => one.file === file) as Post;

  beforeAll(async () => {
    // Not postsFolder(): that one is removed after each test, and the warm build is a later test.
    dir = await mkdtemp(path.join(tmpdir(), 'inkwell-diagram-posts-'));
    const files: Record<string, string> = {
      'drawn.md': post('title: Drawn\ndate: 2025-01-01', `${flowchart}\n\nBetween.\n\n${sequence}\n`),
      'broken.md': post('title: Broken\ndate: 2025-01-02', broken),
      'plain.md': post('title: Plain\ndate: 2025-01-03', '```js\nconst a = 1;\n```\n'),
    };
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
    cache = await mkdtemp(path.join(tmpdir(), 'inkwell-diagram-cache-'));
    posts = await loadPosts({ dir, cache, onWarning: (warning) => warnings.push(warning) });
  }, 120_000);
  afterAll(async () => {
    await rm(cache, { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
  });

  test('a fence becomes a figure with a light and a dark SVG, each an img with an accessible name', () => {
    const { html } = byFile('drawn.md');
    expect(html).not.toContain('<pre class="mermaid"');
    expect(html.match(/<figure class="inkwell-diagram"/g)).toHaveLength(2);
    expect(html.match(/data-scheme="light"><svg/g)).toHaveLength(2);
    expect(html.match(/data-scheme="dark"><svg/g)).toHaveLength(2);
    // accTitle becomes the SVG's <title>; a diagram without one is named by its type.
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="chart-title-diagram-[\da-f]{8}-1-light"/);
    expect(html).toContain('>How a post is built</title>');
    expect(html).toMatch(/<svg aria-label="Sequence diagram"[^>]*role="img"/);
    expect(html).toContain('>Markdown<');
  });

  test('ids are unique across the two drawings and the page', () => {
    const ids = [...byFile('drawn.md').html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    const svgIds = ids.filter((id) => id?.startsWith('diagram-'));
    expect(svgIds.length).toBeGreaterThan(10);
    expect(new Set(svgIds).size).toBe(svgIds.length);
  });

  test('the source is kept in a copyable code block', () => {
    const { html } = byFile('drawn.md');
    expect(html).toContain('<summary>Diagram source</summary>');
    expect(html).toContain('<span data-line="">  A[Markdown] --&gt;|render| B(HTML)</span>');
    expect(html.match(/data-inkwell-copy=""/g)).toHaveLength(2);
  });

  test('a syntax error is a warning at its file and line, and the diagram is shown as code', () => {
    const { html } = byFile('broken.md');
    expect(html).toContain('data-diagram-state="source"');
    expect(html).toContain('<span data-line="">  B--&gt;&gt;&gt;</span>');
    const warning = warnings.find((one) => one.startsWith('broken.md'));
    // The fence opens on line 8 of the file (4 frontmatter lines, a blank, "Intro.", a blank); its third line is 11.
    expect(warning).toMatch(/^broken\.md:11:1 {2}mermaid diagram not drawn, shown as code: Parse error/);
    expect(posts).toHaveLength(3);
  });

  test('a post without diagrams is untouched', () => {
    expect(byFile('plain.md').html).not.toContain('inkwell-diagram');
  });

  test('a warm build takes every drawing from the cache and never starts a browser', async () => {
    expect(
      (await readdir(path.join(cache, 'diagrams'))).filter((name) => name.endsWith('.json')),
    ).toHaveLength(3);
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    const warm: string[] = [];
    try {
      const again = await loadPosts({
        dir,
        cache,
        memory: false,
        onWarning: (warning) => warm.push(warning),
      });
      expect(again.map((one) => one.html)).toEqual(posts.map((one) => one.html));
      expect(warm.filter((one) => one.includes('not drawn'))).toEqual(
        warnings.filter((one) => one.includes('not drawn')),
      );
      // Without the cache the same build cannot draw: it says why, keeps the source, and does not fail.
      const cold: string[] = [];
      const uncached = await loadPosts({
        dir,
        cache: false,
        memory: false,
        onWarning: (warning) => cold.push(warning),
      });
      expect(uncached.find((one) => one.file === 'drawn.md')?.html).toContain('data-diagram-state="source"');
      expect(cold).toContainEqual(
        expect.stringMatching(
          /^3 mermaid diagrams shown as code, not drawn: could not start \/nonexistent\/chromium/,
        ),
      );
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  }, 60_000);
});
