// Imports the BUILT package (dist/, what npm users get) rather than the sources.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const built = '../dist/index.js';

describe('@inkwell/core as built', () => {
  it('renders markdown with highlighted code', async () => {
    const { renderMarkdown } = await import(built);
    const { html, headings } = await renderMarkdown('## Hello\n\n```js\nconst x = 1;\n```\n');
    expect(headings).toEqual([{ depth: 2, id: 'hello', text: 'Hello' }]);
    expect(html).toContain('--shiki-dark');
  });

  it('loads a folder of posts', async () => {
    const { loadPosts } = await import(built);
    const dir = mkdtempSync(join(tmpdir(), 'inkwell-built-'));
    try {
      writeFileSync(join(dir, 'hello.md'), '---\ntitle: Hello\ndate: 2025-11-18\n---\n\nFirst post.\n');
      const posts = await loadPosts({ dir, cache: false });
      expect(posts).toHaveLength(1);
      expect(posts[0]).toMatchObject({ slug: 'hello', title: 'Hello', date: '2025-11-18T00:00:00.000Z' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
