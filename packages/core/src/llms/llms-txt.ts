import type { Post } from '../post.js';
import { cleanText } from '../shared/clean-text.js';
import { postUrl, type Site, sitePageUrl } from '../shared/site.js';
import { compareNewestFirst } from '../shared/sort-order.js';
import { postMarkdown } from './post-markdown.js';

/** Options of {@link createLlmsTxt} and {@link createLlmsFullTxt}. */
export interface LlmsTxtOptions {
  /**
   * Where a post's markdown is served (absolute, or a path on the site), like `/${post.slug}.md`:
   * llms.txt then links to it, as the convention asks. Default: the post's page.
   */
  markdownUrl?: (post: Post) => string;
  /** A paragraph (markdown) after the summary: what the site is, how to read it. */
  details?: string;
  /** The posts folder, for `createLlmsFullTxt` (see `postMarkdown`). Default `content/posts`. */
  dir?: string;
}

/** Brackets and backslashes would end or escape a link's text early. */
const linkText = (text: string) => text.replace(/[\\[\]]/g, (character) => `\\${character}`);

/**
 * `/llms.txt` (the llms.txt convention, llmstxt.org): the site's title as a heading, its description
 * as a quote, then a `## Posts` list linking every post, newest first, with its description —
 * `- [Title](url): description` — so a language model's tools can find the site's writing.
 *
 * @example
 * ```ts
 * import { createLlmsTxt, loadPosts } from '@inkwell/core';
 *
 * const site = { url: 'https://example.com', title: 'Example', description: 'Notes on building things.' };
 * const body = createLlmsTxt(await loadPosts(), site, { markdownUrl: (post) => `/${post.slug}.md` });
 * // '# Example\n\n> Notes on building things.\n\n## Posts\n\n- [Hello](https://example.com/hello.md): …\n'
 * ```
 */
export function createLlmsTxt(
  posts: readonly Post[],
  site: Site,
  options: Omit<LlmsTxtOptions, 'dir'> = {},
): string {
  const lines = preamble(site, options);
  lines.push('## Posts', '');
  for (const post of [...posts].sort(compareNewestFirst)) {
    const url = options.markdownUrl ? sitePageUrl(site, options.markdownUrl(post)) : postUrl(post, site);
    const title = linkText(cleanText(post.title, { singleLine: true }) ?? post.slug);
    const description = cleanText(post.description ?? post.excerpt, { singleLine: true });
    lines.push(
      `- [${title}](${url.replace(/[()]/g, (paren) => (paren === '(' ? '%28' : '%29'))})${description ? `: ${description}` : ''}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `/llms-full.txt`: the same preamble as {@link createLlmsTxt}, then every post in full as clean
 * markdown ({@link postMarkdown}), newest first, separated by `---` lines, for tools that read a
 * whole site in one request. Reads each post's file from `options.dir`.
 *
 * @example
 * ```ts
 * import { createLlmsFullTxt, loadPosts } from '@inkwell/core';
 *
 * const posts = await loadPosts({ dir: 'content/posts' });
 * const body = await createLlmsFullTxt(posts, site, { dir: 'content/posts' });
 * ```
 */
export async function createLlmsFullTxt(
  posts: readonly Post[],
  site: Site,
  options: LlmsTxtOptions = {},
): Promise<string> {
  const sorted = [...posts].sort(compareNewestFirst);
  const markdowns = await Promise.all(
    sorted.map((post) => postMarkdown(post, { site, ...(options.dir && { dir: options.dir }) })),
  );
  return `${preamble(site, options).join('\n')}\n${markdowns.join('\n---\n\n')}`;
}

function preamble(site: Site, options: Pick<LlmsTxtOptions, 'details'>): string[] {
  const lines = [`# ${cleanText(site.title, { singleLine: true }) ?? new URL(site.url).host}`, ''];
  const summary = cleanText(site.description ?? '', { singleLine: true });
  if (summary) lines.push(`> ${summary}`, '');
  const details = cleanText(options.details ?? '');
  if (details) lines.push(details, '');
  return lines;
}
