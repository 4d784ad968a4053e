import type { Post } from '../post.js';

/** Options of {@link postHref}. */
export interface PostHrefOptions {
  /**
   * The path the site is served under (`/blog`, as in Next.js `basePath`); default none. Leading
   * and trailing slashes are optional.
   */
  basePath?: string;
}

/**
 * The path of a post's page: `/posts/<slug>/` under `basePath`, the slug percent-encoded
 * (`/posts/caf%C3%A9/`), so the link is valid wherever it is written — an `<a href>`, a search
 * index, a sitemap. The one default post URL scheme: `postUrl` builds absolute URLs from it, and
 * `buildSearchIndex(posts, { href })` stores it for the search sheet.
 *
 * @example
 * ```ts
 * import { postHref } from '@inkwell/core';
 *
 * postHref({ slug: 'hello-world' }); // '/posts/hello-world/'
 * postHref({ slug: '你好' }, { basePath: '/blog' }); // '/blog/posts/%E4%BD%A0%E5%A5%BD/'
 *
 * // The search index stores the same links the pages use:
 * buildSearchIndex(posts, { href: (post) => postHref(post, { basePath: '/blog' }) });
 * ```
 */
export function postHref(post: Pick<Post, 'slug'>, options: PostHrefOptions = {}): string {
  const base = (options.basePath ?? '').replace(/^\/+|\/+$/g, '');
  return `${base ? `/${base}` : ''}/posts/${encodeURIComponent(post.slug)}/`;
}
