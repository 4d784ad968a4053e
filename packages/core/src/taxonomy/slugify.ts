import { slug as githubSlug } from 'github-slugger';

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
 * A URL-safe, stable slug for a tag or series name.
 *
 * GitHub-style (the same rules as heading ids): Unicode NFC, lowercased, spaces become `-`,
 * punctuation is dropped — except `+ # & @`, spelled out so `C++` (`c-plus-plus`), `C#`
 * (`c-sharp`) and `C` stay apart. Letters of every script are kept as they are (`日本語`,
 * `привет`), not transliterated: transliteration guesses (and drops CJK entirely), while
 * browsers and static hosts handle Unicode paths (percent-encoded on the wire). A name with no
 * letters or digits at all (`🚀`) gets `tag-` plus a fingerprint of the name.
 *
 * @example
 * ```ts
 * slugifyName('Node.js'); // 'nodejs'
 * slugifyName('C++');     // 'c-plus-plus'
 * slugifyName('Café au lait'); // 'café-au-lait'
 * ```
 */
export function slugifyName(name: string): string {
  let text = name.normalize('NFC');
  for (const [symbol, spoken] of SPOKEN_SYMBOLS) text = text.replace(symbol, spoken);
  const slug = githubSlug(text.trim().replace(/\s+/g, ' ')).replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
  return slug === '' || /^[-_]+$/.test(slug) ? `tag-${fingerprint(name.normalize('NFC'))}` : slug;
}
