import { type BundledLanguage, bundledLanguages, createHighlighter, type Highlighter } from 'shiki';
import type { CodeTheme } from './options.js';

const highlighters = new Map<string, Promise<Highlighter>>();
/** Languages loaded and primed, per highlighter. */
const primed = new WeakMap<Highlighter, Set<string>>();

/**
 * The one shiki highlighter of this process (or worker) for a pair of themes. Created on first use
 * with no grammar loaded; `rehype-pretty-code` loads each language the first time a post uses it.
 */
export function getHighlighter(themes: { light: CodeTheme; dark: CodeTheme }): Promise<Highlighter> {
  const key = JSON.stringify(themes);
  let highlighter = highlighters.get(key);
  if (!highlighter) {
    highlighter = createHighlighter({ themes: [themes.light, themes.dark], langs: [] });
    highlighters.set(key, highlighter);
  }
  return highlighter;
}

/** Fences that are not code to highlight: rendered as plain text without a warning. */
const plainTextLanguages = new Set(['text', 'txt', 'plain', 'plaintext']);

/** Whether shiki can highlight `lang` (a language id or alias), or it is a plain-text name. */
export function isKnownLanguage(lang: string): boolean {
  const id = lang.toLowerCase();
  return plainTextLanguages.has(id) || Object.hasOwn(bundledLanguages, id as BundledLanguage);
}

/**
 * Loads `langs` into the highlighter and primes each with a throwaway highlight. shiki 4.6 colours the
 * very first block of a newly loaded grammar wrongly in one of two themes (the light colour of a
 * token comes out as its neighbour's); priming once makes every real block, and so the output of a
 * worker and of the main thread, identical. Unknown languages are skipped (rendered as plain text).
 */
export async function loadLanguages(
  highlighter: Highlighter,
  themes: { light: CodeTheme; dark: CodeTheme },
  langs: Iterable<string>,
): Promise<void> {
  let done = primed.get(highlighter);
  if (!done) {
    done = new Set();
    primed.set(highlighter, done);
  }
  const themeNames = { light: themeName(themes.light), dark: themeName(themes.dark) };
  for (const lang of langs) {
    const id = lang.toLowerCase();
    if (done.has(id)) continue;
    done.add(id);
    if (!Object.hasOwn(bundledLanguages, id)) continue;
    await highlighter.loadLanguage(id as BundledLanguage);
    highlighter.codeToHtml('x', { lang: id, themes: themeNames, defaultColor: false });
  }
}

function themeName(theme: CodeTheme): string {
  return typeof theme === 'string' ? theme : (theme.name ?? '');
}
