import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Property that carries a fence's meta string through raw-HTML parsing and sanitizing. */
const metaProperty = 'dataInkwellMeta';

/**
 * rehype plugin: moves each code fence's meta string (`title="x" {1,3}`) from `data.meta` into a
 * property, because reparsing raw HTML and sanitizing rebuild nodes and drop `data`.
 */
export function rehypeStashCodeMeta() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'code' && typeof node.data?.meta === 'string') {
        node.properties[metaProperty] = node.data.meta;
      }
    });
  };
}

/** rehype plugin: the other half of `rehypeStashCodeMeta`, restoring `data.meta` for the highlighter. */
export function rehypeRestoreCodeMeta() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      const meta = node.properties[metaProperty];
      if (meta === undefined) return;
      delete node.properties[metaProperty];
      if (node.tagName !== 'code' || typeof meta !== 'string') return;
      node.data ??= {} as NonNullable<Element['data']>;
      node.data.meta = meta;
    });
  };
}

/** Lets the stashed meta string through a sanitize schema. */
export const codeMetaAttribute = metaProperty;
