// Imports the BUILT package (dist/, what npm users get) rather than the sources.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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

  it('serves the copy-button contract from @inkwell/core/copy-button with no imports to pull in', async () => {
    const packageJson = JSON.parse(readFileSync(join(import.meta.dirname, '../package.json'), 'utf8'));
    const entry = packageJson.exports['./copy-button'];
    const file = join(import.meta.dirname, '..', entry.default);
    const { copyButtonContract } = await import(file);
    const { copyButtonContract: source } = await import('../src/shared/copy-button-contract.js');
    expect(copyButtonContract).toEqual(source);
    // Follow every import of the entry: only the package's own chunks, none with a dependency,
    // so a browser bundle that takes the contract takes nothing else.
    const seen = new Set<string>();
    const visit = (path: string): void => {
      if (seen.has(path)) return;
      seen.add(path);
      for (const [, specifier = ''] of readFileSync(path, 'utf8').matchAll(/\bfrom\s+["']([^"']+)["']/g)) {
        expect(specifier, `${path} imports ${specifier}`).toMatch(/^\.\.?\//);
        visit(join(dirname(path), specifier));
      }
    };
    visit(file);
    expect(readFileSync(join(import.meta.dirname, '..', entry.types), 'utf8')).toContain(
      'copyButtonContract',
    );
  });
});
