import { readBytes } from '../shared/read-bytes.js';
import { decodeSource } from './decode-source.js';

/**
 * Reads a post file as text (see `decodeSource`), or says in a sentence why it cannot be: it vanished,
 * it is not readable, it is binary, it is not UTF-8, or it is empty.
 *
 * @example
 * ```ts
 * const text = await readPostFile('/blog/posts/hello.md');
 * if (typeof text !== 'string') console.error(`hello.md  ${text.problem}`);
 * ```
 */
export async function readPostFile(absolute: string): Promise<string | { problem: string }> {
  const bytes = await readPostBytes(absolute);
  return bytes instanceof Uint8Array ? postText(bytes) : bytes;
}

/**
 * A post file's bytes, or why it cannot be read, in a sentence.
 *
 * @example
 * ```ts
 * const bytes = await readPostBytes('/blog/posts/hello.md');
 * ```
 */
export async function readPostBytes(absolute: string): Promise<Uint8Array | { problem: string }> {
  try {
    return await readBytes(absolute);
  } catch (error) {
    return { problem: describeReadError(error) };
  }
}

/**
 * A post file's bytes as text, or why they are not a post (binary, not UTF-8, empty).
 *
 * @example
 * ```ts
 * postText(new TextEncoder().encode('---\ntitle: Hi\n---\nText')); // '---\ntitle: Hi\n---\nText'
 * ```
 */
export function postText(bytes: Uint8Array): string | { problem: string } {
  const text = decodeSource(bytes);
  if (typeof text === 'string' && text.trim() === '') {
    return { problem: 'is empty; a post needs frontmatter with at least title: and date:, then its text' };
  }
  return text;
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'cannot be read: it does not exist (a broken link, or deleted while loading)';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied; check the file permissions';
    case 'EISDIR':
      return 'is a directory, not a file';
    default:
      return `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
  }
}
