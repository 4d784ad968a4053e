import type { RenderedMarkdown } from './render-markdown.js';

/** Main thread → render worker: one post to render. */
export interface WorkerRequest {
  id: number;
  file: string;
  markdown: string;
}

/** Render worker → main thread: the result, or the error's stack. */
export type WorkerReply = { id: number; result: RenderedMarkdown } | { id: number; error: string };
