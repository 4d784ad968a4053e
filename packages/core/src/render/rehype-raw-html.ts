import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import type { VFile } from 'vfile';

/**
 * rehype plugin: parses raw HTML written in markdown into real elements (so it can be sanitized or
 * kept), like `rehype-raw`, but skips the full-tree reparse when a post has no raw HTML at all —
 * most posts — because that reparse costs about as much as parsing the markdown.
 */
export function rehypeRawHtml() {
  return (tree: Root, file: VFile): Root => (hasRaw(tree) ? (raw(tree, { file }) as Root) : tree);
}

function hasRaw(node: { type: string; children?: unknown[] }): boolean {
  if (node.type === 'raw') return true;
  if (!node.children) return false;
  for (const child of node.children as { type: string; children?: unknown[] }[]) {
    if (hasRaw(child)) return true;
  }
  return false;
}
