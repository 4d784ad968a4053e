import { mkdtemp, rename, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPosts } from '../../src/load/load-posts.js';
import type { MarkdownOptions } from '../../src/render/options.js';

// `loadPosts` called again in one process (a dev server on every request) answers from memory for
// unchanged files and re-renders only what changed; each result must equal a cold run's.

let dir: string;
let rendered: string[];
/** Counts renders: a remark plugin sees every post that is actually rendered. */
const markdown: MarkdownOptions = {
  remarkPlugins: [() => (_tree: unknown, file: { path: string }) => void rendered.push(file.path)],
};
const post = (title: string, body = `Text of ${title}.`) =>
  `---\ntitle: ${title}\ndate: 2025-01-02\n---\n\n# ${title}\n\n${body}\n`;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inkwell-repeat-'));
  for (let i = 0; i < 6; i++) await writeFile(join(dir, `p${i}.md`), post(`Post ${i}`));
  rendered = [];
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const repeat = () => loadPosts({ dir, cache: false, markdown, onWarning: () => {} });
const cold = () => loadPosts({ dir, cache: false, memory: false, onWarning: () => {} });

describe('loadPosts called again in one process', () => {
  it('with nothing changed renders nothing and returns the same posts', async () => {
    const first = await repeat();
    expect(rendered).toHaveLength(6);
    rendered = [];
    expect(await repeat()).toEqual(first);
    expect(rendered).toEqual([]);
    expect(await repeat()).toEqual(await cold());
  });

  it('after an edit re-renders that post only', async () => {
    await repeat();
    rendered = [];
    await writeFile(join(dir, 'p3.md'), post('Post 3', 'Edited text.'));
    const posts = await repeat();
    expect(rendered).toEqual(['p3.md']);
    expect(posts).toEqual(await cold());
    expect(posts.find((found) => found.file === 'p3.md')?.html).toContain('Edited text.');
  });

  it('after an added post renders it only', async () => {
    await repeat();
    rendered = [];
    await writeFile(join(dir, 'new.md'), post('New'));
    const posts = await repeat();
    expect(rendered).toEqual(['new.md']);
    expect(posts).toHaveLength(7);
    expect(posts).toEqual(await cold());
  });

  it('after a deleted post renders nothing and leaves it out', async () => {
    await repeat();
    rendered = [];
    await unlink(join(dir, 'p1.md'));
    const posts = await repeat();
    expect(rendered).toEqual([]);
    expect(posts.map((found) => found.file)).not.toContain('p1.md');
    expect(posts).toEqual(await cold());
  });

  it('after a rename renders the renamed file only, under its new slug', async () => {
    await repeat();
    rendered = [];
    await rename(join(dir, 'p2.md'), join(dir, 'renamed.md'));
    const posts = await repeat();
    expect(rendered).toEqual(['renamed.md']);
    expect(posts.map((found) => found.slug)).toContain('renamed');
    expect(posts).toEqual(await cold());
  });

  it('a file touched without a change is hashed, not rendered again', async () => {
    await repeat();
    rendered = [];
    const later = new Date(Date.now() + 60_000);
    await utimes(join(dir, 'p4.md'), later, later);
    expect(await repeat()).toEqual(await cold());
    expect(rendered).toEqual([]);
  });

  it('an edit that keeps the size and time is still seen (the inode or ctime changes)', async () => {
    await repeat();
    rendered = [];
    const path = join(dir, 'p5.md');
    const { stat } = await import('node:fs/promises');
    const before = await stat(path);
    await writeFile(path, post('Post 5', 'Text of Post X.'));
    await utimes(path, before.atime, before.mtime);
    const posts = await repeat();
    expect(rendered).toEqual(['p5.md']);
    expect(posts).toEqual(await cold());
  });

  it('a new schema object starts from scratch', async () => {
    await repeat();
    rendered = [];
    const { postSchema } = await import('../../src/schema/post-schema.js');
    await loadPosts({ dir, cache: false, markdown, schema: postSchema.extend({}), onWarning: () => {} });
    expect(rendered).toHaveLength(6);
  });
});
