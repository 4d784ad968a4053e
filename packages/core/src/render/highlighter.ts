import { type BundledLanguage, bundledLanguages, createHighlighter, type Highlighter } from 'shiki';
import type { CodeTheme } from './options.js';

const highlighters = new Map<string, Promise<Highlighter>>();

/**
 * The one shiki highlighter of this process (or worker) for a pair of themes. Created on first use
 * with no grammar loaded; `rehype-pretty-code` loads each language the first time a post uses it.
 */
export function getHighlighter(themes: { light: CodeTheme; dark: CodeTheme }): Promise<Highlighter> {
  const key = JSON.stringify(themes);
  let highlighter = highlighters.get(key);
  if (!highlighter) {
    highlighter = createHighlighter({ themes: [themes.light, themes.dark], langs: [] }).then(
      withoutTimeLimit,
    );
    highlighters.set(key, highlighter);
  }
  return highlighter;
}

/**
 * shiki stops tokenizing a line after 500 ms by default and colours the rest of it as one token. How
 * long a line takes depends on the machine's load and on whether the grammar's regexes are compiled
 * yet (the first block of a language is slowest), so with the limit the same post could come out
 * coloured differently on a busy machine, on another thread, or from the cache. Without it, output
 * depends on the input only.
 */
function withoutTimeLimit(highlighter: Highlighter): Highlighter {
  return {
    ...highlighter,
    codeToHtml: (code, options) => highlighter.codeToHtml(code, { ...options, tokenizeTimeLimit: 0 }),
  };
}

/** Fences that are not code to highlight: rendered as plain text without a warning. */
const plainTextLanguages = new Set(['text', 'txt', 'plain', 'plaintext']);

/** Whether shiki can highlight `lang` (a language id or alias), or it is a plain-text name. */
export function isKnownLanguage(lang: string): boolean {
  const id = lang.toLowerCase();
  return plainTextLanguages.has(id) || Object.hasOwn(bundledLanguages, id as BundledLanguage);
}
