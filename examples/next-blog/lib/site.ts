/**
 * The folder the site is served from ('' or, for a project site, say '/blog'): `BASE_PATH` at build time,
 * through next.config.ts. Next prefixes its own `Link`s and assets; every other root path goes through
 * {@link withBasePath}.
 */
export const basePath = process.env.INKWELL_BASE_PATH ?? '';

/** A root path (`/rss.xml`, `/covers/a.svg`) as served under the base path. URLs with an origin are kept. */
export function withBasePath(path: string): string {
  return path.startsWith('/') && !path.startsWith('//') ? `${basePath}${path}` : path;
}

/** The deployed origin and folder: SITE_URL, which gets the base path appended when it lacks it. */
function siteUrl(): string {
  const url = (process.env.SITE_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
  return basePath && !url.endsWith(basePath) ? `${url}${basePath}` : url;
}

/** Everything the pages, feeds and metadata say about this site. */
export const site = {
  /** Absolute URL of the site's root (origin plus base path), for feeds, the sitemap and canonical URLs. */
  url: siteUrl(),
  title: 'The Inkwell Blog',
  description: 'Notes on building blogs from plain markdown: typed content, fast search, careful components.',
  language: 'en',
  author: {
    name: 'Ada Inkwell',
    url: '/about/',
    bio: 'Writes about the web platform, Node.js and the small tools that make publishing pleasant.',
  },
} as const;

/** URL path of a post page. */
export function postPath(slug: string): string {
  return `/posts/${slug}/`;
}

/** URL path of a tag page. */
export function tagPath(tagSlug: string): string {
  return `/tags/${tagSlug}/`;
}

/** URL path of a post's markdown (`/<slug>.md`), for readers' tools and llms.txt. */
export function postMarkdownPath(slug: string): string {
  return `/${slug}.md`;
}
