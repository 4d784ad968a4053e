/**
 * Worker-thread entry: renders posts sent by `RenderWorkerPool`, one at a time, with the markdown
 * options it was started with. Built to `dist/render/render-worker.js`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { MarkdownOptions } from './options.js';
import { renderMarkdown } from './render-markdown.js';
import type { WorkerReply, WorkerRequest } from './worker-messages.js';

const port = parentPort;
if (!port) throw new Error('render-worker.js must run in a worker thread (it is started by renderPosts).');
const options = (workerData as { markdown: MarkdownOptions }).markdown;

port.on('message', async ({ id, file, markdown }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id, result: await renderMarkdown(markdown, { ...options, file }) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
