import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { cacheNamespace, RenderCache } from '../cache/render-cache.js';
import { toolchainVersions } from '../cache/toolchain-versions.js';
import { PostValidationError } from '../errors/post-validation-error.js';
import { mapLimit } from '../map-limit.js';
import type { RenderedContent } from '../post.js';
import { importMarkdownOptions, type MarkdownModule, markdownModuleUrl } from './markdown-module.js';
import type { MarkdownOptions } from './options.js';
import { optionsFingerprint } from './options-fingerprint.js';
import { type RenderFailure, renderFailure } from './render-failure.js';
import { jobMarkdown, jobMarkdownPieces, type RenderJob } from './render-job.js';
import { type RenderedMarkdown, renderMarkdown } from './render-markdown.js';
import type { EncodedRender } from './worker-messages.js';
import { type PoolResult, RenderWorkerPool } from './worker-pool.js';

export type { RenderJob } from './render-job.js';

/** Options of `renderPosts`. */
export interface RenderPostsOptions {
  markdown?: MarkdownOptions;
  /**
   * A module exporting `markdown` (named, or on its default export), used instead of `markdown`.
   * Each worker thread imports it, so plugin functions render in parallel too.
   */
  markdownModule?: MarkdownModule;
  /** Cache directory, or `false` to render everything. Default `node_modules/.cache/inkwell` under the working directory. */
  cache?: string | false;
  /** Called after each post (cached or rendered), with how many are done out of how many. */
  onProgress?: (done: number, total: number) => void;
  /** Called once per warning (`file:line:column  message`), cached posts included, in job order. Default: `console.warn`. */
  onWarning?: (warning: string) => void;
  /** Worker threads rendering at once. Default: one per CPU core; `0` renders on the calling thread. */
  concurrency?: number;
}

/** `renderPosts` options for callers that render a subset of a site and handle failures themselves. */
export interface SettledRenderOptions extends RenderPostsOptions {
  /** Delete stale cache entries afterwards. Only right when `jobs` is every post of the site. Default `true`. */
  prune?: boolean;
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
 * instead of holding them up at the end. Plugin functions given in `markdown` cannot be copied to a
 * thread: give them through `markdownModule` to keep the workers, or rendering stays on the calling
 * thread. Output is identical either way. When a post cannot be rendered (a plugin throws), every
 * other post still renders, then a `PostValidationError` names each failed file and line.
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
  const onWarning = options.onWarning ?? ((warning: string) => console.warn(warning));
  const results = await renderPostsSettled(jobs, options);
  const failures = results.filter(isRenderFailure);
  if (failures.length > 0) {
    throw new PostValidationError(failures.map(({ failed: _, ...failure }) => ({ ...failure, path: '' })));
  }
  return (results as RenderedMarkdown[]).map(({ warnings, ...content }) => {
    for (const warning of warnings) onWarning(warning);
    return content;
  });
}

/** A post `renderPostsSettled` could not render. */
export type FailedRender = RenderFailure & { failed: true };

/** Whether a settled render is a failure. */
export function isRenderFailure(value: RenderedMarkdown | FailedRender): value is FailedRender {
  return 'failed' in value;
}

/**
 * `renderPosts` that never rejects for a post: each result is the content with its warnings (cached
 * posts included), or a `FailedRender` naming the file and line, so the caller can skip or report it
 * like any invalid post. `onWarning` is not called: the caller reports each post's warnings.
 *
 * @example
 * ```ts
 * const results = await renderPostsSettled(jobs, { cache: false });
 * for (const result of results) if (isRenderFailure(result)) console.warn(result.file, result.message);
 * ```
 */
