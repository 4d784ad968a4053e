import type { Code, Parent, Root } from 'mdast';
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
    for (const node of codeBlocks(tree)) {
      if (!node.lang || passThroughLanguages.has(node.lang) || isKnownLanguage(node.lang)) continue;
      if (!warned.has(node.lang)) {
        warned.add(node.lang);
        file.message(
          `Unknown code language "${node.lang}": rendered as plain text. Use a language shiki knows (https://shiki.style/languages) or "text".`,
          node.position,
        );
      }
      node.lang = 'plaintext';
    }
  };
}

/**
 * The code blocks of a tree in document order. Blocks only sit in containers (lists, quotes,
 * footnotes), never in paragraphs, so leaves and phrasing are not walked: a fraction of the nodes
 * `unist-util-visit` would visit, and no parent list allocated per node.
 */
function* codeBlocks(parent: Parent): Generator<Code> {
  for (const node of parent.children) {
    if (node.type === 'code') yield node;
    else if ('children' in node && !phrasingParents.has(node.type)) yield* codeBlocks(node);
  }
}

/** Nodes holding only inline content: no code block can be inside them. */
const phrasingParents = new Set([
  'paragraph',
  'heading',
  'tableCell',
  'emphasis',
  'strong',
  'link',
  'linkReference',
  'delete',
]);
