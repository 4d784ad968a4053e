import { describe, expect, it } from 'vitest';
import { postHref } from '../../src/shared/post-href.js';
import { postUrl } from '../../src/shared/site.js';
import { makePost } from './fixtures.js';

describe('postHref', () => {
  it.each([
    [{ slug: 'hello-world' }, {}, '/posts/hello-world/'],
    [{ slug: 'v0.10.0' }, {}, '/posts/v0.10.0/'],
    [{ slug: '你好' }, {}, '/posts/%E4%BD%A0%E5%A5%BD/'],
    [{ slug: 'hello' }, { basePath: '/blog' }, '/blog/posts/hello/'],
    [{ slug: 'hello' }, { basePath: 'blog/' }, '/blog/posts/hello/'],
    [{ slug: 'hello' }, { basePath: '/docs/blog/' }, '/docs/blog/posts/hello/'],
    [{ slug: 'hello' }, { basePath: '/' }, '/posts/hello/'],
    [{ slug: 'a#b?c' }, {}, '/posts/a%23b%3Fc/'],
  ])('%j with %j → %s', (post, options, href) => {
    expect(postHref(post, options)).toBe(href);
  });

  it('is what postUrl puts under the site URL by default', () => {
    const post = makePost({ slug: 'привет' });
    const site = { url: 'https://example.com/blog' };
    expect(postUrl(post, site)).toBe(`https://example.com/blog${postHref(post)}`);
    expect(new URL(postUrl(post, site)).pathname).toBe(postHref(post, { basePath: '/blog' }));
  });
});
