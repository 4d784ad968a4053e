import { createHash } from 'node:crypto';
import {
  type DrawnDiagram,
  launchMermaidBrowser,
  type MermaidBrowser,
  mermaidVersion,
} from './mermaid-browser.js';
import { MermaidCache } from './mermaid-cache.js';
import { mermaidFigure, mermaidSourceBlock } from './mermaid-figure.js';
import { findMermaidPlaceholders, type MermaidPlaceholder } from './mermaid-placeholders.js';

/** Options of {@link drawDiagrams}. */
export interface DrawDiagramsOptions {
  /** Cache directory (diagrams live in its `diagrams/` folder), or `false`. */
  cache: string | false;
  onWarning: (warning: string) => void;
}

interface Found {
  post: { html: string; file: string };
  placeholders: MermaidPlaceholder[];
}

/** Diagrams drawn per call into the page (keeps one evaluation short). */
const BATCH = 16;

/**
 * Replaces every mermaid placeholder in the posts' HTML with a drawn figure (see `mermaidFigure`), in
 * place. Drawings come from the diagram cache when they can; the rest are drawn in one headless browser,
 * launched only when something is left to draw and closed before returning. A diagram mermaid rejects
 * stays as its source in a code block, with a warning at its file and line; so do all diagrams when
 * mermaid, playwright-core or a browser is missing (one warning that says what to install).
 *
 * @example
 * ```ts
 * await drawDiagrams(posts, { cache: 'node_modules/.cache/inkwell', onWarning: console.warn });
 * ```
 */
export async function drawDiagrams(
  posts: readonly { html: string; file: string }[],
  options: DrawDiagramsOptions,
): Promise<void> {
  const found: Found[] = posts.flatMap((post) => {
    const placeholders = findMermaidPlaceholders(post.html);
    return placeholders.length > 0 ? [{ post, placeholders }] : [];
  });
  if (found.length === 0) return;
  const sources = [...new Set(found.flatMap(({ placeholders }) => placeholders.map(({ source }) => source)))];
  const drawn = await drawAll(sources, options);
  for (const { post, placeholders } of found) {
    let html = '';
    let from = 0;
    placeholders.forEach((placeholder, index) => {
      html += post.html.slice(from, placeholder.start);
      html += figureFor(placeholder, drawn.get(placeholder.source), { file: post.file, index, options });
      from = placeholder.end;
    });
    post.html = html + post.html.slice(from);
  }
}

function figureFor(
  placeholder: MermaidPlaceholder,
  drawn: DrawnDiagram | string | undefined,
  context: { file: string; index: number; options: DrawDiagramsOptions },
): string {
  const { source, line } = placeholder;
  if (drawn && typeof drawn !== 'string' && !('error' in drawn)) {
    const id = `diagram-${createHash('sha256').update(context.file).digest('hex').slice(0, 8)}-${context.index + 1}`;
    return mermaidFigure({ source, ...drawn, id });
  }
  if (drawn && typeof drawn !== 'string') {
    const lines = source.split('\n').length;
    const at = line === undefined ? '' : `:${line + Math.min(Math.max(drawn.line ?? 1, 1), lines)}:1`;
    const reason = drawn.error.split('\n')[0]?.trim();
    const detail = drawn.error.split('\n').slice(1).join(' ').replace(/\s+/g, ' ').trim();
    context.options.onWarning(
      `${context.file}${at}  mermaid diagram not drawn, shown as code: ${reason}${detail ? ` (${detail.slice(0, 200)})` : ''}`,
    );
  }
  return mermaidSourceBlock(source);
}

/** Every source's drawing: cached, drawn now, or the reason none could be drawn (a string, warned once). */
async function drawAll(
  sources: readonly string[],
  options: DrawDiagramsOptions,
): Promise<Map<string, DrawnDiagram | string>> {
  const version = mermaidVersion();
  const cache = options.cache === false || !version ? undefined : new MermaidCache(options.cache, version);
  const drawn = new Map<string, DrawnDiagram | string>();
  if (cache) {
    const hits = await Promise.all(sources.map((source) => cache.get(source)));
    hits.forEach((hit, index) => {
      if (hit) drawn.set(sources[index] as string, hit);
    });
  }
  const missing = sources.filter((source) => !drawn.has(source));
  if (missing.length === 0) return drawn;
  const browser = await launchMermaidBrowser();
  if ('missing' in browser) {
    options.onWarning(
      `${missing.length} mermaid diagram${missing.length > 1 ? 's' : ''} shown as code, not drawn: ${browser.missing}.`,
    );
    for (const source of missing) drawn.set(source, browser.missing);
    return drawn;
  }
  try {
    await drawBatches(browser, missing, async (source, result) => {
      drawn.set(source, result);
      await cache?.set(source, result);
    });
  } finally {
    await browser.close();
  }
  return drawn;
}

async function drawBatches(
  browser: MermaidBrowser,
  sources: readonly string[],
  onDrawn: (source: string, drawn: DrawnDiagram) => Promise<void>,
): Promise<void> {
  for (let start = 0; start < sources.length; start += BATCH) {
    const batch = sources.slice(start, start + BATCH);
    const results = await browser.draw(batch);
    await Promise.all(batch.map((source, index) => onDrawn(source, results[index] as DrawnDiagram)));
  }
}
