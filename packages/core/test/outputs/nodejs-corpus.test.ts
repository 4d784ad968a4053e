import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { createFeed } from '../../src/feed/create-feed.js';
import { loadPosts, type Post, postSchema } from '../../src/index.js';
import { createSitemap } from '../../src/sitemap/create-sitemap.js';
import { relatedPosts } from '../../src/taxonomy/related-posts.js';
import { getTags } from '../../src/taxonomy/tags.js';
import { at, parseXml } from './xml.js';

const repoRoot = path.resolve(fileURLToPath(import.meta.url), '../../../../..');
const corpus = process.env.INKWELL_CORPUS ?? path.resolve(repoRoot, '../shared/corpus/nodejs-blog');
const exists = existsSync(corpus);
if (!exists) console.warn(`Skipping the site-output corpus tests: ${corpus} not found (set INKWELL_CORPUS).`);

/** The Node.js blog calls its one tag `category`. */
const nodejsBlogSchema = z
  .object({ title: z.string().min(1), date: postSchema.shape.date, category: z.string().optional() })
  .transform(({ category, ...rest }) => ({ ...rest, tags: category ? [category] : [] }));

const site = { url: 'https://nodejs.org/en/blog', title: 'Node.js Blog', language: 'en' };

/** Every `href`/`src`/`srcset` URL in an HTML string. */
function htmlUrls(html: string): string[] {
  const urls: string[] = [];
  for (const [, name, value = ''] of html.matchAll(/\s(href|src|srcset)="([^"]*)"/g)) {
    if (name === 'srcset')
      urls.push(...value.split(/,\s+/).map((candidate) => candidate.split(/\s+/)[0] ?? ''));
    else urls.push(value);
  }
  return urls;
}

describe.skipIf(!exists)('site outputs over the Node.js blog corpus', () => {
  let posts: Post[];

  beforeAll(async () => {
    posts = await loadPosts({
      dir: corpus,
      schema: nodejsBlogSchema,
      filter: ({ frontmatter }) => frontmatter.layout === 'blog-post',
    });
  }, 600_000);

  test('every feed format of all posts is well-formed, with only absolute URLs in content', () => {
    const start = performance.now();
    const rss = createFeed(posts, { format: 'rss', site, limit: Number.POSITIVE_INFINITY });
    const atom = createFeed(posts, { format: 'atom', site, limit: Number.POSITIVE_INFINITY });
    const json = createFeed(posts, { format: 'json', site, limit: Number.POSITIVE_INFINITY });
    console.info(
      `createFeed ×3 over ${posts.length} posts: ${(performance.now() - start).toFixed(0)} ms, ` +
        `RSS ${(rss.length / 1e6).toFixed(1)} MB`,
    );
    const items = at(parseXml(rss), 'rss.channel.item') as unknown[];
    expect(items).toHaveLength(posts.length);
    expect(at(parseXml(atom), 'feed.entry')).toHaveLength(posts.length);
    const jsonItems = (JSON.parse(json) as { items: { content_html: string }[] }).items;
    expect(jsonItems).toHaveLength(posts.length);
    const relative = jsonItems
      .flatMap((item) => htmlUrls(item.content_html))
      .filter((url) => !/^[a-z][a-z\d+.-]*:/i.test(url));
    expect(relative).toEqual([]);
  });

  test('the sitemap lists every post and tag page once', () => {
    const tags = getTags(posts);
    const xml = createSitemap(posts, { site, pages: ['/'], tagUrl: (tag) => `/${tag.slug}/` });
    const urls = at(parseXml(xml), 'urlset.url') as unknown[];
    expect(urls).toHaveLength(1 + posts.length + tags.length);
    expect(tags.slice(0, 3).map((tag) => tag.slug)).toEqual(['release', 'vulnerability', 'weekly']);
  });

  test('related posts of a security release are mostly security releases', () => {
    const start = performance.now();
    const related = new Map(posts.map((post) => [post.slug, relatedPosts(post, posts, { limit: 3 })]));
    console.info(`relatedPosts for all ${posts.length} posts: ${(performance.now() - start).toFixed(0)} ms`);
    for (const [slug, list] of related) {
      expect(list.length, slug).toBeLessThanOrEqual(3);
      expect(list.map((post) => post.slug)).not.toContain(slug);
    }
    const security = posts.filter((post) => post.tags.includes('vulnerability'));
    const sameTopic = security
      .flatMap((post) => related.get(post.slug) ?? [])
      .filter((post) => post.tags.includes('vulnerability')).length;
    expect(sameTopic / (security.length * 3)).toBeGreaterThan(0.8);
  });
});
