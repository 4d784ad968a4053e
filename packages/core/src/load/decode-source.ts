/** Why a file's bytes are not a markdown post. */
export interface UnreadableSource {
  problem: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Turns a file's bytes into the text posts are parsed from: UTF-8 with the BOM removed and every line
 * ending (`\r\n`, `\r`) turned into `\n`, so a Windows file parses exactly like a Unix one and lines
 * and columns in issues match what an editor shows.
 *
 * @example
 * ```ts
 * decodeSource(await readFile('hello.md')); // '---\ntitle: Hello\n…' or { problem: 'is a binary file…' }
 * ```
 */
export function decodeSource(bytes: Uint8Array): string | UnreadableSource {
  // Git's test for binary content: a NUL byte near the start.
  if (bytes.subarray(0, 8000).includes(0)) {
    return {
      problem: 'is a binary file, not markdown text; remove it or rename it so it does not end in .md',
    };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { problem: 'is not valid UTF-8 text; save it with UTF-8 encoding' };
  }
  return normalizeSource(text);
}

/**
 * Removes a leading BOM and normalizes line endings to `\n`.
 *
 * @example
 * ```ts
 * normalizeSource('\uFEFF---\r\ntitle: Hi\r\n'); // '---\ntitle: Hi\n'
 * ```
 */
export function normalizeSource(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
}
