/** Everything the pages, feeds and metadata say about this site. */
export const site = {
  /** Absolute origin used in feeds, the sitemap and canonical URLs. Set SITE_URL when you deploy. */
  url: (process.env.SITE_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, ''),
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
