import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPosts } from '../../src/load/load-posts.js';
import { rewriteIntact } from '../cache/entry-file.js';

// The render cache seen through loadPosts (packages/core/test/cache covers RenderCache and renderPosts:
// garbage, truncated, same-length corruption, option/plugin changes, concurrent renderPosts): a
// format-version mismatch, a same-length corruption of the cached HTML, and two concurrent loadPosts
// over one cache directory.

let posts: string;
let cache: string;
beforeAll(async () => {
  posts = await mkdtemp(join(tmpdir(), 'inkwell-cache-posts-'));
  cache = await mkdtemp(join(tmpdir(), 'inkwell-cache-dir-'));
  for (let i = 0; i < 12; i++) {
    await writeFile(
      join(posts, `p${i}.md`),
      `---\ntitle: Post ${i}\ndate: 2025-01-${10 + i}\n---\n\n# Post ${i}\n\nBody ${i}.\n`,
    );
  }
});
afterAll(async () => {
  await rm(posts, { recursive: true, force: true });
  await rm(cache, { recursive: true, force: true });
});

// `memory: false`: these tests are about the disk cache, not this process's memory of the last call.
const load = () => loadPosts({ dir: posts, cache, memory: false, onWarning: () => {} });
const entries = async () => (await readdir(join(cache, 'render'))).filter((name) => name.endsWith('.html'));
const rewriteEntries = async (change: (text: string) => string) => {
  for (const name of await entries()) {
    const path = join(cache, 'render', name);
    await writeFile(path, change(await readFile(path, 'utf8')));
  }
};

describe('the render cache under loadPosts', () => {
  it('two concurrent loadPosts over one empty cache directory give identical output', async () => {
    const expected = await loadPosts({ dir: posts, cache: false, memory: false, onWarning: () => {} });
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toEqual(expected);
    expect(b).toEqual(expected);
    expect(await entries()).toHaveLength(12);
    expect((await readdir(join(cache, 'render'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('an entry written by another cache format version is rebuilt, not served', async () => {
    const expected = await load();
    // Intact otherwise (valid checksum): only the format check can reject it.
    await rewriteEntries((text) =>
      rewriteIntact(text, (meta, html) => [
        meta.replace(/"format":"inkwell-render-\d+"/, '"format":"inkwell-render-0"'),
        html.replace('Body', 'Bodx'),
      ]),
    );
    expect(await load()).toEqual(expected);
  });

  // Found by this suite (issue 10): entries were checked by key and HTML length only, so a flipped
  // byte was served. Each entry now starts with a SHA-256 of its metadata and HTML.
  it('an entry whose HTML is corrupted without changing its length is rebuilt, not served', async () => {
    const expected = await load();
    await rewriteEntries((text) => text.replace(/Body (\d+)/, 'Bxdy $1'));
    expect(await load()).toEqual(expected);
  });
});
