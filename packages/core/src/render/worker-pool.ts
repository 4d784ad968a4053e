import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { MarkdownOptions } from './options.js';
import type { RenderedMarkdown } from './render-markdown.js';
import type { WorkerReply, WorkerRequest } from './worker-messages.js';

/**
 * Where the built worker entry is: `dist/render/render-worker.js` next to the chunk this code is
 * bundled into. Running from TypeScript sources (tests) there is no JavaScript worker file, and
 * rendering stays on the calling thread.
 */
function workerEntry(): URL | undefined {
  // Paths in a variable, not `new URL('literal', import.meta.url)`: bundlers that pull this package
  // into an app (Next.js without `serverExternalPackages`) try to resolve literals at build time.
  // When bundled, the worker file is not next to the chunk and rendering stays in-thread.
  const candidates = ['./render/render-worker.js', './render-worker.js'];
  return candidates
    .map((path) => new URL(path, import.meta.url))
    .find((url) => url.protocol === 'file:' && existsSync(fileURLToPath(url)));
}

/**
 * V8's young generation in each worker, in MB. Rendering allocates many short-lived nodes; a larger
 * nursery means fewer scavenges (garbage collection was a quarter of the naive pipeline's time).
 */
const youngGenerationMb = 32;

interface Pending {
  request: WorkerRequest;
  resolve: (result: RenderedMarkdown) => void;
  reject: (error: Error) => void;
}

/**
 * A fixed set of worker threads rendering one post each at a time. Each worker parses a post once,
 * sends back only the result, and drops the trees, so memory stays bounded by the posts in flight.
 *
 * @example
 * ```ts
 * const pool = RenderWorkerPool.create(markdownOptions, 2);
 * if (pool) {
 *   const result = await pool.render('hello.md', '# Hello');
 *   await pool.close();
 * }
 * ```
 */
export class RenderWorkerPool {
  readonly #entry: URL;
  readonly #options: MarkdownOptions;
  readonly #idle: Worker[] = [];
  readonly #busy = new Map<Worker, Pending>();
  readonly #queue: Pending[] = [];
  #nextId = 0;
  #closed = false;

  private constructor(entry: URL, options: MarkdownOptions, size: number) {
    this.#entry = entry;
    this.#options = options;
    for (let i = 0; i < size; i++) this.#idle.push(this.#spawn());
  }

  /**
   * A pool of `size` workers, or `undefined` when rendering cannot move to workers: no built worker
   * entry (running from sources), or options that cannot be copied to a thread (plugin functions).
   */
  static create(options: MarkdownOptions, size: number): RenderWorkerPool | undefined {
    const entry = workerEntry();
    if (!entry || !isCloneable(options)) return undefined;
    return new RenderWorkerPool(entry, options, size);
  }

  /** Renders one post on the next free worker. */
  render(file: string, markdown: string): Promise<RenderedMarkdown> {
    if (this.#closed) return Promise.reject(new Error('RenderWorkerPool is closed'));
    return new Promise((resolve, reject) => {
      this.#queue.push({ request: { id: this.#nextId++, file, markdown }, resolve, reject });
      this.#dispatch();
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.#closed = true;
    const workers = [...this.#idle, ...this.#busy.keys()];
    this.#idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  #spawn(): Worker {
    const worker = new Worker(this.#entry, {
      workerData: { markdown: this.#options },
      resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb },
    });
    worker.on('message', (reply: WorkerReply) => {
      const pending = this.#busy.get(worker);
      if (!pending || pending.request.id !== reply.id) return;
      this.#busy.delete(worker);
      this.#idle.push(worker);
      if ('error' in reply) pending.reject(new Error(`${pending.request.file}: ${reply.error}`));
      else pending.resolve(reply.result);
      this.#dispatch();
    });
    worker.on('error', (error) => this.#replace(worker, error));
    worker.on('exit', (code) => {
      if (!this.#closed) this.#replace(worker, new Error(`render worker exited with code ${code}`));
    });
    worker.unref();
    return worker;
  }

  /** A worker died (out of memory, say): fail its post with the file name and start a new worker. */
  #replace(worker: Worker, error: Error): void {
    const pending = this.#busy.get(worker);
    const wasKnown = this.#busy.delete(worker) || this.#idle.includes(worker);
    if (!wasKnown || this.#closed) return;
    const index = this.#idle.indexOf(worker);
    if (index !== -1) this.#idle.splice(index, 1);
    void worker.terminate();
    pending?.reject(new Error(`${pending.request.file}: render worker failed: ${error.message}`));
    this.#idle.push(this.#spawn());
    this.#dispatch();
  }

  #dispatch(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const worker = this.#idle.pop() as Worker;
      const pending = this.#queue.shift() as Pending;
      this.#busy.set(worker, pending);
      worker.ref();
      worker.postMessage(pending.request);
    }
    for (const worker of this.#idle) worker.unref();
  }
}

function isCloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}
