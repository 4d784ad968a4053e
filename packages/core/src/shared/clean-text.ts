/**
 * Everything XML 1.0 does not allow in a document: C0 controls other than tab/newline/return,
 * lone surrogates (the `u` flag matches them as code points), and U+FFFE/U+FFFF.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Removes characters that would make XML ill-formed (`\u0000`, `\u001b`, lone surrogates, …).
 * Used for every string that goes into a feed, JSON Feed and page metadata included, so all
 * outputs say the same.
 *
 * @example
 * ```ts
 * stripInvalidXmlChars('Bell\u0007 and \ud800 lone'); // 'Bell and  lone'
 * ```
 */
export function stripInvalidXmlChars(value: string): string {
  return value.replace(NOT_XML_CHAR, '');
}

/**
 * Text from a post or the site, ready for a feed or a `<meta>` tag: characters XML forbids
 * removed, trimmed, and `undefined` when nothing is left, so empty fields are left out.
 * `singleLine` also joins every run of white space into one space (for one-line values such as
 * `og:title`; feeds keep the line breaks of an excerpt).
 *
 * @example
 * ```ts
 * cleanText('  Hello\u0000\n world  '); // 'Hello\n world'
 * cleanText('  Hello\n world  ', { singleLine: true }); // 'Hello world'
 * cleanText('   '); // undefined
 * ```
 */
export function cleanText(
  value: string | undefined,
  options: { singleLine?: boolean } = {},
): string | undefined {
  if (value === undefined) return undefined;
  const valid = stripInvalidXmlChars(value);
  const cleaned = (options.singleLine ? valid.replace(/\s+/g, ' ') : valid).trim();
  return cleaned === '' ? undefined : cleaned;
}

/**
 * A name as written in frontmatter (a tag, a series), with look-alike spellings made equal:
 * NFC, trimmed, runs of white space joined into one space.
 *
 * @example
 * ```ts
 * normalizeName('  Streams   in depth '); // 'Streams in depth'
 * ```
 */
export function normalizeName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}
