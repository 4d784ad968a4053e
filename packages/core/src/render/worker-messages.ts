import type { RenderFailure } from './render-failure.js';
import type { RenderJob } from './render-job.js';
import type { RenderedMarkdown } from './render-markdown.js';

/** What a render worker is started with: the options themselves, or a module to import them from. */
export type WorkerSetup = { markdown: import('./options.js').MarkdownOptions } | { markdownModule: string };

/** One post for a render worker. */
export interface WorkerJob extends RenderJob {
  id: number;
}

/** Main thread → render worker: a batch of posts, rendered in order, each answered on its own. */
export interface WorkerRequest {
  jobs: WorkerJob[];
}

/**
 * A render as a worker sends it: the HTML as UTF-8 bytes, moved to the calling thread rather than
 * copied. Held that way until every post is rendered, it takes half the memory of a string of a post
 * with any non-Latin-1 character (which V8 stores at two bytes a character).
 */
export type EncodedRender = Omit<RenderedMarkdown, 'html'> & { html: Uint8Array };

/**
 * Render worker → main thread: `ready` once its options are loaded (a worker that dies before that
 * cannot render anything), then one reply per post: the result as strings and bytes, never trees.
 */
export type WorkerReply =
  | { ready: true }
  | { id: number; result: EncodedRender }
  | { id: number; failure: RenderFailure };
