import { createHash } from 'node:crypto';

/**
 * Edits a render-cache entry file the way only a deliberate writer could: changes its JSON metadata
 * line and HTML, then recomputes the checksum line, so the entry stays intact as far as the cache can
 * tell. Tests use it to prove a hit is served from disk, or that a check other than the checksum
 * (format version, key) rejects an entry.
 */
export function rewriteIntact(
  entry: string,
  change: (meta: string, html: string) => [string, string],
): string {
  const payload = entry.slice(entry.indexOf('\n') + 1);
  const newline = payload.indexOf('\n');
  const [meta, html] = change(payload.slice(0, newline), payload.slice(newline + 1));
  const rewritten = `${meta}\n${html}`;
  return `${createHash('sha256').update(rewritten).digest('hex')}\n${rewritten}`;
}
