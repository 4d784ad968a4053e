/** A stream progress can be drawn on: `process.stderr` or anything with `write` and `isTTY`. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** What `terminalProgress` returns: an `onProgress` callback, and `clear` to remove the line. */
export interface TerminalProgress {
  update(done: number, total: number): void;
  clear(): void;
}

/** The line is redrawn at most this often. */
const redrawMs = 100;

/**
 * One self-rewriting line on a terminal — `Rendering posts 412/1,049  38/s  ETA 17s` — for
 * `loadPosts({ onProgress })` and `inkwell check`. Quiet when the stream is not a terminal (CI logs,
 * pipes), so logs stay clean.
 *
 * @example
 * ```ts
 * import { loadPosts, terminalProgress } from '@inkwell/core';
 * const progress = terminalProgress();
 * const posts = await loadPosts({ onProgress: progress.update });
 * progress.clear();
 * ```
 */
export function terminalProgress(
  stream: ProgressStream = process.stderr,
  now: () => number = () => performance.now(),
): TerminalProgress {
  if (!stream.isTTY) return { update() {}, clear() {} };
  let start: number | undefined;
  let first = 0;
  let last = -Infinity;
  let shown = false;
  return {
    update(done, total) {
      const time = now();
      // Rate from the first report on: posts served from the cache before it would inflate it.
      if (start === undefined) {
        start = time;
        first = done;
      }
      if (done < total && time - last < redrawMs) return;
      last = time;
      shown = true;
      stream.write(`\r\u001b[K${progressLine(done, total, done - first, (time - start) / 1000)}`);
    },
    clear() {
      if (shown) stream.write('\r\u001b[K');
      shown = false;
    },
  };
}

/**
 * The text of the progress line: done/total, then rate and ETA once they mean something.
 *
 * @example
 * ```ts
 * progressLine(412, 1049, 400, 10); // 'Rendering posts 412/1,049  40/s  ETA 16s'
 * ```
 */
export function progressLine(done: number, total: number, counted: number, seconds: number): string {
  const format = (n: number) => n.toLocaleString('en-US');
  let line = `Rendering posts ${format(done)}/${format(total)}`;
  if (counted > 0 && seconds > 0.2) {
    const rate = counted / seconds;
    line += `  ${format(Math.round(rate))}/s`;
    if (done < total) line += `  ETA ${duration((total - done) / rate)}`;
  }
  return line;
}

function duration(seconds: number): string {
  const rounded = Math.ceil(seconds);
  if (rounded < 60) return `${rounded}s`;
  return `${Math.floor(rounded / 60)}m${String(rounded % 60).padStart(2, '0')}s`;
}
