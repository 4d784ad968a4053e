import type { Post } from '../post.js';
import { modifiedDate } from '../shared/post-dates.js';
import { postUrl, type Site, sitePageUrl } from '../shared/site.js';
import { compareNewestFirst } from '../shared/sort-order.js';
import { element, textElement, xmlDocument } from '../shared/xml.js';
import { getTags, postsWithTag, type Tag } from '../taxonomy/tags.js';

/** A page that is not a post, for {@link CreateSitemapOptions.pages}. */
export interface SitemapPage {
  /** Absolute URL, or a path on the site (`/about/`), joined under `site.url`. */
  url: string;
  /** When the page last changed (ISO string or Date). */
  lastmod?: string | Date;
  changefreq?: 'always' | 'hourly' | 'daily' | 'weekly' | 'monthly' | 'yearly' | 'never';
  /** 0.0–1.0. */
  priority?: number;
}

/** Options of {@link createSitemap}. */
export interface CreateSitemapOptions {
  /** Only `url` and `postUrl` are used. */
  site: Pick<Site, 'url' | 'postUrl'>;
  /** Pages besides posts (home, about, archive…): paths or `SitemapPage`s. Listed first, in order. */
  pages?: (string | SitemapPage)[];
  /**
   * The path of a tag's page, to list every tag page with `lastmod` = its newest post's
   * `updated || date`. Leave out if the site has no tag pages.
   *
   * @example
   * ```ts
   * tagUrl: (tag) => `/tags/${tag.slug}/`
   * ```
   */
  tagUrl?: (tag: Tag) => string;
}

/** The sitemaps.org limit per file. */
const MAX_URLS = 50_000;

interface Entry {
  loc: string;
  lastmod?: Date;
  changefreq?: string;
  priority?: number;
}

function toDate(value: string | Date, where: string): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new TypeError(`createSitemap: ${where} has an invalid lastmod: ${JSON.stringify(String(value))}`);
  }
  return date;
}

function pageEntry(page: string | SitemapPage, site: Pick<Site, 'url'>): Entry {
  if (typeof page === 'string') return { loc: sitePageUrl(site, page) };
  if (page.priority !== undefined && !(page.priority >= 0 && page.priority <= 1)) {
    throw new RangeError(
      `createSitemap: priority of ${page.url} must be between 0 and 1, got ${page.priority}`,
    );
  }
  return {
    loc: sitePageUrl(site, page.url),
    ...(page.lastmod !== undefined ? { lastmod: toDate(page.lastmod, page.url) } : {}),
    ...(page.changefreq ? { changefreq: page.changefreq } : {}),
    ...(page.priority !== undefined ? { priority: page.priority } : {}),
  };
}

function latest(posts: readonly Post[]): Date | undefined {
  let newest: Date | undefined;
  for (const post of posts) {
    const modified = modifiedDate(post);
    if (!newest || modified > newest) newest = modified;
  }
  return newest;
}

/**
 * Writes `sitemap.xml` (sitemaps.org protocol 0.9): the extra `pages` first, then every post
 * (newest first) with `lastmod` = `updated || date`, then tag pages if `tagUrl` is given. URLs
 * are absolute and escaped; a URL listed twice is kept once (its first entry). Same input, same
 * bytes: nothing comes from the clock.
 *
 * @example
 * ```ts
 * import { writeFile } from 'node:fs/promises';
 * import { createSitemap, loadPosts } from '@inkwell/core';
 *
 * const xml = createSitemap(await loadPosts(), {
 *   site: { url: 'https://example.com' },
 *   pages: ['/', '/about/', { url: '/archive/', changefreq: 'weekly' }],
 *   tagUrl: (tag) => `/tags/${tag.slug}/`,
 * });
 * await writeFile('public/sitemap.xml', xml);
 * ```
 */
export function createSitemap(posts: readonly Post[], options: CreateSitemapOptions): string {
  const { site } = options;
  const entries: Entry[] = (options.pages ?? []).map((page) => pageEntry(page, site));
  for (const post of [...posts].sort(compareNewestFirst)) {
    entries.push({ loc: postUrl(post, site), lastmod: modifiedDate(post) });
  }
  if (options.tagUrl) {
    for (const tag of getTags(posts)) {
      const modified = latest(postsWithTag(posts, tag.slug));
      entries.push({
        loc: sitePageUrl(site, options.tagUrl(tag)),
        ...(modified ? { lastmod: modified } : {}),
      });
    }
  }

  const seen = new Set<string>();
  const unique = entries.filter((entry) => !seen.has(entry.loc) && Boolean(seen.add(entry.loc)));
  if (unique.length > MAX_URLS) {
    throw new RangeError(
      `createSitemap: ${unique.length} URLs, but one sitemap holds at most ${MAX_URLS}. ` +
        'Split posts across several createSitemap calls and list the files in a sitemap index.',
    );
  }
  return xmlDocument(
    element(
      'urlset',
      { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' },
      unique.map((entry) =>
        element(
          'url',
          undefined,
          textElement('loc', entry.loc),
          textElement('lastmod', entry.lastmod?.toISOString()),
          textElement('changefreq', entry.changefreq),
          textElement('priority', entry.priority?.toString()),
        ),
      ),
    ),
  );
}
