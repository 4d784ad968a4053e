import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hasOrigin } from '../shared/url-origin.js';
import { type SourceReference, sourceReferences } from './source-references.js';

/** Bumped whenever `sourceReferences` finds something different in the same markdown. */
const formatVersion = 'inkwell-check-references-2';

interface StoredReferences {
  format: string;
  entries: Record<string, SourceReference[]>;
}

/** Links with an origin are never checked; a release post's hundreds of commit links are not kept. */
function checkable(reference: SourceReference): boolean {
  return reference.kind === 'image' || !hasOrigin(reference.url.trim());
}

/**
 * The links the content rules check and every image of many posts (see `sourceReferences`), kept in one file per posts folder
 * under `cacheDir/check/`, keyed by a hash of each post's markdown: a warm check parses no markdown
 * at all. The file is rewritten only when a post changed, keeping the entries of this run only.
 * `cacheDir` `false` parses every post.
 *
 * @example
 * ```ts
 * const references = await cachedReferences(['# Hi\n[a](/posts/a/)'], 'content/posts', '.cache');
 * ```
 */
export async function cachedReferences(
  markdowns: readonly string[],
  postsDir: string,
  cacheDir: string | false,
): Promise<SourceReference[][]> {
  if (cacheDir === false) return markdowns.map((markdown) => sourceReferences(markdown).filter(checkable));
  const folderKey = createHash('sha256').update(path.resolve(postsDir)).digest('hex').slice(0, 16);
  const file = path.join(cacheDir, 'check', `${folderKey}.json`);
  const stored = await readStored(file);
  const entries: Record<string, SourceReference[]> = {};
  let changed = false;
  const result = markdowns.map((markdown) => {
    const key = createHash('sha1').update(markdown).digest('base64url');
    let references = entries[key] ?? stored?.entries[key];
    if (!references) {
      references = sourceReferences(markdown).filter(checkable);
      changed = true;
    }
    entries[key] = references;
    return references;
  });
  if (changed || !stored || Object.keys(stored.entries).length !== Object.keys(entries).length) {
    await writeStored(file, { format: formatVersion, entries });
  }
  return result;
}

async function readStored(file: string): Promise<StoredReferences | undefined> {
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as StoredReferences;
    return stored.format === formatVersion && typeof stored.entries === 'object' ? stored : undefined;
  } catch {
    // Missing or damaged: parse again and rewrite it.
    return undefined;
  }
}

/** Written to a temporary file and renamed, so a check stopped halfway never leaves half a file. */
async function writeStored(file: string, stored: StoredReferences): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temporary, JSON.stringify(stored));
    await rename(temporary, file);
  } catch {
    // A read-only cache folder only makes the next check slower.
  }
}
