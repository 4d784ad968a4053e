import { VFile } from 'vfile';
import type { RenderedContent } from '../post.js';
import { type MarkdownOptions, resolveMarkdownOptions } from './options.js';
import { optionsFingerprint } from './options-fingerprint.js';
import { findPathologicalMarkdown } from './pathological-markdown.js';
import type { MarkdownProcessor } from './processor.js';
import { unrenderedMarkdown } from './unrendered-markdown.js';

/** What `renderMarkdown` returns: the rendered content plus warnings (each naming file and line). */
export type RenderedMarkdown = RenderedContent & { warnings: string[] };

/** Processors by options fingerprint: plugins are attached once per distinct set of options. */
const processors = new Map<string, Promise<MarkdownProcessor>>();

/**
 * The processor for a set of options, built on first use. The markdown toolchain is imported only
 * then, so a build served entirely from the cache never loads unified or shiki.
 */
function processorFor(options: MarkdownOptions): Promise<MarkdownProcessor> {
  const key = optionsFingerprint(options, 'identity');
  let processor = processors.get(key);
  if (!processor) {
    processor = import('./processor.js').then(({ createMarkdownProcessor }) =>
      createMarkdownProcessor(resolveMarkdownOptions(options)),
    );
    processors.set(key, processor);
  }
  return processor;
}

/**
 * Renders one markdown body (without front matter) to sanitized HTML, in a single parse that also
 * yields the table of contents, the excerpt and the reading time.
 *
 * Problems that do not stop rendering (an unknown code language, say) come back in `warnings` as
 * `file:line:column  message`; `file` defaults to `"<markdown>"`. A body that would make the markdown
 * parser run away (lists nested 100+ levels deep, a paragraph of 10,000+ emphasis/link delimiters) is
 * not parsed: its text is kept as written in `<pre class="inkwell-unrendered">`, with a warning.
 *
 * @example
 * ```ts
 * import { renderMarkdown } from '@inkwell/core';
 * const { html, headings, excerpt, readingTime, warnings } = await renderMarkdown(
 *   '# Hello\n\nSome *markdown*.\n\n```js title="a.js"\nconsole.log(1);\n```',
 *   { themes: { light: 'github-light', dark: 'github-dark-dimmed' } },
 * );
 * ```
 */
export async function renderMarkdown(
  markdown: string,
  options: MarkdownOptions & { file?: string } = {},
): Promise<RenderedMarkdown> {
  const name = options.file ?? '<markdown>';
  const pathological = findPathologicalMarkdown(markdown);
  if (pathological) {
    const { line, reason } = pathological;
    const warning = `${name}:${line}:1  shown as plain text, not rendered: ${reason} would take the markdown parser minutes or crash it. Simplify that part to render the post.`;
    return { ...unrenderedMarkdown(markdown), warnings: [warning] };
  }
  const file = new VFile({ value: markdown, path: name });
  const processor = await processorFor(options);
  const html = String(await processor.process(file));
  return {
    html,
    headings: file.data.headings ?? [],
    excerpt: file.data.excerpt ?? '',
    readingTime: file.data.readingTime ?? { minutes: 1, words: 0, text: '1 min read' },
    warnings: file.messages.map((message) => formatWarning(name, message)),
  };
}

/**
 * Loads the markdown toolchain and highlighter for these options and renders a tiny sample, so the
 * next real render does not pay for imports, shiki's start-up and a cold JIT. `loadPosts` starts it in
 * the background on a repeat call (a dev server), so the first edit re-renders quickly. Never rejects.
 *
 * @example
 * ```ts
 * void warmUpRenderer(markdownOptions);
 * ```
 */
export async function warmUpRenderer(options: MarkdownOptions): Promise<void> {
  await renderMarkdown(
    '# Warm-up\n\nText with a [link](https://example.com).\n\n```js\nconst x = 1;\n```\n',
    // Without the user's plugins, so the sample never reaches code with side effects of its own: the
    // highlighter (shared per themes), the imports and the JIT are what real renders reuse.
    { ...options, remarkPlugins: [], rehypePlugins: [], file: '<warm-up>' },
  ).catch(() => {});
}

function formatWarning(
  file: string,
  message: { line?: number | null | undefined; column?: number | null | undefined; reason: string },
): string {
  const place = message.line ? `:${message.line}:${message.column ?? 1}` : '';
  return `${file}${place}  ${message.reason}`;
}
