import type { Post } from '../post.js';
import { postHref } from './post-href.js';
import { hasScheme } from './url-origin.js';

/** Who writes the site. Used for feed authors, `article:author` and `authors` metadata. */
export interface SiteAuthor {
  name: string;
  /** Only RSS `managingEditor` and Atom `<email>` use it; leave it out to keep it private. */
  email?: string;
  /** The author's page (absolute, or a path on the site). */
  url?: string;
  /** The author's X/Twitter handle (`@ada`), for `twitter:creator`. */
  twitter?: string;
}

/**
 * The site that feeds, the sitemap and page metadata describe. One object, passed to
 * `createFeed`, `createSitemap` and `postMetadata` alike.
 *
 * @example
 * ```ts
 * import type { Site } from '@inkwell/core';
 *
 * export const site: Site = {
 *   url: 'https://example.com',
 *   title: 'Example Blog',
 *   description: 'Notes on building things.',
 *   language: 'en-US',
 *   author: { name: 'Ada Lovelace', url: '/about/' },
 *   image: '/og-default.png',
 *   imageAlt: 'The Example Blog logo',
 *   twitter: '@example',
 *   postUrl: (post) => `/blog/${post.slug}/`,
 * };
 * ```
 */
export interface Site {
  /**
   * Absolute URL of the site's home, with the base path if the site lives under one
   * (`https://example.com` or `https://example.com/blog`). A trailing slash is ignored.
   */
  url: string;
  title: string;
  description?: string;
  /** BCP 47 language tag, e.g. `en` or `en-US`. Also gives `og:locale` (`en_US`). */
  language?: string;
  author?: SiteAuthor;
  /** Default social image when a post has no `coverImage` (absolute, or a path on the site). */
  image?: string;
  /** Alt text of {@link Site.image}. */
  imageAlt?: string;
  /** Site's X/Twitter handle (`@example`), for `twitter:site`. */
  twitter?: string;
  /**
   * A post's URL: absolute, or a path on the site (joined under {@link Site.url}, base path
   * included). Default: `/posts/${post.slug}/`.
   */
  postUrl?: (post: Post) => string;
}

/** Parses `site.url`, failing with a message that says what to do. */
export function siteBase(site: Pick<Site, 'url'>): URL {
  let parsed: URL;
  try {
    parsed = new URL(site.url);
  } catch {
    throw new TypeError(
      `site.url must be an absolute URL such as "https://example.com", got ${JSON.stringify(site.url)}`,
    );
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new TypeError(`site.url must be an http(s) URL, got ${JSON.stringify(site.url)}`);
  }
  // Always end the path with "/" so relative resolution stays under the base path.
  if (!parsed.pathname.endsWith('/')) parsed.pathname += '/';
  parsed.search = '';
  parsed.hash = '';
  return parsed;
}

/**
 * A URL of a page on the site: an absolute URL is kept; a path (`/about/`, `tags/x/`) is joined
 * under the site URL, base path included — `/about/` on `https://example.com/blog` is
 * `https://example.com/blog/about/`.
 *
 * @example
 * ```ts
 * sitePageUrl({ url: 'https://example.com/blog' }, '/tags/react/');
 * // 'https://example.com/blog/tags/react/'
 * ```
 */
export function sitePageUrl(site: Pick<Site, 'url'>, pathOrUrl: string): string {
  if (hasScheme(pathOrUrl)) return new URL(pathOrUrl).href;
  const base = siteBase(site);
  return new URL(pathOrUrl.replace(/^\/+/, ''), base).href;
}

/**
 * The absolute URL of a post: `site.postUrl(post)` joined under the site URL, default
 * {@link postHref} (`${site.url}/posts/${slug}/`, the slug percent-encoded).
 *
 * @example
 * ```ts
 * postUrl(post, { url: 'https://example.com' }); // 'https://example.com/posts/hello-world/'
 * ```
 */
export function postUrl(post: Post, site: Pick<Site, 'url' | 'postUrl'>): string {
  const path = site.postUrl ? site.postUrl(post) : postHref(post);
  return sitePageUrl(site, path);
}

/**
 * Resolves a URL written in a post (frontmatter `coverImage`, `audio.src`) the way a browser does
 * on the post's page: against the post URL. Only `http:` and `https:` results are accepted: a
 * `javascript:`, `data:` or `vbscript:` value would otherwise reach `og:image`, feed enclosures and
 * feed readers, where following it runs script. `field` names the frontmatter field in the error.
 */
export function resolveFromPost(
  value: string,
  pageUrl: string,
  where?: { post: Pick<Post, 'file' | 'slug'>; field: string },
): string {
  const place = where ? `${where.post.file || where.post.slug}: field "${where.field}" ` : '';
  let resolved: URL;
  try {
    resolved = new URL(value.trim(), pageUrl);
  } catch {
    throw new TypeError(`${place}is not a valid URL or path: ${JSON.stringify(value)}`);
  }
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') {
    throw new TypeError(
      `${place}must be a path or an http(s) URL, got ${JSON.stringify(value)}; ${resolved.protocol} URLs are not allowed here`,
    );
  }
  return resolved.href;
}
