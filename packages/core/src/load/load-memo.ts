import { createHash } from 'node:crypto';
import { type Stats, statSync } from 'node:fs';
import type { PostIssue } from '../errors/post-issue.js';
import type { RenderedMarkdown } from '../render/render-markdown.js';
import type { PostSchema } from '../schema/post-schema-type.js';
import type { PostCandidate } from './load-posts-options.js';
import type { ValidPost } from './validate-post.js';

/** What validating one file gave: its post (if valid), its issues and warnings, whether it counts as checked. */
export interface FileOutcome {
  /** `false` for a file the `filter` option left out. */
  checked: boolean;
  post?: ValidPost;
  issues: PostIssue[];
  warnings: PostIssue[];
}

interface FileEntry {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  hash: string;
  outcome: FileOutcome;
}

/**
 * What one process remembers of the files of a posts directory between `loadPosts` calls with the
 * same schema and filter: each file's validation outcome, under its size, times and inode. A file whose
 * stat is unchanged is not read again; one whose stat changed is read and, if its bytes hash the same,
 * still not validated again.
 *
 * @example
 * ```ts
 * const memo = new FileMemo();
 * const outcome = await memo.outcome('/blog/hello.md', (bytes) => validateBytes(bytes));
 * ```
 */
export class FileMemo {
  readonly #entries = new Map<string, FileEntry>();

  /** The outcome of `absolute`, from memory when the file is unchanged, else from `validate`. */
  async outcome(
    absolute: string,
    read: () => Promise<Uint8Array | FileOutcome>,
    validate: (bytes: Uint8Array) => Promise<FileOutcome>,
  ): Promise<FileOutcome> {
    // Synchronous on purpose: a thousand cached-inode stats take a few ms this way, against tens of ms
    // through the thread pool, and this is the whole cost of a repeat call.
    const stats = statOrUndefined(absolute);
    const entry = this.#entries.get(absolute);
    if (stats && entry && sameStats(entry, stats)) return entry.outcome;
    const bytes = await read();
    if (!(bytes instanceof Uint8Array) || !stats) {
      this.#entries.delete(absolute);
      return bytes instanceof Uint8Array ? validate(bytes) : bytes;
    }
    const hash = createHash('sha256').update(bytes).digest('hex');
    const outcome = entry?.hash === hash ? entry.outcome : await validate(bytes);
    const { size, mtimeMs, ctimeMs, ino } = stats;
    this.#entries.set(absolute, { size, mtimeMs, ctimeMs, ino, hash, outcome });
    return outcome;
  }

  /** Forgets files that are gone (deleted or renamed), so memory follows the directory. */
  keepOnly(absolutes: ReadonlySet<string>): void {
    for (const absolute of this.#entries.keys()) if (!absolutes.has(absolute)) this.#entries.delete(absolute);
  }
}

function statOrUndefined(absolute: string): Stats | undefined {
  try {
    return statSync(absolute, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function sameStats(entry: FileEntry, stats: Stats): boolean {
  return (
    entry.size === stats.size &&
    entry.mtimeMs === stats.mtimeMs &&
    entry.ctimeMs === stats.ctimeMs &&
    entry.ino === stats.ino
  );
}

/** Everything remembered for one posts directory, schema and filter. */
export interface LoadMemo {
  files: FileMemo;
  /** Renders by options fingerprint, then by the valid post they came from (unchanged file, same object). */
  renders: Map<string, WeakMap<ValidPost, RenderedMarkdown>>;
  /** Whether a repeat call has started warming up the renderer for the next edit. */
  warmedUp?: boolean;
}

interface MemoKey {
  schema: PostSchema | undefined;
  filter: ((candidate: PostCandidate) => boolean) | undefined;
}

const memos = new Map<string, LoadMemo & MemoKey>();

/**
 * The memory of this process for a posts directory, reset when the schema or filter is a different
 * object than last time (their behaviour cannot be compared, only their identity).
 *
 * @example
 * ```ts
 * const memo = loadMemo('/blog/content/posts', { schema, filter });
 * ```
 */
export function loadMemo(dir: string, key: MemoKey): LoadMemo {
  const memo = memos.get(dir);
  if (memo && memo.schema === key.schema && memo.filter === key.filter) return memo;
  const fresh = { ...key, files: new FileMemo(), renders: new Map() };
  memos.set(dir, fresh);
  return fresh;
}
