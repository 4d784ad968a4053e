import path from 'node:path';
import type { Post } from '../post.js';
import { decodeUriComponentSafely } from '../shared/decode.js';
import { hasOrigin } from '../shared/url-origin.js';

/** Where a link written in a post leads. */
export type LinkTarget =
  /** To a post of the site; `fragment` decoded, `''` when none. */
  | { kind: 'post'; post: Post; fragment: string }
  /** Has the shape of a post's URL (or names a `.md` file) but no post has it. */
  | { kind: 'missing'; path: string }
  /** Anything else: another site, another page of this one, a download. */
  | { kind: 'other' };

/** A stand-in origin to resolve paths with `URL`: links with any real origin are external. */
const origin = 'https://inkwell.invalid';
const markdownFile = /\.(?:md|mdx|markdown)$/i;

/**
 * Resolves the links of posts to posts. A link is taken for a link to a post when it is a path on the
 * site (root-relative or relative to the post's own URL) that lies in the folder every post URL shares
 * (`/posts/`, `/blog/`) at the depth of a post URL, or when it names a markdown file (`../b.md`, from
 * the post's file). `/posts/` itself or `/blog/release/` (listing pages) are not posts and not
 * missing; a link with an origin is never checked.
 *
 * @example
 * ```ts
 * const links = new PostLinks(posts, (post) => `/posts/${post.slug}/`);
 * links.resolve('../other/#setup', post); // { kind: 'post', post: other, fragment: 'setup' }
 * ```
 */
export class PostLinks {
  readonly #byPath = new Map<string, Post>();
  readonly #byFile = new Map<string, Post>();
  readonly #urls = new Map<Post, string>();
  readonly #folder: string;
  readonly #depths = new Set<number>();

  constructor(posts: readonly Post[], postUrl: (post: Post) => string) {
    const folders: string[][] = [];
    for (const post of posts) {
      const url = new URL(urlOf(post, postUrl), `${origin}/`);
      const key = normalizePath(url.pathname);
      this.#urls.set(post, url.href);
      this.#byPath.set(key, post);
      this.#byFile.set(path.posix.normalize(post.file.replaceAll('\\', '/')), post);
      const segments = key.split('/').filter(Boolean);
      this.#depths.add(segments.length);
      folders.push(segments.slice(0, -1));
    }
    this.#folder = `/${commonPrefix(folders).join('/')}`;
  }

  /** Where `href`, written in `from`, leads. */
  resolve(href: string, from: Post): LinkTarget {
    const trimmed = href.trim();
    if (trimmed === '' || hasOrigin(trimmed)) {
      return { kind: 'other' };
    }
    const base = this.#urls.get(from) ?? `${origin}/`;
    const url = new URL(trimmed, base);
    const fragment = decodeFragment(url.hash);
    if (trimmed.startsWith('#')) return { kind: 'post', post: from, fragment };
    const pathname = decodeUriComponentSafely(url.pathname);
    if (markdownFile.test(pathname)) return this.#resolveFile(trimmed, from, fragment);
    const key = normalizePath(url.pathname);
    const post = this.#byPath.get(key);
    if (post) return { kind: 'post', post, fragment };
    const inFolder = this.#folder === '/' || key.startsWith(`${this.#folder}/`);
    const depth = key.split('/').filter(Boolean).length;
    return inFolder && this.#depths.has(depth) ? { kind: 'missing', path: pathname } : { kind: 'other' };
  }

  /** A link to a markdown file, resolved from the folder of the linking post's file. */
  #resolveFile(href: string, from: Post, fragment: string): LinkTarget {
    const written = decodeUriComponentSafely(href.replace(/[?#].*$/s, ''));
    const file = written.startsWith('/')
      ? path.posix.normalize(written.slice(1))
      : path.posix.join(path.posix.dirname(from.file.replaceAll('\\', '/')), written);
    const post = this.#byFile.get(file);
    return post ? { kind: 'post', post, fragment } : { kind: 'missing', path: written };
  }
}

/** `/a/b`, `/a/b/` and `/a/b/index.html` are one page; percent-escapes decoded. */
function normalizePath(pathname: string): string {
  const decoded = decodeUriComponentSafely(pathname).replace(/\/index\.html?$/i, '/');
  return decoded.endsWith('/') ? decoded : `${decoded}/`;
}

function decodeFragment(hash: string): string {
  return decodeUriComponentSafely(hash.replace(/^#/, ''));
}

function commonPrefix(lists: readonly string[][]): string[] {
  const [first = [], ...rest] = lists;
  let length = first.length;
  for (const list of rest) {
    let same = 0;
    while (same < length && list[same] === first[same]) same++;
    length = same;
  }
  return first.slice(0, length);
}

/** A project's `postUrl` threw, or returned no string, for a post: the project's code, not a post's problem. */
export class PostUrlError extends TypeError {}

/** A project's `postUrl` that throws, or returns no string, is named with the post it failed on. */
function urlOf(post: Post, postUrl: (post: Post) => string): string {
  let url: unknown;
  try {
    url = postUrl(post);
  } catch (error) {
    throw new PostUrlError(
      `postUrl threw for ${post.file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (typeof url !== 'string') {
    throw new PostUrlError(
      `postUrl must return a path like /posts/${post.slug}/, got ${String(url)} for ${post.file}`,
    );
  }
  return url;
}
