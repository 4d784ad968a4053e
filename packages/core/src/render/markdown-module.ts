import { pathToFileURL } from 'node:url';
import type { MarkdownOptions } from './options.js';

/**
 * Where to import markdown options from: a path (resolved from the working directory) or a `file:` URL
 * of a module that exports `markdown` (named, or as a property of its default export). Plugin
 * functions cannot be copied to worker threads, but each worker can import the module itself.
 */
export type MarkdownModule = string | URL;

/** The module's URL, as workers and the calling thread import it. */
export function markdownModuleUrl(module: MarkdownModule): string {
  if (module instanceof URL) return module.href;
  return module.startsWith('file:') ? module : pathToFileURL(module).href;
}

/**
 * Imports the markdown options of a module, with an error that says what the module must export.
 *
 * @example
 * ```ts
 * // inkwell.config.mjs: export const markdown = { rehypePlugins: [rehypeKatex] };
 * const options = await importMarkdownOptions('inkwell.config.mjs');
 * ```
 */
export async function importMarkdownOptions(module: MarkdownModule): Promise<MarkdownOptions> {
  const url = markdownModuleUrl(module);
  const loaded = (await import(url)) as { markdown?: unknown; default?: { markdown?: unknown } };
  const options = loaded.markdown ?? loaded.default?.markdown;
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(
      `${url} must export the markdown options: export const markdown = { rehypePlugins: [...] }`,
    );
  }
  return options as MarkdownOptions;
}
