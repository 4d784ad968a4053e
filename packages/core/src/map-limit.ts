/**
 * Maps `items` through `task` with at most `limit` tasks running at once, keeping the order of
 * `items` in the result. Bounds file reads and other work in flight, so memory does not grow with the
 * number of posts.
 *
 * @example
 * ```ts
 * const texts = await mapLimit(paths, 64, (path) => readFile(path, 'utf8'));
 * ```
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const runner = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, runner));
  return results;
}
