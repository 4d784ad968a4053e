import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { cacheNamespace, RenderCache } from '../cache/render-cache.js';
import { toolchainVersions } from '../cache/toolchain-versions.js';
import type { RenderedContent } from '../post.js';
import type { MarkdownOptions } from './options.js';
import { optionsFingerprint } from './options-fingerprint.js';
import { type RenderedMarkdown, renderMarkdown } from './render-markdown.js';
import { RenderWorkerPool } from './worker-pool.js';

/** One post body to render. */
export interface RenderJob {
  /** Path of the source, relative to the posts directory: used in warnings and cache entry names. */
  file: string;
  /** The markdown body, without front matter. */
  markdown: string;
}

/** Options of `renderPosts`. */
export interface RenderPostsOptions {
  markdown?: MarkdownOptions;
  /** Cache directory, or `false` to render everything. Default `node_modules/.cache/inkwell` under the working directory. */
  cache?: string | false;
  /** Called after each post (cached or rendered), with how many are done out of how many. */
  onProgress?: (done: number, total: number) => void;
  /** Called once per warning (`file:line:column  message`), cached posts included. Default: `console.warn`. */
  onWarning?: (warning: string) => void;
  /** How many posts render at once, each on its own worker thread. Default: one per CPU core; `1` renders on the calling thread. */
  concurrency?: number;
}

/** Below this much markdown to render, starting worker threads costs more than it saves. */
const minWorkerBytes = 256 * 1024;
/** Cache reads in flight at once. */
const readConcurrency = 64;

/** The default cache directory, `node_modules/.cache/inkwell` under the working directory. */
export function defaultCacheDir(): string {
  return join(process.cwd(), 'node_modules', '.cache', 'inkwell');
}

/**
 * Renders many post bodies, returning results in the same order as `jobs`.
 *
 * Unchanged posts come from the on-disk cache without loading the markdown toolchain. The rest
 * render on worker threads (one per core), largest first, so one huge post runs alongside the others
 * instead of holding them up at the end. With plugin functions in `markdown` (which cannot be copied
 * to a thread), or few posts to render, rendering stays on the calling thread. Output is identical
 * either way.
 *
 * @example
 * ```ts
 * import { renderPosts } from '@inkwell/core';
 * const [hello] = await renderPosts([{ file: 'hello.md', markdown: '# Hello' }], {
 *   onProgress: (done, total) => process.stdout.write(`\rrendered ${done}/${total}`),
 * });
 * console.log(hello.html);
 * ```
 */
export async function renderPosts(
  jobs: RenderJob[],
  options: RenderPostsOptions = {},
): Promise<RenderedContent[]> {
  const markdown = options.markdown ?? {};
  const onWarning = options.onWarning ?? ((warning: string) => console.warn(warning));
  const cache =
    options.cache === false
      ? undefined
      : new RenderCache(
          options.cache ?? defaultCacheDir(),
          cacheNamespace(toolchainVersions(), optionsFingerprint(markdown, 'source')),
        );
  const results: RenderedContent[] = new Array(jobs.length);
  let done = 0;
  const finish = (index: number, content: RenderedContent, warnings: string[]) => {
    results[index] = content;
    for (const warning of warnings) onWarning(warning);
    options.onProgress?.(++done, jobs.length);
  };

  const misses: number[] = [];
  if (cache) {
    await forEachLimit(jobs.keys(), readConcurrency, async (index) => {
      const job = jobs[index] as RenderJob;
      const hit = await cache.get(job.file, job.markdown);
      if (hit) finish(index, hit.content, hit.warnings);
      else misses.push(index);
    });
  } else {
    misses.push(...jobs.keys());
  }

  // Largest first: the biggest post starts at once and the small ones fill the other threads.
  misses.sort((a, b) => (jobs[b] as RenderJob).markdown.length - (jobs[a] as RenderJob).markdown.length);
  const render = createRenderer(
    markdown,
    misses.map((index) => jobs[index] as RenderJob),
    options.concurrency,
  );
  const writes: Promise<void>[] = [];
  try {
    await Promise.all(
      misses.map(async (index) => {
        const job = jobs[index] as RenderJob;
        const { warnings, ...content } = await render.render(job);
        finish(index, content, warnings);
        if (cache) writes.push(cache.set(job.file, job.markdown, { content, warnings }));
      }),
    );
  } finally {
    await render.close();
    await Promise.all(writes);
  }
  await cache?.prune();
  return results;
}

interface Renderer {
  render(job: RenderJob): Promise<RenderedMarkdown>;
  close(): Promise<void>;
}

/** Worker threads when they pay off and can be used, else the calling thread, one post at a time. */
function createRenderer(markdown: MarkdownOptions, jobs: RenderJob[], concurrency?: number): Renderer {
  const threads = Math.min(concurrency ?? availableParallelism(), jobs.length);
  const bytes = jobs.reduce((sum, job) => sum + job.markdown.length, 0);
  const pool =
    threads > 1 && bytes >= minWorkerBytes ? RenderWorkerPool.create(markdown, threads) : undefined;
  if (pool) return { render: (job) => pool.render(job.file, job.markdown), close: () => pool.close() };
  let queue: Promise<unknown> = Promise.resolve();
  return {
    // One at a time, in order: keeps memory to one post's trees, like the workers.
    render: (job) => {
      const result = queue.then(() => renderMarkdown(job.markdown, { ...markdown, file: job.file }));
      queue = result.catch(() => {});
      return result;
    },
    close: async () => {},
  };
}

/** Runs `task` for every item with at most `limit` running at once. */
async function forEachLimit<T>(
  items: Iterable<T>,
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  const iterator = items[Symbol.iterator]();
  const runner = async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) await task(next.value);
  };
  await Promise.all(Array.from({ length: limit }, runner));
}
