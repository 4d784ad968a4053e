import type { Element, Root, RootContent } from 'hast';

type Transformer = (tree: Root, ...rest: unknown[]) => unknown;

/**
 * Wraps a code highlighting plugin (`rehype-pretty-code`) so that it runs only on trees with code it
 * could change: a `<pre>` holding a `<code>` (a block), or inline code carrying a `{:lang}` hint.
 *
 * Why: the plugin walks the whole tree twice with `unist-util-visit`, which allocates a parent list
 * per node, even in a post without any code: a tenth of a render's time in a profile of the Node.js
 * blog, where most posts have no code block. This check is one walk that allocates nothing. On the
 * trees it skips, the plugin changes nothing, so output is identical.
 *
 * @example
 * ```ts
 * unified().use(rehypeParse).use(whenCode(rehypePrettyCode), { theme: 'github-dark' });
 * ```
 */
export function whenCode<Plugin extends (...options: never[]) => unknown>(plugin: Plugin): Plugin {
  return function (this: unknown, ...options: Parameters<Plugin>) {
    const transform = (plugin as unknown as (...options: unknown[]) => Transformer).apply(this, options);
    return (tree: Root, ...rest: unknown[]) =>
      hasCode(tree.children) ? transform(tree, ...rest) : undefined;
  } as Plugin;
}

/** Whether any element below could be highlighted: the plugin's own tests, or broader ones. */
function hasCode(children: RootContent[]): boolean {
  for (const node of children) {
    if (node.type !== 'element') continue;
    if (node.tagName === 'pre' || node.tagName === 'inlineCode') return true;
    if (node.tagName === 'code' && hintsLanguage(node)) return true;
    if (node.children.length > 0 && hasCode(node.children)) return true;
  }
  return false;
}

/** Inline code the plugin rewrites: its text ends in `{:lang}` (or an escaped `\{:lang}`). */
function hintsLanguage(code: Element): boolean {
  const text = code.children[0];
  return text?.type === 'text' && text.value.includes('{:');
}
