import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { findPathologicalMarkdown } from '../render/pathological-markdown.js';
import { hasScheme } from '../shared/url-origin.js';

const parser = unified().use(remarkParse).use(remarkGfm).freeze();
const htmlUrl = /(\s(?:href|src)\s*=\s*)(["'])(.*?)\2/gi;
/** Only written URLs that are not absolute need a parse. */
const mayHaveRelativeUrl = /\]\(\s*<?(?![a-z][a-z\d+.-]*:)|\]:\s*<?(?![a-z][a-z\d+.-]*:)|\s(?:href|src)\s*=/i;

/**
 * The markdown with every link and image URL (inline, reference definitions, and `href` / `src` in
 * raw HTML) resolved against `base`, the post page's absolute URL, the way a browser resolves them on
 * that page. Everything else — code, diagrams, formatting — is kept byte for byte: URLs are edited in
 * place, never re-serialized. A URL that is written escaped, or cannot be resolved, is left as written.
 *
 * @example
 * ```ts
 * absoluteMarkdownLinks('See [part 2](../part-2/).', 'https://example.com/posts/part-1/');
 * // 'See [part 2](https://example.com/posts/part-2/).'
 * ```
 */
export function absoluteMarkdownLinks(markdown: string, base: string): string {
  if (!mayHaveRelativeUrl.test(markdown) || findPathologicalMarkdown(markdown)) return markdown;
  const tree = parser.parse(markdown) as Root;
  const edits: { start: number; end: number; text: string }[] = [];
  visit(tree, (node: Nodes) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const at = urlOffset(markdown.slice(start, end), node.url, node.title);
      const resolved = resolve(node.url, base);
      if (at !== undefined && resolved !== node.url) {
        edits.push({ start: start + at, end: start + at + node.url.length, text: resolved });
      }
    } else if (node.type === 'html') {
      for (const match of node.value.matchAll(htmlUrl)) {
        const url = match[3] ?? '';
        const resolved = resolve(url, base);
        if (resolved === url) continue;
        const at = start + (match.index ?? 0) + (match[1] ?? '').length + 1;
        edits.push({ start: at, end: at + url.length, text: resolved });
      }
    }
  });
  let result = markdown;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

/** Where `url` is written in a link's source: the destination comes last, before the title if any. */
function urlOffset(source: string, url: string, title: string | null | undefined): number | undefined {
  if (url === '') return undefined;
  const titleAt = title ? source.lastIndexOf(title) : -1;
  const at = source.lastIndexOf(url, titleAt > 0 ? titleAt - 1 : undefined);
  return at < 0 ? undefined : at;
}

function resolve(url: string, base: string): string {
  const trimmed = url.trim();
  if (trimmed === '' || hasScheme(trimmed)) return url;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return url;
  }
}
