import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { getHighlighter, loadLanguages } from './highlighter.js';
import type { CodeTheme } from './options.js';

/** `rehype-pretty-code`'s inline-code language suffix: `` `code{:js}` ``. */
const inlineLanguage = /\{:([a-zA-Z.-]+)\}$/;

/**
 * rehype plugin, just before `rehype-pretty-code`: loads (once per process) the grammars a post
 * uses, so highlighting is identical whichever thread renders the post first.
 */
export function rehypeLoadLanguages(options: { themes: { light: CodeTheme; dark: CodeTheme } }) {
  return async (tree: Root): Promise<void> => {
    const langs = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'code') return;
      const className = node.properties.className;
      if (Array.isArray(className)) {
        for (const name of className)
          if (String(name).startsWith('language-')) langs.add(String(name).slice(9));
      }
      const text = node.children[0];
      const inline = text?.type === 'text' ? inlineLanguage.exec(text.value) : null;
      if (inline?.[1]) langs.add(inline[1]);
    });
    if (langs.size === 0) return;
    await loadLanguages(await getHighlighter(options.themes), options.themes, langs);
  };
}
