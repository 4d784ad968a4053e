import type { Html, Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { findPathologicalMarkdown } from '../render/pathological-markdown.js';

/** A link or image written in a post, where it starts in the file. */
export interface SourceReference {
  kind: 'link' | 'image';
  /** The URL as written (`../other/#setup`, `/covers/a.png`). */
  url: string;
  /**
   * An image's alt text; `undefined` when it has none: `![](a.png)`, or `<img>` without `alt`. An HTML
   * `alt=""` (a decorative image, on purpose) is `''`.
   */
  alt?: string;
  line: number;
  column: number;
}

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * Every link and image of a post's markdown, with the line and column it starts at: inline and
 * reference-style links and images (at the reference, with the definition's URL), and `<a href>` /
 * `<img src>` in raw HTML. Code is skipped. Lines count from the start of `markdown`: pass the body
 * preceded by the frontmatter's lines (`markdownOf`) to get lines of the file. Markdown the renderer
 * refuses to parse (see `findPathologicalMarkdown`) yields nothing.
 *
 * @example
 * ```ts
 * sourceReferences('See [part 2](../part-2/).');
 * // [{ kind: 'link', url: '../part-2/', line: 1, column: 5 }]
 * ```
 */
export function sourceReferences(markdown: string): SourceReference[] {
  if (findPathologicalMarkdown(markdown)) return [];
  const tree = parser.parse(markdown) as Root;
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
  });
  const found: SourceReference[] = [];
  visit(tree, (node: Nodes) => {
    const start = node.position?.start;
    if (!start) return;
    const at = { line: start.line, column: start.column };
    if (node.type === 'link') found.push({ kind: 'link', url: node.url, ...at });
    else if (node.type === 'image') found.push({ kind: 'image', url: node.url, ...altOf(node.alt), ...at });
    else if (node.type === 'linkReference' || node.type === 'imageReference') {
      const url = definitions.get(node.identifier);
      if (url === undefined) return;
      if (node.type === 'linkReference') found.push({ kind: 'link', url, ...at });
      else found.push({ kind: 'image', url, ...altOf(node.alt), ...at });
    } else if (node.type === 'html') found.push(...htmlReferences(node));
  });
  return found;
}

/** Markdown has no way to mark an image decorative: empty alt text is missing alt text. */
function altOf(alt: string | null | undefined): { alt?: string } {
  return alt?.trim() ? { alt } : {};
}

const htmlTag = /<(a|img)\b([^>]*)>/gi;
const attribute = /([a-z_:][\w:.-]*)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/gi;

/** `<a href>` and `<img src alt>` in a raw HTML node, each at its own line and column. */
function htmlReferences(node: Html): SourceReference[] {
  const start = node.position?.start;
  if (!start) return [];
  const found: SourceReference[] = [];
  for (const tag of node.value.matchAll(htmlTag)) {
    const attributes = new Map<string, string>();
    for (const match of (tag[2] ?? '').matchAll(attribute)) {
      attributes.set((match[1] ?? '').toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
    }
    const before = node.value.slice(0, tag.index);
    const newlines = before.split('\n').length - 1;
    const line = start.line + newlines;
    const column = newlines === 0 ? start.column + before.length : before.length - before.lastIndexOf('\n');
    const isImage = (tag[1] ?? '').toLowerCase() === 'img';
    const url = attributes.get(isImage ? 'src' : 'href');
    if (url === undefined) continue;
    if (isImage) {
      const alt = attributes.get('alt');
      found.push({ kind: 'image', url, ...(alt !== undefined && { alt }), line, column });
    } else found.push({ kind: 'link', url, line, column });
  }
  return found;
}