export async function renderPostsSettled(
  jobs: RenderJob[],
  options: SettledRenderOptions = {},
): Promise<(RenderedMarkdown | FailedRender)[]> {
  const markdown = options.markdownModule
    ? await importMarkdownOptions(options.markdownModule)
    : (options.markdown ?? {});
  const cache =
    options.cache === false
      ? undefined
      : new RenderCache(
          options.cache ?? defaultCacheDir(),
          cacheNamespace(toolchainVersions(), optionsFingerprint(markdown, 'source')),
        );
  const results: (RenderedMarkdown | EncodedRender | FailedRender)[] = new Array(jobs.length);
  let done = 0;
  const finish = (index: number, outcome: RenderedMarkdown | EncodedRender | FailedRender) => {
    results[index] = outcome;
    options.onProgress?.(++done, jobs.length);
  };

  const misses: number[] = [];
  if (cache) {
    await mapLimit(jobs, readConcurrency, async (job, index) => {
      const hit = await cache.get(job.file, jobMarkdownPieces(job));
      if (hit) finish(index, { ...hit.content, warnings: hit.warnings });
      else misses.push(index);
    });
  } else {
    misses.push(...jobs.keys());
  }

  // Largest first: the biggest post starts at once and the small ones fill the other threads.
  misses.sort((a, b) => (jobs[b] as RenderJob).markdown.length - (jobs[a] as RenderJob).markdown.length);
  const render = createRenderer(
    options,
    markdown,
    misses.map((index) => jobs[index] as RenderJob),
  );
  const writes: Promise<void>[] = [];
  try {
    await Promise.all(
      misses.map(async (index) => {
        const job = jobs[index] as RenderJob;
        const outcome = await render.render(job);
        if ('failure' in outcome) return finish(index, { ...outcome.failure, failed: true });
        finish(index, outcome.result);
        const { warnings, ...content } = outcome.result;
        if (cache) writes.push(cache.set(job.file, jobMarkdownPieces(job), { content, warnings }));
      }),
    );
  } finally {
    await render.close();
    await Promise.all(writes);
  }
  if (options.prune !== false) await cache?.prune();
  return decodeHtml(results);
}

/**
 * Turns the HTML workers sent as bytes into strings, once the workers are gone (their memory and all
 * the bytes at once would be the peak), freeing each post's bytes as it goes.
 */
function decodeHtml(
  results: (RenderedMarkdown | EncodedRender | FailedRender)[],
): (RenderedMarkdown | FailedRender)[] {
  const utf8 = new TextDecoder();
  for (const [index, result] of results.entries()) {
    if ('html' in result && typeof result.html !== 'string')
      results[index] = { ...result, html: utf8.decode(result.html) };
  }
  return results as (RenderedMarkdown | FailedRender)[];
}

interface Renderer {
  render(job: RenderJob): Promise<PoolResult>;
  close(): Promise<void>;
}

/** Worker threads when they pay off and can be used, else the calling thread, one post at a time. */
function createRenderer(options: RenderPostsOptions, markdown: MarkdownOptions, jobs: RenderJob[]): Renderer {
  const threads = Math.min(options.concurrency ?? availableParallelism(), jobs.length);
  const bytes = jobs.reduce((sum, job) => sum + job.markdown.length, 0);
  const setup = options.markdownModule
    ? { markdownModule: markdownModuleUrl(options.markdownModule) }
    : { markdown };
  const pool = threads >= 1 && bytes >= minWorkerBytes ? RenderWorkerPool.create(setup, threads) : undefined;
  if (pool) return { render: (job) => pool.render(job), close: () => pool.close() };
  let queue: Promise<unknown> = Promise.resolve();
  return {
    // One at a time, in order: keeps memory to one post's trees, like the workers.
    render: (job) => {
      const result = queue.then(() => {
        const text = jobMarkdown(job);
        return renderMarkdown(text, { ...markdown, file: job.file }).then(
          (rendered): PoolResult => ({ result: rendered }),
          (error: unknown): PoolResult => ({ failure: renderFailure(job.file, text, error) }),
        );
      });
      queue = result;
      return result;
    },
    close: async () => {},
  };
}
