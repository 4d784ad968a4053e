import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedReferences } from '../../src/check/references-cache.js';
import { postsFolder } from '../load/helpers.js';

const markdown = 'See [b](/posts/b/), [far](https://example.com/) and ![](https://example.com/a.png).';

async function cacheFile(cache: string): Promise<string> {
  const [name] = await readdir(path.join(cache, 'check'));
  return path.join(cache, 'check', name ?? '');
}

describe('the links cache of inkwell check', () => {
  it('keeps internal links and every image, and reads them back instead of parsing again', async () => {
    const cache = await postsFolder({});
    const first = await cachedReferences([markdown], 'posts', cache);
    expect(first).toEqual([
      [
        { kind: 'link', url: '/posts/b/', line: 1, column: 5 },
        { kind: 'image', url: 'https://example.com/a.png', line: 1, column: 53 },
      ],
    ]);
    // Prove the second call reads the file: change what it holds.
    const file = await cacheFile(cache);
    const stored = JSON.parse(await readFile(file, 'utf8'));
    for (const key of Object.keys(stored.entries))
      stored.entries[key] = [{ kind: 'link', url: '/from-cache/', line: 9, column: 9 }];
    await writeFile(file, JSON.stringify(stored));
    expect((await cachedReferences([markdown], 'posts', cache))[0]?.[0]?.url).toBe('/from-cache/');
    // Edited text is parsed again, and entries of texts no longer there are dropped.
    const edited = await cachedReferences(['[c](/posts/c/)'], 'posts', cache);
    expect(edited[0]?.[0]?.url).toBe('/posts/c/');
    expect(Object.keys(JSON.parse(await readFile(file, 'utf8')).entries)).toHaveLength(1);
  });

  it('parses again when the file is damaged, and without a cache folder', async () => {
    const cache = await postsFolder({});
    await cachedReferences([markdown], 'posts', cache);
    await writeFile(await cacheFile(cache), '{ not json');
    expect((await cachedReferences([markdown], 'posts', cache))[0]).toHaveLength(2);
    expect((await cachedReferences([markdown], 'posts', false))[0]).toHaveLength(2);
  });
});
