import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImageDimensions } from '../../src/images/image-size.js';
import { localImageFile } from '../../src/images/local-image.js';
import { loadPosts } from '../../src/load/load-posts.js';
import { renderMarkdown } from '../../src/render/render-markdown.js';
import { postsFolder } from '../load/helpers.js';
import { png } from './png.js';

const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 630"><rect width="1200" height="630"/></svg>';

async function site() {
  const root = await postsFolder({
    'public/covers/wide.svg': svg,
    'public/img/photo.png': png(40, 30),
    'content/posts/nested/diagram.png': png(12, 7),
  });
  return {
    root,
    images: { publicDir: path.join(root, 'public'), postsDir: path.join(root, 'content/posts') },
  };
}

describe('image sizes', () => {
  it('reads PNG and SVG sizes from the file, and nothing for a missing or non-image file', async () => {
    const { root } = await site();
    expect(readImageDimensions(path.join(root, 'public/img/photo.png'))).toEqual({ width: 40, height: 30 });
    expect(readImageDimensions(path.join(root, 'public/covers/wide.svg'))).toEqual({
      width: 1200,
      height: 630,
    });
    expect(readImageDimensions(path.join(root, 'public/nope.png'))).toBeUndefined();
    const text = await postsFolder({ 'a.png': 'not an image' });
    expect(readImageDimensions(path.join(text, 'a.png'))).toBeUndefined();
  });

  it('finds root paths under the public folder and relative ones next to the post', () => {
    const folders = { publicDir: '/site/public', postsDir: '/site/posts' };
    expect(localImageFile('/img/a%20b.png?v=2#x', 'x/post.md', folders)).toBe('/site/public/img/a b.png');
    expect(localImageFile('./c.png', 'x/post.md', folders)).toBe('/site/posts/x/c.png');
    expect(localImageFile('../c.png', 'x/post.md', folders)).toBe('/site/posts/c.png');
    for (const remote of [
      'https://example.com/a.png',
      '//cdn.example/a.png',
      'data:image/png;base64,AA',
      '',
    ]) {
      expect(localImageFile(remote, 'x/post.md', folders)).toBeUndefined();
    }
  });

  it('gives local images width and height; the first image loads eagerly, the others lazily', async () => {
    const { images } = await site();
    const markdown = [
      '![Wide cover](/covers/wide.svg)',
      '',
      '![Photo](/img/photo.png) ![Diagram](./diagram.png)',
      '',
      '![Remote](https://example.com/remote.png) ![Missing](/img/missing.png)',
      '',
      '<img src="/img/photo.png" alt="Sized by hand" width="20">',
    ].join('\n');
    const { html } = await renderMarkdown(markdown, { file: 'nested/post.md', images, sanitize: false });
    expect(html).toContain('<img src="/covers/wide.svg" alt="Wide cover" width="1200" height="630">');
    expect(html).toContain(
      '<img src="/img/photo.png" alt="Photo" loading="lazy" decoding="async" width="40" height="30">',
    );
    expect(html).toContain(
      '<img src="./diagram.png" alt="Diagram" loading="lazy" decoding="async" width="12" height="7">',
    );
    expect(html).toContain(
      '<img src="https://example.com/remote.png" alt="Remote" loading="lazy" decoding="async">',
    );
    expect(html).toContain('<img src="/img/missing.png" alt="Missing" loading="lazy" decoding="async">');
    // A size written by hand is the writer's: neither dimension is filled in.
    expect(html).toContain(
      '<img src="/img/photo.png" alt="Sized by hand" width="20" loading="lazy" decoding="async">',
    );
  });

  it('keeps sizes out with images: false, and sized images survive sanitizing', async () => {
    const { images } = await site();
    const off = await renderMarkdown('![Photo](/img/photo.png)', { file: 'post.md', images: false });
    expect(off.html).toBe('<p><img src="/img/photo.png" alt="Photo"></p>');
    const on = await renderMarkdown('![Photo](/img/photo.png)', { file: 'post.md', images });
    expect(on.html).toBe('<p><img src="/img/photo.png" alt="Photo" width="40" height="30"></p>');
  });

  it('loadPosts reads relative images next to the post file in its dir', async () => {
    const { root, images } = await site();
    await writeFile(
      path.join(root, 'content/posts/nested/post.md'),
      '---\ntitle: A\ndate: 2025-01-01\n---\n\n![Cover](/img/photo.png) ![Diagram](./diagram.png)\n',
    );
    const [post] = await loadPosts({
      dir: images.postsDir,
      cache: false,
      memory: false,
      markdown: { images: { publicDir: images.publicDir } },
    });
    expect(post?.html).toContain('alt="Cover" width="40" height="30"');
    expect(post?.html).toContain('alt="Diagram" loading="lazy" decoding="async" width="12" height="7"');
  });
});
