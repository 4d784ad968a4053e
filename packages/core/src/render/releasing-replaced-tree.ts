/** The part of a unist tree this needs. */
interface Tree {
  type: string;
  children?: unknown[];
}

type Transformer = (tree: Tree, ...rest: unknown[]) => unknown;

/**
 * Wraps a plugin whose transformer returns a new tree (remark-rehype's markdown → HTML tree,
 * rehype-sanitize's clean copy) so the tree it replaced gives up its children once the new one exists.
 *
 * Why: unified keeps the tree a run started with referenced until the whole run ends, so without this
 * the markdown tree of a post (and the unsanitized HTML tree) stay alive while highlighting and
 * stringifying: on a long post, hundreds of MB of nodes the garbage collector keeps copying and
 * marking, and the peak memory of a render. The new tree never shares the old root's list of
 * children, and nothing reads the old tree afterwards, so output is unchanged.
 *
 * @example
 * ```ts
 * unified().use(remarkParse).use(releasingReplacedTree(remarkRehype), { allowDangerousHtml: true });
 * ```
 */
export function releasingReplacedTree<Plugin extends (...options: never[]) => unknown>(
  plugin: Plugin,
): Plugin {
  return function (this: unknown, ...options: Parameters<Plugin>) {
    const transform = (plugin as unknown as (...options: unknown[]) => Transformer).apply(this, options);
    return (tree: Tree, ...rest: unknown[]) => {
      const replacement = transform(tree, ...rest);
      // Only a tree given back in place of this one: not `undefined` (changed in place), not a promise.
      if (isTree(replacement) && replacement !== tree && Array.isArray(tree.children)) tree.children = [];
      return replacement;
    };
  } as Plugin;
}

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && typeof (value as Tree).type === 'string';
}
