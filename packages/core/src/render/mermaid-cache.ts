import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DrawnDiagram } from './mermaid-browser.js';

/** Bumped when the drawing settings (themes, labels) or the entry format change. */
const drawingVersion = 'inkwell-mermaid-1';

/**
 * On-disk cache of drawn diagrams, beside the render cache (`<cache>/diagrams/`). An entry is named by
 * the SHA-256 of the mermaid version, the drawing settings and the diagram source, and holds both
 * drawings (or mermaid's error, so a broken diagram is reported again without drawing again). Writes
 * are atomic (temp file, then rename); an unreadable entry is a miss.
 *
 * @example
 * ```ts
 * const cache = new MermaidCache('node_modules/.cache/inkwell', '12.3.0');
 * const drawn = (await cache.get(source)) ?? (await draw(source));
 * ```
 */
export class MermaidCache {
  readonly dir: string;
  readonly #version: string;
  #ready: Promise<unknown> | undefined;

  constructor(dir: string, mermaidVersion: string) {
    this.dir = join(dir, 'diagrams');
    this.#version = mermaidVersion;
  }

  #path(source: string): string {
    const key = createHash('sha256').update(`${drawingVersion}\0${this.#version}\0${source}`).digest('hex');
    return join(this.dir, `${key}.json`);
  }

  /** The cached drawing of `source`, or `undefined`. */
  async get(source: string): Promise<DrawnDiagram | undefined> {
    try {
      const entry = JSON.parse(await readFile(this.#path(source), 'utf8')) as {
        source?: string;
        drawn?: DrawnDiagram;
      };
      return entry.source === source ? entry.drawn : undefined;
    } catch {
      return undefined;
    }
  }

  /** Stores a drawing; failing to write only loses the cache. */
  async set(source: string, drawn: DrawnDiagram): Promise<void> {
    const path = this.#path(source);
    const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      this.#ready ??= mkdir(this.dir, { recursive: true });
      await this.#ready;
      await writeFile(temp, JSON.stringify({ source, drawn }));
      await rename(temp, path);
    } catch {
      // A read-only or full disk: the next build draws again.
    }
  }
}
