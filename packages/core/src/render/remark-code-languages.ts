import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isKnownLanguage } from './highlighter.js';

/** Fence languages handled by Inkwell itself rather than the highlighter. */
const passThroughLanguages = new Set(['mermaid']);

/**
 * remark plugin: a fence whose language shiki does not know is rendered as plain text, with one
 * warning per unknown language and file (pointing at its first use), instead of failing the build.
 */
export function remarkCodeLanguages() {
  return (tree: Root, file: VFile): void => {
    const warned = new Set<string>();
    visit(tree, 'code', (node) => {
      if (!node.lang || passThroughLanguages.has(node.lang) || isKnownLanguage(node.lang)) return;
      if (!warned.has(node.lang)) {
        warned.add(node.lang);
        file.message(
          `Unknown code language "${node.lang}": rendered as plain text. Use a language shiki knows (https://shiki.style/languages) or "text".`,
          node.position,
        );
      }
      node.lang = 'plaintext';
    });
  };
}
