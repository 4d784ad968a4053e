import { type MarkdownOptions, resolveImageFolders } from './options.js';

const functionIds = new WeakMap<object, number>();
let nextFunctionId = 0;

/**
 * A string that is equal for two option objects that render the same. `functions` decides how a
 * plugin function is identified: `'identity'` (this process only: the same function object) or
 * `'source'` (across processes: its name and source text, for the on-disk cache key).
 */
export function optionsFingerprint(options: MarkdownOptions, functions: 'identity' | 'source'): string {
  const { themes, remarkPlugins, rehypePlugins, sanitize, copyButton } = options;
  // Absolute, so two projects with a `public/` each never share cached image sizes.
  const images = resolveImageFolders(options.images);
  return JSON.stringify(
    { themes, remarkPlugins, rehypePlugins, sanitize, copyButton, images },
    (_key, value: unknown) => {
      if (typeof value === 'function') {
        if (functions === 'source') return `function ${value.name}: ${value.toString()}`;
        let id = functionIds.get(value);
        if (id === undefined) {
          id = nextFunctionId++;
          functionIds.set(value, id);
        }
        return `function #${id}`;
      }
      if (value instanceof RegExp) return `regexp ${value.toString()}`;
      return value;
    },
  );
}
