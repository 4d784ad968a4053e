import { describe, expect, test } from 'vitest';
import { releasingReplacedTree } from '../../src/render/releasing-replaced-tree.js';
import { collectIfOverBudget } from '../../src/render/worker-heap-budget.js';

describe('releasingReplacedTree', () => {
  const old = () => ({ type: 'root', children: [{ type: 'text', value: 'old' }] });
  const replacement = { type: 'root', children: [{ type: 'text', value: 'new' }] };

  test('empties the tree a plugin replaced, and returns the new one', () => {
    const tree = old();
    const transform = releasingReplacedTree(() => (_tree: unknown) => replacement)();
    expect(transform(tree)).toBe(replacement);
    expect(tree.children).toEqual([]);
    expect(replacement.children).toHaveLength(1);
  });

  test('leaves a tree changed in place, or handed to an async transform, alone', () => {
    const tree = old();
    releasingReplacedTree(() => (_tree: unknown) => undefined)()(tree);
    releasingReplacedTree(() => (_tree: unknown) => tree)()(tree);
    releasingReplacedTree(() => async (_tree: unknown) => replacement)()(tree);
    expect(tree.children).toHaveLength(1);
  });

  test('passes the options and the file through', () => {
    const seen: unknown[] = [];
    const plugin = (options: { flag: boolean }) => (tree: { type: string }, file: unknown) => {
      seen.push(options.flag, file);
      return tree;
    };
    releasingReplacedTree(plugin)({ flag: true })({ type: 'root' }, 'file');
    expect(seen).toEqual([true, 'file']);
  });
});

describe('collectIfOverBudget', () => {
  test('does nothing under the budget', () => {
    expect(collectIfOverBudget(1e6)).toBe(false);
  });

  test('collects the garbage of a heap over the budget', () => {
    let garbage: object[] | undefined = Array.from({ length: 500_000 }, (_, index) => ({ index }));
    const before = process.memoryUsage().heapUsed;
    garbage = undefined;
    expect(garbage).toBeUndefined();
    expect(collectIfOverBudget(0)).toBe(true);
    expect(process.memoryUsage().heapUsed).toBeLessThan(before - 10 * 2 ** 20);
  });
});
