import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const externalUrl = /^(?:https?:)?\/\//i;

/**
 * rehype plugin: external links (`http(s)://`, `//`) get `rel="noopener noreferrer"`; images get
 * `loading="lazy"` and `decoding="async"` (their `alt` is kept as written).
 */
export function rehypeLinksAndImages() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      if (
        node.tagName === 'a' &&
        typeof node.properties.href === 'string' &&
        externalUrl.test(node.properties.href)
      ) {
        const rel = new Set(Array.isArray(node.properties.rel) ? node.properties.rel.map(String) : []);
        rel.add('noopener');
        rel.add('noreferrer');
        node.properties.rel = [...rel];
      } else if (node.tagName === 'img') {
        node.properties.loading ??= 'lazy';
        node.properties.decoding ??= 'async';
      }
    });
  };
}
