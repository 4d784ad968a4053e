import path from 'node:path';
import { decodeUriComponentSafely } from '../shared/decode.js';
import { hasOrigin } from '../shared/url-origin.js';

/** Where local images live: the site's public folder and the folder of post files. */
export interface ImageFolders {
  /** The folder a root path (`/covers/a.png`) is served from, like Next.js `public/`. Absolute. */
  publicDir: string;
  /** The folder post file names are relative to, for relative paths (`./diagram.png`). Absolute. */
  postsDir: string;
}

/**
 * The file on disk an image `src` written in a post names, or `undefined` for an image that is not
 * local: a URL with a scheme (`https:`, `data:`), a protocol-relative `//host/a.png`, or an empty
 * src. A root path is looked up under `publicDir`, a relative one next to the post file; the query
 * and fragment are ignored and percent-escapes decoded (`my%20cat.png` is `my cat.png`).
 *
 * @example
 * ```ts
 * localImageFile('/covers/a.svg', 'hello.md', folders); // '/site/public/covers/a.svg'
 * localImageFile('https://example.com/a.png', 'hello.md', folders); // undefined
 * ```
 */
export function localImageFile(src: string, postFile: string, folders: ImageFolders): string | undefined {
  const trimmed = src.trim();
  if (trimmed === '' || hasOrigin(trimmed) || trimmed.startsWith('#')) return undefined;
  // A stray "%" (no valid escape) is part of the file name.
  const decoded = decodeUriComponentSafely(trimmed.replace(/[?#].*$/s, ''));
  if (decoded.startsWith('/')) return path.join(folders.publicDir, decoded);
  return path.resolve(folders.postsDir, path.dirname(postFile), decoded);
}
