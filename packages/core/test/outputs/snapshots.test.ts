import { describe, expect, it, vi } from 'vitest';
import { createFeed } from '../../src/feed/create-feed.js';
import { headTagsToHtml, postMetaTags } from '../../src/metadata/meta-tags.js';
import { createSitemap } from '../../src/sitemap/create-sitemap.js';
import { posts, site, streamsPart2 } from './fixtures.js';

const sitemapOptions = {
  site,
  pages: ['/', { url: '/about/', lastmod: '2024-01-15', changefreq: 'yearly' as const, priority: 0.3 }],
  tagUrl: (tag: { slug: string }) => `/tags/${tag.slug}/`,
};

/** Every output, by the file it is compared to. */
const outputs = {
  'rss.xml': () => createFeed(posts, { format: 'rss', site }),
  'atom.xml': () => createFeed(posts, { format: 'atom', site }),
  // .snap: Biome would reformat a .json file and break the byte-for-byte comparison.
  'feed.json.snap': () => createFeed(posts, { format: 'json', site }),
  'rss-excerpt.xml': () => createFeed(posts, { format: 'rss', site, content: 'excerpt', limit: 2 }),
  'sitemap.xml': () => createSitemap(posts, sitemapOptions),
  'post-head.html': () => `${headTagsToHtml(postMetaTags(streamsPart2, site))}\n`,
};

describe('exact output (fixtures in __snapshots__/, review diffs like code)', () => {
  for (const [file, make] of Object.entries(outputs)) {
    it(file, async () => {
      await expect(make()).toMatchFileSnapshot(`./__snapshots__/${file}`);
    });
  }
});

describe('reproducible builds', () => {
  it('gives byte-identical output for the same posts in any order, at any time', () => {
    const first = Object.values(outputs).map((make) => make());
    // Shuffle the input and move the clock: nothing may change.
    posts.reverse();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2099-12-31T23:59:59Z'));
    try {
      const second = Object.values(outputs).map((make) => make());
      expect(second).toEqual(first);
    } finally {
      vi.useRealTimers();
      posts.reverse();
    }
  });
});
