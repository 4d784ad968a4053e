import type { Element, Root } from 'hast';
import { toString as textOf } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { clampCodeMetaRanges } from './code-meta-ranges.js';
import { walkElements } from './element-walk.js';

/** Property that carries a fence's meta string through raw-HTML parsing and sanitizing. */
const metaProperty = 'dataInkwellMeta';

/**
 * rehype plugin: moves each code fence's meta string (`title="x" {1,3}`) from `data.meta` into a
 * property, because reparsing raw HTML and sanitizing rebuild nodes and drop `data`.
 */
export function rehypeStashCodeMeta() {
  return (tree: Root): void => {
    walkElements(tree, [
      {
        enter(node) {
          if (node.tagName === 'code' && typeof node.data?.meta === 'string') {
            node.properties[metaProperty] = node.data.meta;
          }
          return undefined;
        },
      },
    ]);
  };
}

/**
 * rehype plugin: the other half of `rehypeStashCodeMeta`, restoring `data.meta` for the highlighter.
 * It is the last step before the highlighter and sees every meta string (from fences, raw HTML or
 * plugins), so it also clamps highlight ranges to the block (see `clampCodeMetaRanges`), with a warning.
 */
export function rehypeRestoreCodeMeta() {
  return (tree: Root, file: VFile): void => {
    walkElements(tree, [{ enter: (node) => restore(node, file) }]);
  };
}

function restore(node: Element, file: VFile): undefined {
  const meta = node.properties[metaProperty];
  if (meta === undefined) return;
  delete node.properties[metaProperty];
  if (node.tagName !== 'code' || typeof meta !== 'string') return;
  const clamped = clampCodeMetaRanges(meta, textOf(node));
  if (clamped.changes.length > 0) {
    file.message(
      `Code highlight range beyond the block: ${clamped.changes.join(', ')}. Ranges count the block's lines (or a word's occurrences), starting at 1.`,
      node.position,
    );
  }
  node.data ??= {} as NonNullable<Element['data']>;
  node.data.meta = clamped.meta;
}

/** Lets the stashed meta string through a sanitize schema. */
export const codeMetaAttribute = metaProperty;
