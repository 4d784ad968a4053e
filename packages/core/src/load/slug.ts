/**
 * Makes a URL-safe slug: lowercase, accents removed from Latin letters (`café` → `cafe`), letters of any script kept
 * (`你好` stays `你好`, which browsers and static hosts handle as a percent-encoded path), every run of
 * other characters turned into one `-`. Dots and underscores are kept, so `v0.10.0` and `v1.0.10` stay
 * distinct. Returns `''` when nothing usable is left.
 *
 * @example
 * ```ts
 * slugify('Hello, World!'); // 'hello-world'
 * slugify('Crème Brûlée'); // 'creme-brulee'
 * slugify('v0.10.0'); // 'v0.10.0'
 * ```
 */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      // Accents come off Latin letters only: in other scripts the marks are part of the letter
      // (Devanagari vowel signs, Cyrillic й), and removing them would change the word.
      .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}._]+/gu, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
  );
}

const DATE_PREFIX = /^\d{4}-\d{2}-\d{2}[-_]/;
const MARKDOWN_EXTENSION = /\.mdx?$/i;

/**
 * The slug a post gets from where it lives: the file name, or the folder name for `slug/index.md`,
 * without the extension and without a leading `YYYY-MM-DD-`.
 *
 * @example
 * ```ts
 * slugFromFile('2025-11-18-hello-world.md'); // 'hello-world'
 * slugFromFile('guides/setup/index.md'); // 'setup'
 * ```
 */
export function slugFromFile(file: string): string {
  const parts = file.split('/');
  let name = (parts.pop() ?? '').replace(MARKDOWN_EXTENSION, '');
  if (name.toLowerCase() === 'index' && parts.length > 0) name = parts.pop() ?? name;
  return slugify(name.replace(DATE_PREFIX, ''));
}
