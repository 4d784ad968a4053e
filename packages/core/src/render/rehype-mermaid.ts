import type { Element, Root } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import { walkElements } from './element-walk.js';

/**
 * rehype plugin: a ` ```mermaid ` fence becomes `<pre class="mermaid" data-line="N">source</pre>`
 * (source intact, not highlighted; `N` is the fence's line in the markdown). `loadPosts` and `parsePost`
 * then draw it as an SVG figure (see `draw-diagrams.ts`); where they do not, it is the markup mermaid's
 * client-side `run()` looks for.
 */
export function rehypeMermaid() {
  return (tree: Root): void => walkElements(tree, [{ enter: toMermaidBlock }]);
}

function toMermaidBlock(node: Element): 'skip' | undefined {
  if (node.tagName !== 'pre') return undefined;
  const code = node.children[0];
  if (node.children.length !== 1 || code?.type !== 'element' || code.tagName !== 'code') return undefined;
  const className = code.properties.className;
  if (!Array.isArray(className) || !className.includes('language-mermaid')) return undefined;
  const line = node.position?.start.line ?? code.position?.start.line;
  node.properties = { className: ['mermaid'], ...(line !== undefined && { dataLine: line }) };
  node.children = [{ type: 'text', value: hastToString(code).replace(/\n$/, '') }];
  return 'skip';
}
