import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RenderCache } from '../../src/cache/render-cache.js';
import { type RenderJob, renderPosts } from '../../src/render/render-posts.js';
import { rewriteIntact } from './entry-file.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inkwell-cache-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const jobs: RenderJob[] = [
  { file: 'a.md', markdown: '# A\n\n```js\nconst a = 1;\n```' },
  { file: 'b.md', markdown: '# B\n\nSome text.' },
];
const entries = async () =>
  (await readdir(join(dir, 'render'))).filter((name) => name.endsWith('.html')).sort();
const quiet = { onWarning: () => {} };

describe('render cache', () => {
  it('serves an unchanged post from the cache without rendering it', async () => {
    const cold = await renderPosts(jobs, { cache: dir, ...quiet });
    expect(await entries()).toHaveLength(2);
    // Tamper with an entry (keeping it well-formed): a hit returns exactly what is stored.
    const [first] = await entries();
    const path = join(dir, 'render', first as string);
    const text = await readFile(path, 'utf8');
    await writeFile(
      path,
      rewriteIntact(text, (meta, html) => [meta, html.replace('</h1>', '</h1><!--from-cache-->')]),
    );
    const warm = await renderPosts(jobs, { cache: dir, ...quiet });
    expect(warm.some((content) => content.html.includes('<!--from-cache-->'))).toBe(true);
    expect(warm.map((content) => content.headings)).toEqual(cold.map((content) => content.headings));
  });

  it('renders again when the content changes, and prunes the stale entry', async () => {
    await renderPosts(jobs, { cache: dir, ...quiet });
    const before = await entries();
    const [changed] = await renderPosts([{ file: 'a.md', markdown: '# A changed' }, jobs[1] as RenderJob], {
      cache: dir,
      ...quiet,
    });
    expect(changed?.headings).toEqual([{ depth: 1, id: 'a-changed', text: 'A changed' }]);
    const after = await entries();
    expect(after).toHaveLength(2);
    expect(after.filter((name) => before.includes(name))).toHaveLength(1);
  });

  it('renders again when the options change', async () => {
    const [light] = await renderPosts(jobs, { cache: dir, ...quiet });
    const [nord] = await renderPosts(jobs, {
      cache: dir,
      markdown: { themes: { light: 'min-light', dark: 'nord' } },
      ...quiet,
    });
    expect(light?.html).toContain('github-light github-dark-dimmed');
    expect(nord?.html).toContain('min-light nord');
  });

  it('treats plugin changes as option changes', async () => {
    const addRule = () => (tree: { children: unknown[] }) => {
      tree.children.push({ type: 'element', tagName: 'hr', properties: {}, children: [] });
    };
    await renderPosts(jobs, { cache: dir, ...quiet });
    const [, b] = await renderPosts(jobs, { cache: dir, markdown: { rehypePlugins: [addRule] }, ...quiet });
    expect(b?.html).toMatch(/<hr>$/);
  });

  it.each([
    ['garbage', () => 'not an entry'],
    ['truncated HTML', (text: string) => text.slice(0, -10)],
    ['broken JSON', (text: string) => text.replace('{"format":', '{"format":{')],
    ['same-length byte flip in the HTML', (text: string) => text.replace('<h1', '<h2')],
    ['same-length change in the metadata', (text: string) => text.replace('"depth":1', '"depth":2')],
    ['empty file', () => ''],
  ])('ignores and rewrites a corrupt entry (%s)', async (_name, corrupt) => {
    const cold = await renderPosts(jobs, { cache: dir, ...quiet });
    for (const name of await entries()) {
      const path = join(dir, 'render', name);
      await writeFile(path, corrupt(await readFile(path, 'utf8')));
    }
    expect(await renderPosts(jobs, { cache: dir, ...quiet })).toEqual(cold);
    const cache = new RenderCache(dir, 'unused');
    expect(await cache.get('a.md', 'x')).toBeUndefined();
    // Rewritten: a third run reads valid entries again.
    for (const name of await entries())
      expect(await readFile(join(dir, 'render', name), 'utf8')).toMatch(/^[0-9a-f]{64}\n\{"format"/);
  });

  it('lets concurrent builds share one cache directory', async () => {
    const many = Array.from({ length: 20 }, (_, i) => ({
      file: `p${i}.md`,
      markdown: `# Post ${i}\n\nBody ${i}.`,
    }));
    const expected = await renderPosts(many, { cache: false, ...quiet });
    const runs = await Promise.all([1, 2, 3].map(() => renderPosts(many, { cache: dir, ...quiet })));
    for (const run of runs) expect(run).toEqual(expected);
    expect(await entries()).toHaveLength(20);
    expect((await readdir(join(dir, 'render'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(await renderPosts(many, { cache: dir, ...quiet })).toEqual(expected);
  });

  it('replays warnings of cached posts', async () => {
    const job = { file: 'x.md', markdown: '```klingon\nQapla\n```' };
    const first: string[] = [];
    const second: string[] = [];
    await renderPosts([job], { cache: dir, onWarning: (warning) => first.push(warning) });
    await renderPosts([job], { cache: dir, onWarning: (warning) => second.push(warning) });
    expect(first).toHaveLength(1);
    expect(second).toEqual(first);
  });

  it('writes nothing with cache: false', async () => {
    await renderPosts(jobs, { cache: false, ...quiet });
    await expect(readdir(join(dir, 'render'))).rejects.toThrow();
  });
});
