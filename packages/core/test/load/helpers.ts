import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

/** The committed fixture folders. */
export const fixtures = path.resolve(fileURLToPath(import.meta.url), '../../fixtures');

const created: string[] = [];
afterEach(async () => {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/**
 * Writes a throwaway posts folder for one test (removed after it). Values are written byte for byte, so
 * tests can use BOMs, CRLF line endings and binary content that an editor or formatter would change.
 */
export async function postsFolder(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'inkwell-posts-'));
  created.push(dir);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

/** A minimal valid post. */
export function post(frontmatter: string, body = 'Some text.'): string {
  return `---\n${frontmatter}\n---\n\n${body}\n`;
}

/** Runs `load` and returns the error it throws, failing the test when it does not throw. */
export async function thrown(load: () => Promise<unknown>): Promise<unknown> {
  try {
    await load();
  } catch (error) {
    return error;
  }
  throw new Error('expected it to throw');
}
