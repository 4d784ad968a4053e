import type { Element, Root, RootContent } from 'hast';

/**
 * One of the transforms `walkElements` runs together in a single traversal of the HTML tree.
 *
 * @example
 * ```ts
 * const lazyImages: ElementTransform = {
 *   enter: (node) => {
 *     if (node.tagName === 'img') node.properties.loading ??= 'lazy';
 *   },
 * };
 * ```
 */
export interface ElementTransform {
  /**
   * Called for every element in document order, before its children (which it may replace or add
   * to: the walk then visits the new ones). `'skip'` stops this transform, only, below this element.
   */
  enter(node: Element): 'skip' | undefined;
  /** Called once after the walk, for work that needs the whole tree (ids defined anywhere). */
  done?(): void;
}

/**
 * Runs several transforms in one traversal instead of one walk each: on long posts each walk of a
 * large tree costs as much as a transform's own work. Each transform sees exactly the elements a walk
 * of its own (run in the given order, after the ones before it) would have seen.
 *
 * @example
 * ```ts
 * walkElements(tree, [headingsTransform(file), externalLinksTransform()]);
 * ```
 */
export function walkElements(tree: Root, transforms: readonly ElementTransform[]): void {
  walkChildren(tree.children, transforms);
  for (const transform of transforms) transform.done?.();
}

function walkChildren(children: RootContent[], active: readonly ElementTransform[]): void {
  // Indexed on the live array: a transform may add children to the node being walked.
  for (let index = 0; index < children.length; index++) {
    const node = children[index] as RootContent;
    if (node.type !== 'element') continue;
    let below = active;
    for (let position = 0; position < active.length; position++) {
      const transform = active[position] as ElementTransform;
      const skip = transform.enter(node) === 'skip';
      // Copy-on-first-skip: no allocation for the common element that every transform descends into.
      if (skip && below === active) below = active.slice(0, position);
      else if (!skip && below !== active) (below as ElementTransform[]).push(transform);
    }
    if (below.length > 0 && node.children.length > 0) walkChildren(node.children, below);
  }
}
