import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RenderedContent } from '../post.js';
import { readBytes } from '../shared/read-bytes.js';

/** Bumped whenever the entry format or what a render produces changes without a version bump. */
const formatVersion = 'inkwell-render-5';
/** Entries of posts not in the current run (deleted posts, other post folders) live this long. */
const orphanMaxAgeMs = 30 * 24 * 60 * 60 * 1000;
/** A temp file this old was left by a crashed build. */
const tempMaxAgeMs = 60 * 60 * 1000;

/** A cached render: the content plus the warnings it produced, replayed on every hit. */
export interface CachedRender {
  content: RenderedContent;
  warnings: string[];
}

/** A render to store: its HTML may be given as UTF-8 bytes, as render workers send it. */
export interface RenderToStore {
  content: Omit<RenderedContent, 'html'> & { html: string | Uint8Array };
  warnings: string[];
}

/**
 * The markdown an entry is keyed by: one string, or its pieces in order (hashed as if joined, so the
 * caller need not build a joined copy of a long post).
 */
export type CacheSource = string | readonly string[];

/**
 * On-disk, content-addressed cache of rendered posts.
 *
 * An entry's name is `<hash of file path>-<key>.html`, where the key hashes the markdown together
 * with `namespace` (render options and toolchain versions). The file holds the SHA-256 of the rest of
 * the file on its first line, then one line of JSON metadata, then the HTML as is, so a hit parses only
 * a small JSON document. The checksum catches what well-formedness checks cannot: a flipped byte or a
 * partial overwrite that keeps the JSON valid and the length the same. Writes go to a temp file
 * renamed into place (atomic on one file system), so concurrent builds sharing the directory never
 * see half an entry; an unreadable, corrupt or foreign entry reads as a miss and is rewritten.
 *
 * @example
 * ```ts
 * const cache = new RenderCache('node_modules/.cache/inkwell', optionsAndVersionsHash);
 * const hit = await cache.get('hello.md', markdown);
 * if (!hit) await cache.set('hello.md', markdown, { content, warnings });
 * await cache.prune();
 * ```
 */
export class RenderCache {
  readonly dir: string;
  readonly #namespace: string;
  /** Entry names read or written by this instance, by file-path hash: everything else of those files is stale. */
  readonly #used = new Map<string, string>();
  #ready: Promise<unknown> | undefined;

  constructor(dir: string, namespace: string) {
    this.dir = join(dir, 'render');
    this.#namespace = namespace;
  }

  /** The cached render of `markdown` for `file`, or `undefined` on a miss or a bad entry. */
  async get(file: string, markdown: CacheSource): Promise<CachedRender | undefined> {
    const { name, key } = this.#entry(file, markdown);
    this.#used.set(name.slice(0, name.indexOf('-')), name);
    let bytes: Buffer;
    try {
      bytes = await readBytes(join(this.dir, name));
    } catch {
      return undefined;
    }
    return parseEntry(bytes, key);
  }

  /** Stores a render atomically. Failing to write (read-only disk, full disk) only loses the cache. */
  async set(file: string, markdown: CacheSource, render: RenderToStore): Promise<void> {
    const { name, key } = this.#entry(file, markdown);
    this.#used.set(name.slice(0, name.indexOf('-')), name);
    const { html, ...rest } = render.content;
    const meta = JSON.stringify({
      format: formatVersion,
      key,
      ...rest,
      warnings: render.warnings,
    });
    const path = join(this.dir, name);
    const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      this.#ready ??= mkdir(this.dir, { recursive: true });
      await this.#ready;
      const sum = checksum(`${meta}\n`, html);
      await writeFile(
        temp,
        typeof html === 'string'
          ? `${sum}\n${meta}\n${html}`
          : Buffer.concat([Buffer.from(`${sum}\n${meta}\n`), html]),
      );
      await rename(temp, path);
    } catch {
      await unlink(temp).catch(() => {});
    }
  }

  /**
   * Deletes stale entries: older renders of the files this instance saw, orphan entries not used for
   * 30 days, and temp files left by crashed builds. Entries of other post folders sharing the
   * directory are kept while fresh.
   */
  async prune(): Promise<void> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return;
    }
    const now = Date.now();
    await Promise.all(
      names.map(async (name) => {
        const path = join(this.dir, name);
        const fileHash = name.slice(0, name.indexOf('-'));
        const current = this.#used.get(fileHash);
        if (name.endsWith('.tmp') || current === undefined) {
          const maxAge = name.endsWith('.tmp') ? tempMaxAgeMs : orphanMaxAgeMs;
          const stats = await stat(path).catch(() => undefined);
          if (!stats || now - stats.mtimeMs < maxAge) return;
        } else if (current === name) {
          return;
        }
        await unlink(path).catch(() => {});
      }),
    );
  }

  #entry(file: string, markdown: CacheSource): { name: string; key: string } {
    const fileHash = createHash('sha256').update(file).digest('hex').slice(0, 16);
    const hash = createHash('sha256').update(this.#namespace).update('\0');
    for (const piece of typeof markdown === 'string' ? [markdown] : markdown) hash.update(piece);
    const key = hash.digest('hex');
    return { name: `${fileHash}-${key.slice(0, 40)}.html`, key };
  }
}

const newline = 0x0a;

/**
 * Reads an entry, or `undefined` when it is not an intact, well-formed entry for `key`. Works on the
 * bytes: the checksum is verified without encoding the text back to UTF-8, and the HTML is decoded
 * on its own, so the post's `html` string does not keep the whole entry (metadata included) alive.
 */
function parseEntry(bytes: Buffer, key: string): CachedRender | undefined {
  const checksumEnd = bytes.indexOf(newline);
  if (checksumEnd === -1) return undefined;
  const payload = bytes.subarray(checksumEnd + 1);
  if (bytes.toString('latin1', 0, checksumEnd) !== checksum(payload)) return undefined;
  const metaEnd = payload.indexOf(newline);
  if (metaEnd === -1) return undefined;
  let meta: unknown;
  try {
    meta = JSON.parse(payload.toString('utf8', 0, metaEnd));
  } catch {
    return undefined;
  }
  if (!isEntryMeta(meta) || meta.key !== key) return undefined;
  const html = payload.toString('utf8', metaEnd + 1);
  const { headings, excerpt, readingTime, warnings } = meta;
  return { content: { html, headings, excerpt, readingTime }, warnings };
}

/** SHA-256 of an entry's metadata and HTML (pieces hashed as if joined), hex. About 1 ms per MB of HTML. */
function checksum(...pieces: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const piece of pieces) hash.update(piece);
  return hash.digest('hex');
}

interface EntryMeta extends Omit<RenderedContent, 'html'> {
  format: string;
  key: string;
  warnings: string[];
}

function isEntryMeta(value: unknown): value is EntryMeta {
  if (typeof value !== 'object' || value === null) return false;
  const meta = value as Partial<EntryMeta>;
  return (
    meta.format === formatVersion &&
    typeof meta.key === 'string' &&
    typeof meta.excerpt === 'string' &&
    Array.isArray(meta.headings) &&
    Array.isArray(meta.warnings) &&
    typeof meta.readingTime?.minutes === 'number'
  );
}

/**
 * The namespace part of cache keys: a hash of the entry format, the toolchain versions and the
 * render options' fingerprint.
 */
export function cacheNamespace(versions: Record<string, string>, optionsFingerprint: string): string {
  return createHash('sha256')
    .update(JSON.stringify({ formatVersion, versions, optionsFingerprint }))
    .digest('hex');
}
