import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { loadPosts } from '../../src/index.js';
import { fixtures, post, postsFolder } from './helpers.js';

const blog = path.join(fixtures, 'blog');
const now = new Date('2026-01-01T00:00:00Z');

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('loadPosts on a folder of posts', () => {
  test('finds .md and .mdx files recursively, newest first then by slug, with slugs from names', async () => {
    const posts = await loadPosts({ dir: blog, cache: false, now });
    expect(posts.map((p) => [p.slug, p.file])).toEqual([
      ['future-post', 'future-post.md'],
      ['hello-world', '2025-11-18-hello-world.md'],
      ['toml-post', 'toml-post.md'],
      ['json-post', 'json-post.md'],
      // Same date: ordered by slug.
      ['custom-slug', 'nested/mdx-post.mdx'],
      ['folder-post', '2025-06-01-folder-post/index.md'],
      ['draft-post', 'draft-post.md'],
      ['cafe-creme', 'café-crème.md'],
      ['你好', '你好.md'],
    ]);
  });

  test('ignores files and folders starting with _ or ., and files that are not markdown', async () => {
    const posts = await loadPosts({ dir: blog, cache: false, now });
    const files = posts.map((p) => p.file);
    expect(files).not.toContain('_partial.md');
    expect(files.some((file) => file.startsWith('.hidden'))).toBe(false);
    expect(files).not.toContain('notes.txt');
  });

  test('YAML, TOML and JSON frontmatter all become the same kind of post', async () => {
    const posts = await loadPosts({ dir: blog, cache: false, now });
    const bySlug = new Map(posts.map((p) => [p.slug, p]));
    expect(bySlug.get('hello-world')).toMatchObject({
      title: 'Hello, world',
      description: 'The first post.',
      date: '2025-11-18T00:00:00.000Z',
      tags: ['intro', 'meta'],
      draft: false,
      headings: [{ depth: 2, id: 'getting-started', text: 'Getting started' }],
    });
    expect(bySlug.get('toml-post')).toMatchObject({
      title: 'A TOML post',
      date: '2025-10-01T07:30:00.000Z',
      tags: ['toml'],
      audio: { src: '/audio/toml.mp3', duration: 95 },
    });
    expect(bySlug.get('json-post')).toMatchObject({
      title: 'A JSON post',
      date: '2025-09-15T00:00:00.000Z',
      series: { name: 'Formats', part: 2 },
    });
    expect(bySlug.get('folder-post')).toMatchObject({
      coverImage: './cover.png',
      coverImageAlt: 'A folder on a desk',
    });
  });

  test('description falls back to the excerpt', async () => {
    const posts = await loadPosts({ dir: blog, cache: false, now });
    const toml = posts.find((p) => p.slug === 'toml-post');
    expect(toml?.excerpt).toBe('Written with TOML frontmatter.');
    expect(toml?.description).toBe(toml?.excerpt);
  });

  test('posts are plain JSON with no undefined fields, and loading twice gives the same array', async () => {
    const first = await loadPosts({ dir: blog, cache: false, now });
    const second = await loadPosts({ dir: blog, cache: false, now });
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
    expect(second).toEqual(first);
    for (const p of first) expect(Object.values(p)).not.toContain(undefined);
    expect(Object.keys(first.find((p) => p.slug === 'hello-world') ?? {}).sort()).toEqual(
      [
        'date',
        'description',
        'draft',
        'excerpt',
        'file',
        'headings',
        'html',
        'readingTime',
        'slug',
        'tags',
        'title',
      ].sort(),
    );
  });

  test('unicode titles and file names give usable slugs', async () => {
    const dir = await postsFolder({
      'Ünïcödé Fïlé.md': post('title: Ünïcödé\ndate: 2025-01-01'),
      'Привет мир.md': post('title: Привет\ndate: 2025-01-02'),
      'emoji.md': post('title: 🎉 Party\ndate: 2025-01-03\nslug: 🎉 Party Time!'),
    });
    const posts = await loadPosts({ dir, cache: false });
    expect(posts.map((p) => p.slug)).toEqual(['party-time', 'привет-мир', 'unicode-file']);
  });
});

describe('drafts and scheduled posts', () => {
  test('are included outside production', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    const slugs = (await loadPosts({ dir: blog, cache: false, now })).map((p) => p.slug);
    expect(slugs).toContain('draft-post');
    expect(slugs).toContain('future-post');
  });

  test('are left out when NODE_ENV=production', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const slugs = (await loadPosts({ dir: blog, cache: false, now })).map((p) => p.slug);
    expect(slugs).not.toContain('draft-post');
    expect(slugs).not.toContain('future-post');
    expect(slugs).toHaveLength(7);
  });

  test('options override the environment either way', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const both = (await loadPosts({ dir: blog, cache: false, now, drafts: true, future: true })).map(
      (p) => p.slug,
    );
    expect(both).toEqual(expect.arrayContaining(['draft-post', 'future-post']));
    vi.stubEnv('NODE_ENV', 'development');
    const neither = (await loadPosts({ dir: blog, cache: false, now, drafts: false, future: false })).map(
      (p) => p.slug,
    );
    expect(neither).not.toContain('draft-post');
    expect(neither).not.toContain('future-post');
  });

  test('a post is in the future relative to `now`', async () => {
    const later = new Date('2100-01-01T00:00:00Z');
    const slugs = (await loadPosts({ dir: blog, cache: false, now: later, future: false })).map(
      (p) => p.slug,
    );
    expect(slugs).toContain('future-post');
  });
});

describe('options', () => {
  test('filter leaves out files that are not posts, before validation', async () => {
    const dir = await postsFolder({
      'index.md': '---\ntitle: Blog\nlayout: blog-category\n---\n',
      'a.md': post('title: A\ndate: 2025-01-01\nlayout: blog-post'),
    });
    const seen: string[] = [];
    const posts = await loadPosts({
      dir,
      cache: false,
      filter: ({ file, frontmatter }) => {
        seen.push(file);
        return frontmatter.layout === 'blog-post';
      },
    });
    expect(seen.sort()).toEqual(['a.md', 'index.md']);
    expect(posts.map((p) => p.slug)).toEqual(['a']);
  });

  test('onProgress reports rendering progress', async () => {
    const progress: [number, number][] = [];
    await loadPosts({
      dir: blog,
      cache: false,
      now,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(progress.at(-1)).toEqual([9, 9]);
  });

  test('rendering warnings reach onWarning, naming the file', async () => {
    const dir = await postsFolder({
      'code.md': post('title: Code\ndate: 2025-01-01', '```nosuchlanguage\nx\n```'),
    });
    const warnings: string[] = [];
    await loadPosts({ dir, cache: false, onWarning: (warning) => warnings.push(warning) });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^code\.md:6:1 .*nosuchlanguage/);
  });

  test('dir defaults to content/posts under the working directory', async () => {
    const dir = await postsFolder({ 'content/posts/a.md': post('title: A\ndate: 2025-01-01') });
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect((await loadPosts({ cache: false })).map((p) => p.file)).toEqual(['a.md']);
    } finally {
      process.chdir(cwd);
    }
  });
});
