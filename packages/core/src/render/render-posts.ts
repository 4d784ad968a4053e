import type { RenderedContent } from '../post.js';
import type { MarkdownOptions } from './options.js';
import { renderMarkdown } from './render-markdown.js';

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
  /** Called after each post, with how many are done out of how many. */
  onProgress?: (done: number, total: number) => void;
  /** Called once per warning (`file:line:column  message`). Default: `console.warn`. */
  onWarning?: (warning: string) => void;
  /** How many posts render at once. Default: one per CPU core. */
  concurrency?: number;
}

/**
 * Renders many post bodies, returning results in the same order as `jobs`.
 *
 * @example
 * ```ts
 * import { renderPosts } from '@inkwell/core';
 * const [first] = await renderPosts([{ file: 'hello.md', markdown: '# Hello' }], {
 *   onProgress: (done, total) => console.log(`${done}/${total}`),
 * });
 * ```
 */
export async function renderPosts(
  jobs: RenderJob[],
  options: RenderPostsOptions = {},
): Promise<RenderedContent[]> {
  const onWarning = options.onWarning ?? ((warning: string) => console.warn(warning));
  const markdown = options.markdown ?? {};
  const results: RenderedContent[] = [];
  let done = 0;
  for (const job of jobs) {
    const { warnings, ...content } = await renderMarkdown(job.markdown, { ...markdown, file: job.file });
    for (const warning of warnings) onWarning(warning);
    results.push(content);
    options.onProgress?.(++done, jobs.length);
  }
  return results;
}
