import { describe, expect, it } from 'vitest';
import type { Post } from '../../src/post.js';
import { createSitemap } from '../../src/sitemap/create-sitemap.js';
import { makePost, posts, site } from './fixtures.js';
import { at, parseXml } from './xml.js';

const urls = (xml: string) => {
  const parsed = at(parseXml(xml), 'urlset.url');
  return Array.isArray(parsed) ? (parsed as Record<string, unknown>[]) : [];
};

describe('createSitemap', () => {
  it('is a sitemaps.org 0.9 urlset', () => {
    const parsed = parseXml(createSitemap(posts, { site }));
    expect(at(parsed, 'urlset.@xmlns')).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  });

  it('lists every post, newest first, with lastmod = updated || date', () => {
    expect(urls(createSitemap(posts, { site }))).toEqual([
      { loc: 'https://example.com/blog/posts/streams-part-2/', lastmod: '2024-04-02T12:30:00.000Z' },
      { loc: 'https://example.com/blog/posts/streams-part-1/', lastmod: '2024-03-01T09:00:00.000Z' },
      { loc: 'https://example.com/blog/posts/hello-world/', lastmod: '2023-12-24T08:00:00.000Z' },
    ]);
  });

  it('adds static pages first, as paths under the base path or absolute URLs', () => {
    const entries = urls(
      createSitemap([], {
        site,
        pages: [
          '/',
          'archive/',
          { url: '/about/', lastmod: new Date('2024-02-02T00:00:00Z'), changefreq: 'monthly', priority: 0.5 },
          'https://other.example.org/landing',
        ],
      }),
    );
    expect(entries).toEqual([
      { loc: 'https://example.com/blog/' },
      { loc: 'https://example.com/blog/archive/' },
      {
        loc: 'https://example.com/blog/about/',
        lastmod: '2024-02-02T00:00:00.000Z',
        changefreq: 'monthly',
        priority: '0.5',
      },
      { loc: 'https://other.example.org/landing' },
    ]);
  });

  it('adds tag pages with lastmod of their newest post', () => {
    const entries = urls(createSitemap(posts, { site, tagUrl: (tag) => `/tags/${tag.slug}/` }));
    expect(entries.slice(3)).toEqual([
      { loc: 'https://example.com/blog/tags/nodejs/', lastmod: '2024-04-02T12:30:00.000Z' },
      { loc: 'https://example.com/blog/tags/streams/', lastmod: '2024-04-02T12:30:00.000Z' },
      { loc: 'https://example.com/blog/tags/meta/', lastmod: '2023-12-24T08:00:00.000Z' },
    ]);
  });

  it('uses site.postUrl and lists a URL once', () => {
    const flat = { url: site.url, postUrl: (post: Post) => `/${post.slug}.html` };
    const entries = urls(createSitemap(posts, { site: flat, pages: ['/hello-world.html'] }));
    expect(entries.map((entry) => entry.loc)).toEqual([
      'https://example.com/blog/hello-world.html',
      'https://example.com/blog/streams-part-2.html',
      'https://example.com/blog/streams-part-1.html',
    ]);
  });

  it('escapes URLs that contain XML metacharacters and percent-encodes slugs', () => {
    const xml = createSitemap([makePost({ slug: 'q&a <live>' })], {
      site,
      pages: ['/search/?q=a&page=2'],
    });
    expect(xml).toContain('<loc>https://example.com/blog/search/?q=a&amp;page=2</loc>');
    expect(urls(xml).map((entry) => entry.loc)).toEqual([
      'https://example.com/blog/search/?q=a&page=2',
      'https://example.com/blog/posts/q%26a%20%3Clive%3E/',
    ]);
  });

  it('explains invalid input', () => {
    expect(() => createSitemap([], { site, pages: [{ url: '/x/', priority: 2 }] })).toThrow(
      /priority of \/x\/ must be between 0 and 1, got 2/,
    );
    expect(() => createSitemap([], { site, pages: [{ url: '/x/', lastmod: 'soon' }] })).toThrow(
      /\/x\/ has an invalid lastmod: "soon"/,
    );
  });
});
