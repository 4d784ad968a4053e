import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, expectTypeOf, test } from 'vitest';
import { z } from 'zod';
import { loadPosts, type Post, PostValidationError, postSchema } from '../../src/index.js';
import { nodejsBlogSchema as nodejsBlogSchemaFor, onlyBlogPosts } from './nodejs-blog.mjs';

const repoRoot = path.resolve(fileURLToPath(import.meta.url), '../../../../..');
const corpus = process.env.INKWELL_CORPUS ?? path.resolve(repoRoot, '../shared/corpus/nodejs-blog');
const exists = existsSync(corpus);
if (!exists)
  console.warn(`Skipping the Node.js blog corpus tests: ${corpus} not found (set INKWELL_CORPUS).`);

const nodejsBlogSchema = nodejsBlogSchemaFor(z, postSchema);

describe.skipIf(!exists)('the Node.js blog corpus', () => {
  let posts: Post<{ author: string; canonical?: string }>[];

  beforeAll(async () => {
    const start = performance.now();
    // The default render cache: the first run renders every post, later runs read unchanged ones back.
    posts = await loadPosts({ dir: corpus, schema: nodejsBlogSchema, filter: onlyBlogPosts });
    const seconds = (performance.now() - start) / 1000;
    console.info(`loadPosts over ${posts.length} Node.js blog posts: ${seconds.toFixed(2)} s`);
  }, 600_000);

  test('loads every post: 1,050 markdown files minus the category index page', () => {
    expect(posts).toHaveLength(1049);
    expectTypeOf(posts[0]?.author).toEqualTypeOf<string | undefined>();
    expect(new Set(posts.map((post) => post.slug)).size).toBe(1049);
  });

  test('maps category to tags and keeps the author', () => {
    const release = posts.find((post) => post.file === 'release/v0.10.0.md');
    expect(release).toMatchObject({
      slug: 'v0.10.0',
      title: 'Node.js 0.10.0 (Stable)',
      date: '2013-03-11T16:00:00.000Z',
      author: 'Isaac Z. Schlueter',
      tags: ['release'],
      draft: false,
    });
    expect(release?.html).toContain('<h2');
    expect(release?.headings.map((heading) => heading.text)).toContain('Streams2');
    const uncategorized = posts.find((post) => post.file === 'uncategorized/bnoordhuis-departure.md');
    expect(uncategorized).toMatchObject({ title: "Ben Noordhuis's Departure", tags: [] });
    expect(posts.filter((post) => post.tags[0] === 'release')).toHaveLength(804);
  });

  test('reads .mdx files and frontmatter slugs', () => {
    const migration = posts.find((post) => post.file === 'migrations/v22-to-v24.mdx');
    expect(migration).toMatchObject({
      slug: 'v22-to-v24',
      title: 'Node.js v22 to v24',
      tags: ['migrations'],
    });
    const security = posts.find((post) => post.file === 'vulnerability/april-2024-security-releases-2.md');
    expect(security?.slug).toBe('april-2024-security-releases-2');
    const mikeal = posts.find((post) => post.file === 'announcements/mikeal.md');
    expect(mikeal?.canonical).toBe('https://openjsf.org/blog/in-memory-of-mikeal-rogers');
  });

  test('sorts newest first, then by slug', () => {
    expect(posts[0]).toMatchObject({
      file: 'events/nodejs-interactive-2026.md',
      date: '2026-08-14T00:00:00.000Z',
    });
    for (let index = 1; index < posts.length; index++) {
      const previous = posts[index - 1] as Post;
      const current = posts[index] as Post;
      const order =
        Date.parse(previous.date) - Date.parse(current.date) || (previous.slug < current.slug ? 1 : -1);
      expect(order, `${previous.file} before ${current.file}`).toBeGreaterThan(0);
    }
  });

  test('without the filter, the category index page is reported clearly, and only it', async () => {
    const error = await loadPosts({ dir: corpus, schema: nodejsBlogSchema, cache: false }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PostValidationError);
    expect((error as PostValidationError).message.split('\n')).toEqual([
      'index.md:1:1  date  is missing; add a line like date: 2025-11-18',
      'index.md:1:1  author  is missing; this field is required',
      'index.md:4:1  has no text after the frontmatter; write the post below the closing ---',
    ]);
  });
});
