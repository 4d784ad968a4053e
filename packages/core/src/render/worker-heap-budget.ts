import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Heap a render worker may fill before it collects garbage between two posts, in MB: a soft limit
 * that never fails a post (one long post may go above it while it renders).
 *
 * Why: V8 lets a heap grow to about four times what survived its last full collection before it
 * collects again, and a long post (an 850 KB changelog parses with a 250 MB peak) leaves that
 * threshold high. The trees of every post after it then pile up as garbage, in each worker at once:
 * most of a cold load's peak memory. Collecting between posts, when only the worker's own modules
 * are alive, is cheap (tens of ms) and brings the threshold back down.
 */
export const workerHeapBudgetMb = 160;

let collect: (() => void) | undefined;

/**
 * Collects garbage when this thread's heap holds more than `budgetMb`. Call it between posts, when
 * the last post's trees are garbage. Uses V8's `gc()` (exposed once for this purpose, as test
 * runners do to measure leaks).
 *
 * @example
 * ```ts
 * for (const job of jobs) {
 *   reply(await render(job));
 *   collectIfOverBudget(workerHeapBudgetMb);
 * }
 * ```
 */
export function collectIfOverBudget(budgetMb: number): boolean {
  if (getHeapStatistics().used_heap_size <= budgetMb * 2 ** 20) return false;
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
  return true;
}
