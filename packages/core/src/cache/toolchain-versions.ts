import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Packages whose version changes rendered HTML: a new version invalidates every cache entry. */
const toolchain = [
  'unified',
  'remark-parse',
  'remark-gfm',
  'remark-rehype',
  'rehype-sanitize',
  'rehype-pretty-code',
  'rehype-stringify',
  'hast-util-raw',
  'shiki',
  'github-slugger',
  'reading-time',
] as const;

let cached: Record<string, string> | undefined;

/**
 * The versions of `@inkwell/core` and of the markdown toolchain it renders with, read once from
 * their `package.json` files. Part of every render cache key.
 */
export function toolchainVersions(): Record<string, string> {
  if (cached) return cached;
  const here = dirname(fileURLToPath(import.meta.url));
  const require = createRequire(import.meta.url);
  const versions: Record<string, string> = {
    '@inkwell/core': findPackage(here, '@inkwell/core')?.version ?? 'unknown',
  };
  for (const name of toolchain) {
    let version = 'unknown';
    try {
      version = findPackage(dirname(require.resolve(name)), name)?.version ?? version;
    } catch {
      // Not resolvable from here (an unusual install layout): the other versions still count.
    }
    versions[name] = version;
  }
  cached = versions;
  return versions;
}

/** Walks up from `dir` to the `package.json` named `name`. */
function findPackage(dir: string, name: string): { version: string } | undefined {
  for (let current = dir; ; current = dirname(current)) {
    const file = join(current, 'package.json');
    if (existsSync(file)) {
      try {
        const json = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
        if (json.name === name && json.version) return { version: json.version };
      } catch {
        // A broken package.json on the way up is not ours: keep walking.
      }
    }
    if (dirname(current) === current) return undefined;
  }
}
