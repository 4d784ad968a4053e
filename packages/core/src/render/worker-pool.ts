import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type RenderFailure, workerFailure } from './render-failure.js';
import { jobMarkdown, type RenderJob } from './render-job.js';
import type { RenderedMarkdown } from './render-markdown.js';
import type { EncodedRender, WorkerJob, WorkerReply, WorkerSetup } from './worker-messages.js';

/**
 * Where the built worker entry is: `dist/render/render-worker.js` next to the chunk this code is
 * bundled into. Running from TypeScript sources (tests) there is no JavaScript worker file, and
 * rendering stays on the calling thread.
 */
export function workerEntry(): URL | undefined {
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
 * nursery means fewer scavenges (garbage collection was a fifth of a single-threaded profile).
 */
const youngGenerationMb = 32;
/** A batch sent to a worker holds at most this many posts and this much markdown (at least one post). */
const batchPosts = 16;
const batchBytes = 64 * 1024;

/**
 * The outcome of one post: its render (from a worker, with the HTML as UTF-8 bytes), or why it has none.
 */
export type PoolResult = { result: RenderedMarkdown | EncodedRender } | { failure: RenderFailure };

interface Pending extends WorkerJob {
  settle: (outcome: PoolResult) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  dead: boolean;
  /** The batch this worker is rendering, in order: the first one is the post on it now. */
  inFlight: Pending[];
}

/**
 * A fixed set of worker threads, started once and fed batches of posts. Each worker renders one post
 * at a time and sends back strings, so memory stays bounded by the batches in flight. Every post
 * settles: a plugin error or a dead worker becomes that post's `failure`, the rest of its batch goes
 * back to the queue, and a worker that cannot even start fails everything still waiting.
 *
 * @example
 * ```ts
 * const pool = RenderWorkerPool.create({ markdown: {} }, 2);
 * if (pool) {
 *   const outcome = await pool.render({ file: 'hello.md', markdown: '# Hello' });
 *   if ('result' in outcome) console.log(outcome.result.html.byteLength);
 *   await pool.close();
 * }
 * ```
 */
export class RenderWorkerPool {
  readonly #entry: URL;
  readonly #setup: WorkerSetup;
  readonly #slots = new Set<Slot>();
  readonly #queue: Pending[] = [];
  #nextId = 0;
  #closed = false;
  #broken: string | undefined;

  private constructor(entry: URL, setup: WorkerSetup, size: number) {
    this.#entry = entry;
    this.#setup = setup;
    for (let i = 0; i < size; i++) this.#spawn();
  }

  /**
   * A pool of `size` workers, or `undefined` when rendering cannot move to workers: no built worker
   * entry (running from sources), or options that cannot be copied to a thread (plugin functions
   * given directly rather than through a markdown module).
   */
  static create(setup: WorkerSetup, size: number): RenderWorkerPool | undefined {
    const entry = workerEntry();
    if (!entry || ('markdown' in setup && !isCloneable(setup.markdown))) return undefined;
    return new RenderWorkerPool(entry, setup, size);
  }

  /** Renders one post on the next free worker. Never rejects: failures come back as `failure`. */
  render(job: RenderJob): Promise<PoolResult> {
    return new Promise((settle) => {
      const pending = { ...job, id: this.#nextId++, settle };
      if (this.#broken !== undefined || this.#closed)
        this.#fail(pending, this.#broken ?? 'the pool is closed');
      else {
        this.#queue.push(pending);
        this.#dispatch();
      }
    });
  }

  /** Stops every worker; posts still waiting fail. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const pending of this.#queue.splice(0)) this.#fail(pending, 'the pool was closed');
    const workers = [...this.#slots].map((slot) => slot.worker);
    this.#slots.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  #spawn(): void {
    const worker = new Worker(this.#entry, {
      workerData: this.#setup,
      resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb },
    });
    const slot: Slot = { worker, ready: false, dead: false, inFlight: [] };
    this.#slots.add(slot);
    worker.on('message', (reply: WorkerReply) => this.#receive(slot, reply));
    worker.on('error', (error) => this.#died(slot, describeDeath(error)));
    worker.on('exit', (code) => this.#died(slot, `the render worker exited with code ${code}`));
    // Referenced until ready: a starting worker is what keeps the process waiting for its posts.
  }

  #receive(slot: Slot, reply: WorkerReply): void {
    if ('ready' in reply) {
      slot.ready = true;
    } else {
      const pending = slot.inFlight.shift();
      if (!pending || pending.id !== reply.id) return;
      pending.settle('result' in reply ? { result: reply.result } : { failure: reply.failure });
    }
    this.#dispatch();
  }

  /**
   * A worker died. Its current post fails with the reason and the rest of its batch is queued again;
   * a new worker takes its place. A worker that died before it was ready (its markdown module cannot
   * be imported, say) would die again: then every waiting post fails with that reason.
   */
  #died(slot: Slot, reason: string): void {
    if (slot.dead || this.#closed) return;
    slot.dead = true;
    this.#slots.delete(slot);
    void slot.worker.terminate();
    const [current, ...rest] = slot.inFlight;
    this.#queue.unshift(...rest);
    if (current) this.#fail(current, reason);
    if (!slot.ready) {
      this.#broken = `the render worker could not start (${reason})`;
      for (const pending of this.#queue.splice(0)) this.#fail(pending, this.#broken);
      return;
    }
    this.#spawn();
  }

  #fail(pending: Pending, reason: string): void {
    pending.settle({ failure: workerFailure(pending.file, jobMarkdown(pending), reason) });
  }

  #dispatch(): void {
    for (const slot of this.#slots) {
      if (!slot.ready || slot.inFlight.length > 0) continue;
      if (this.#queue.length === 0) {
        slot.worker.unref();
        continue;
      }
      slot.inFlight = this.#nextBatch();
      slot.worker.ref();
      slot.worker.postMessage({
        jobs: slot.inFlight.map(({ settle: _, ...job }) => job),
      });
    }
  }

  #nextBatch(): Pending[] {
    const batch: Pending[] = [];
    let bytes = 0;
    while (this.#queue.length > 0 && batch.length < batchPosts) {
      const next = this.#queue[0] as Pending;
      if (batch.length > 0 && bytes + next.markdown.length > batchBytes) break;
      bytes += next.markdown.length;
      batch.push(this.#queue.shift() as Pending);
    }
    return batch;
  }
}

function describeDeath(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return 'the render worker ran out of memory';
  return `the render worker crashed: ${error.message}`;
}

function isCloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}
