import { type Dirent, promises as fs } from 'node:fs';
import path from 'node:path';
import { compareCodePoints } from '../shared/sort-order.js';

/** What `discoverFiles` found: the markdown files, and the folders it could not open. */
export interface DiscoveredFiles {
  files: PostFile[];
  unreadable: { file: string; problem: string }[];
}

/** A markdown file found under the posts directory. */
export interface PostFile {
  /** Path relative to the posts directory, with forward slashes: how the file is named in results and issues. */
  file: string;
  /** Absolute path, for reading. */
  absolute: string;
}

const MARKDOWN_FILE = /\.mdx?$/i;

/** Files and folders whose name starts with `_` or `.` are drafts-in-progress, partials or tooling. */
function isIgnored(name: string): boolean {
  return name.startsWith('_') || name.startsWith('.') || name === 'node_modules';
}

/**
 * Lists every `*.md` and `*.mdx` file under `dir`, recursively, sorted by path so results never depend
 * on the file system's order. Symbolic links are followed (a link loop is visited once).
 *
 * @example
 * ```ts
 * const { files } = await discoverFiles('/blog/content/posts');
 * files[0]; // { file: 'hello.md', absolute: '/blog/content/posts/hello.md' }
 * ```
 */
export async function discoverFiles(dir: string): Promise<DiscoveredFiles> {
  const files: PostFile[] = [];
  const unreadable: DiscoveredFiles['unreadable'] = [];
  const visited = new Set<string>();

  async function walk(absoluteDir: string, relativeDir: string): Promise<void> {
    const real = await fs.realpath(absoluteDir);
    if (visited.has(real)) return;
    visited.add(real);
    let entries: Dirent[];
    try {
      entries = await fs.readdir(absoluteDir, { withFileTypes: true });
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : String(error);
      unreadable.push({
        file: `${relativeDir || '.'}/`,
        problem: `folder cannot be read (${reason}); its posts were not checked`,
      });
      return;
    }
    for (const entry of entries) {
      if (isIgnored(entry.name)) continue;
      const absolute = path.join(absoluteDir, entry.name);
      const file = relativeDir ? `${relativeDir}/${entry.name}` : entry.name;
      let isDirectory = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        // A broken link named *.md is kept: reading it then reports it as unreadable.
        isDirectory = await fs.stat(absolute).then(
          (stats) => stats.isDirectory(),
          () => false,
        );
      }
      if (isDirectory) await walk(absolute, file);
      else if (MARKDOWN_FILE.test(entry.name)) files.push({ file, absolute });
    }
  }

  await walk(dir, '');
  files.sort((a, b) => compareCodePoints(a.file, b.file));
  return { files, unreadable };
}
