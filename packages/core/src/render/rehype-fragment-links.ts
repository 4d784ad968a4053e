import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { decodeUriComponentSafely as decodeFragment } from '../shared/decode.js';

/**
 * rehype plugin: sanitizing prefixes ids written in markdown (`id="x"` → `id="user-content-x"`, so
 * user content cannot clobber page globals), which breaks in-page links to them — footnotes
 * included. This rewrites `href="#x"` to `#user-content-x` when only the prefixed id exists.
 */
export function rehypeFragmentLinks(options: { prefix: string }) {
  const { prefix } = options;
  return (tree: Root): void => {
    const ids = new Set<string>();
    const links: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
      const href = node.properties.href;
      if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('#')) links.push(node);
    });
    for (const link of links) {
      const target = decodeFragment(String(link.properties.href).slice(1));
      if (!ids.has(target) && ids.has(prefix + target)) link.properties.href = `#${prefix}${target}`;
    }
  };
}
