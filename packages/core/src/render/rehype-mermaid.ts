import type { Element, Root } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * rehype plugin: a ` ```mermaid ` fence becomes `<pre class="mermaid">source</pre>` (source intact,
 * not highlighted), the markup mermaid's client-side `run()` looks for.
 */
export function rehypeMermaid() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'pre') return;
      const code = node.children[0];
      if (node.children.length !== 1 || code?.type !== 'element' || code.tagName !== 'code') return;
      const className = code.properties.className;
      if (!Array.isArray(className) || !className.includes('language-mermaid')) return;
      node.properties = { className: ['mermaid'] };
      node.children = [{ type: 'text', value: hastToString(code).replace(/\n$/, '') }];
      return 'skip';
    });
  };
}
