import GithubSlugger, { slug as githubSlug } from 'github-slugger';
import { normalizeName } from './clean-text.js';

/**
 * The slug rules of core, side by side. Every slug is lowercase, keeps letters of every script as
 * they are (`你好`, `привет`, `हिन्दी` — browsers and static hosts serve Unicode paths,
 * percent-encoded on the wire), and removes accents from Latin letters (`café` → `cafe`) with
 * {@link foldLatinAccents}, so a post and a tag spelled alike get the same slug.
 *
 * | rule | for | punctuation | dots | `+ # & @` | accents |
 * | --- | --- | --- | --- | --- | --- |
 * | {@link postSlug} | post URLs (`slug:`, file name) | a run becomes `-` | kept (`v0.10.0`) | become `-` | Latin removed |
 * | {@link tagSlug} | tag and series pages | dropped (GitHub-style) | dropped (`Node.js` = `nodejs`) | spelled out (`c-plus-plus`) | Latin removed |
 * | {@link headingIds} | `#anchors` of headings (unique in a post) | dropped | dropped | dropped | kept (`#café`, as on GitHub) |
 *
 * Where they differ, it is on purpose: post slugs keep dots so versions stay apart (`v1.0.10`,
 * `v10.1.0`); tag slugs merge spellings (`React`, `react`, `Node.js`, `nodejs`) so two tag pages
 * never collide, but keep `C`, `C++` and `C#` apart; heading ids are GitHub's, so a `#fragment`
 * written against GitHub's rendering of the same markdown keeps working.
 */

/**
 * Removes the accents of Latin letters (`Crème` → `Creme`) and folds compatibility forms
 * (`ﬁ` → `fi`, full-width `Ｒ` → `R`). Marks on letters of other scripts are kept: there they
 * are part of the letter (Devanagari vowel signs, Cyrillic `й`), and removing them would change
 * the word.
 *
 * @example
 * ```ts
 * foldLatinAccents('Café Ｄｅｖ'); // 'Cafe Dev'
 * foldLatinAccents('हिन्दी'); // 'हिन्दी'
 * ```
 */
export function foldLatinAccents(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC');
}

/**
 * The slug of a post, from its `slug` field or its file name: lowercase, Latin accents removed,
 * every run of other characters turned into one `-`. Dots and underscores are kept, so `v0.10.0`
 * and `v1.0.10` stay distinct. Returns `''` when nothing usable is left.
 *
 * @example
 * ```ts
 * postSlug('Hello, World!'); // 'hello-world'
 * postSlug('Crème Brûlée'); // 'creme-brulee'
 * postSlug('v0.10.0'); // 'v0.10.0'
 * ```
 */
export function postSlug(text: string): string {
  return foldLatinAccents(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}._]+/gu, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

const DATE_PREFIX = /^\d{4}-\d{2}-\d{2}[-_]/;
const MARKDOWN_EXTENSION = /\.mdx?$/i;

/**
 * The slug a post gets from where it lives: the file name, or the folder name for `slug/index.md`,
 * without the extension and without a leading `YYYY-MM-DD-`, by {@link postSlug}.
 *
 * @example
 * ```ts
 * postSlugFromFile('2025-11-18-hello-world.md'); // 'hello-world'
 * postSlugFromFile('guides/setup/index.md'); // 'setup'
 * ```
 */
export function postSlugFromFile(file: string): string {
  const parts = file.split('/');
  let name = (parts.pop() ?? '').replace(MARKDOWN_EXTENSION, '');
  if (name.toLowerCase() === 'index' && parts.length > 0) name = parts.pop() ?? name;
  return postSlug(name.replace(DATE_PREFIX, ''));
}

/**
 * Symbols that carry meaning in tag names and that GitHub-style slugs would drop, making `C`,
 * `C++` and `C#` one tag.
 */
const SPOKEN_SYMBOLS: [RegExp, string][] = [
  [/\+/g, ' plus '],
  [/#/g, ' sharp '],
  [/&/g, ' and '],
  [/@/g, ' at '],
];

/** FNV-1a, 32 bits: a short, stable fingerprint for names that have no letters or digits. */
function fingerprint(value: string): string {
  let hash = 0x811c9dc5;
  for (const char of value) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * The slug of a tag or series name, to link it to its page; spellings with one slug are one tag.
 *
 * GitHub-style: lowercased, spaces become `-`, punctuation is dropped — except `+ # & @`, spelled
 * out so `C++` (`c-plus-plus`), `C#` (`c-sharp`) and `C` stay apart. Latin accents are removed
 * as in post slugs (`Café` → `cafe`); letters of every script are kept, not transliterated
 * (`日本語`): transliteration guesses, and drops CJK entirely. A name with no letters or digits
 * at all (`🚀`) gets `tag-` plus a fingerprint of the name.
 *
 * @example
 * ```tsx
 * import { tagSlug } from '@inkwell/core';
 *
 * tagSlug('Node.js'); // 'nodejs'
 * tagSlug('C++'); // 'c-plus-plus'
 * tagSlug('Café au lait'); // 'cafe-au-lait'
 * post.tags.map((tag) => <a href={`/tags/${tagSlug(tag)}/`}>{tag}</a>);
 * ```
 */
export function tagSlug(name: string): string {
  const normalized = normalizeName(name);
  let text = foldLatinAccents(normalized);
  for (const [symbol, spoken] of SPOKEN_SYMBOLS) text = text.replace(symbol, spoken);
  // Folded again after: the slugger can drop a symbol between a Latin letter and a mark.
  const slug = foldLatinAccents(githubSlug(text.trim().replace(/\s+/g, ' ')))
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
  return slug === '' || /^[-_]+$/.test(slug) ? `tag-${fingerprint(normalized)}` : slug;
}

/**
 * Heading ids for one post, GitHub's way (`github-slugger`): lowercase, punctuation dropped, spaces
 * become `-`, accents kept, and a repeated heading gets `-1`, `-2`, … so every id of the post is
 * unique. Make one per post: the numbering counts the ids given so far.
 *
 * @example
 * ```ts
 * const idOf = headingIds();
 * idOf('Getting started'); // 'getting-started'
 * idOf('Getting started'); // 'getting-started-1'
 * idOf('Café'); // 'café'
 * ```
 */
export function headingIds(): (text: string) => string {
  const slugger = new GithubSlugger();
  return (text) => slugger.slug(text);
}
