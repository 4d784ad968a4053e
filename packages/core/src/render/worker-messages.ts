import type { RenderFailure } from './render-failure.js';
import type { RenderedMarkdown } from './render-markdown.js';

/** What a render worker is started with: the options themselves, or a module to import them from. */
export type WorkerSetup = { markdown: import('./options.js').MarkdownOptions } | { markdownModule: string };

/** One post for a render worker. */
export interface WorkerJob {
  id: number;
  file: string;
  markdown: string;
}

/** Main thread → render worker: a batch of posts, rendered in order, each answered on its own. */
export interface WorkerRequest {
  jobs: WorkerJob[];
}

/**
 * Render worker → main thread: `ready` once its options are loaded (a worker that dies before that
 * cannot render anything), then one reply per post: the result as strings, never trees.
 */
export type WorkerReply =
  | { ready: true }
  | { id: number; result: RenderedMarkdown }
  | { id: number; failure: RenderFailure };
