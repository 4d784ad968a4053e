import { promises as fs } from 'node:fs';
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
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(absolute);
  } catch (error) {
    return { problem: describeReadError(error) };
  }
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
