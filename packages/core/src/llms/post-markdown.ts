import { stat } from 'node:fs/promises';
import path from 'node:path';
import { splitFrontmatter } from '../load/frontmatter/split-frontmatter.js';
import { readPostFile } from '../load/read-post-file.js';
import type { Post } from '../post.js';
import { cleanText } from '../shared/clean-text.js';
import { postUrl, type Site } from '../shared/site.js';
import { absoluteMarkdownLinks } from './absolute-markdown-links.js';

/** Options of {@link postMarkdown}. */
export interface PostMarkdownOptions {
  /** The site, for absolute links: `url` and, if posts do not live at `/posts/<slug>/`, `postUrl`. */
  site: Pick<Site, 'url' | 'postUrl'>;
  /** The posts folder `post.file` is relative to, as given to `loadPosts`. Default `content/posts`. */
  dir?: string;
}

/** Markdown made in this process, by file, its size and time, and the page URL (a build asks twice). */
const made = new Map<string, { stamp: string; markdown: string }>();

/**
 * A post as clean markdown for readers' tools (a `/<slug>.md` route, `llms-full.txt`): the title as
 * a heading, the description as a quote, a line with the date, tags and the page's URL, then the text
 * exactly as written — frontmatter left out, diagrams as their mermaid source, every link and image
 * URL absolute (resolved against the post's page, as the browser does). Read from the post's file.
 *
 * @example
 * ```ts
 * import { loadPosts, postMarkdown } from '@inkwell/core';
 *
 * const site = { url: 'https://example.com' };
 * const [post] = await loadPosts({ dir: 'content/posts' });
 * const markdown = await postMarkdown(post, { site, dir: 'content/posts' });
 * // '# Hello\n\n> What this post is about.\n\nPublished 2025-11-18 · https://example.com/posts/hello/\n\n…'
 * ```
 */
export async function postMarkdown(post: Post, options: PostMarkdownOptions): Promise<string> {
  const file = path.resolve(options.dir ?? 'content/posts', post.file);
  const page = postUrl(post, options.site);
  const stats = await stat(file).catch(() => undefined);
  const stamp = `${stats?.size}:${stats?.mtimeMs}:${page}`;
  const remembered = made.get(file);
  if (remembered?.stamp === stamp) return remembered.markdown;
  const decoded = await readPostFile(file);
  if (typeof decoded !== 'string') throw new Error(`${post.file}: ${decoded.problem}`);
  const split = splitFrontmatter(decoded);
  const title = cleanText(post.title, { singleLine: true }) ?? post.slug;
  // A body that opens with the title as its own heading would have it twice.
  const body = ('body' in split ? split.body : decoded).trimStart().replace(titleHeading(title), '');
  const markdown = `${header(post, title, page)}${absoluteMarkdownLinks(body, page).trim()}\n`;
  made.set(file, { stamp, markdown });
  return markdown;
}

/** Title, description and a line of facts, since the frontmatter that held them is left out. */
function header(post: Post, title: string, page: string): string {
  const lines = [`# ${title}`, ''];
  const description = cleanText(post.description ?? '', { singleLine: true });
  if (description) lines.push(`> ${description}`, '');
  const facts = [`Published ${post.date.slice(0, 10)}`];
  if (post.updated) facts.push(`updated ${post.updated.slice(0, 10)}`);
  if (post.tags.length > 0) facts.push(`tags: ${post.tags.join(', ')}`);
  facts.push(page);
  lines.push(facts.join(' · '), '', '');
  return lines.join('\n');
}

function titleHeading(title: string): RegExp {
  return new RegExp(`^#[ \\t]+${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t#]*(?:\\n|$)`);
}
