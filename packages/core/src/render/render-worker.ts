/**
 * Worker-thread entry: renders posts sent by `RenderWorkerPool`, one at a time, with the markdown
 * options it was started with (or imported from the module it was given). Built to
 * `dist/render/render-worker.js`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { importMarkdownOptions } from './markdown-module.js';
import type { MarkdownOptions } from './options.js';
import { renderFailure } from './render-failure.js';
import { jobMarkdown } from './render-job.js';
import { renderMarkdown } from './render-markdown.js';
import { collectIfOverBudget, workerHeapBudgetMb } from './worker-heap-budget.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './worker-messages.js';

const port = parentPort;
if (!port) throw new Error('render-worker.js must run in a worker thread (it is started by renderPosts).');
const setup = workerData as WorkerSetup;
const options: MarkdownOptions =
  'markdownModule' in setup ? await importMarkdownOptions(setup.markdownModule) : setup.markdown;
const utf8 = new TextEncoder();

const reply = (message: WorkerReply) => port.postMessage(message);
let work = Promise.resolve();

port.on('message', ({ jobs }: WorkerRequest) => {
  // Batches are queued, so posts render strictly one after another and only one post's trees exist.
  work = work.then(async () => {
    for (const job of jobs) {
      const markdown = jobMarkdown(job);
      try {
        const { html, ...rest } = await renderMarkdown(markdown, { ...options, file: job.file });
        // Its own buffer (never a pooled one), so it can be moved to the other thread.
        const bytes = utf8.encode(html);
        port.postMessage({ id: job.id, result: { ...rest, html: bytes } } satisfies WorkerReply, [
          bytes.buffer,
        ]);
      } catch (error) {
        reply({ id: job.id, failure: renderFailure(job.file, markdown, error) });
      }
      collectIfOverBudget(workerHeapBudgetMb);
    }
  });
});
reply({ ready: true });
