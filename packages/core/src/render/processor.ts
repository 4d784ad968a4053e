import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypePrettyCode from 'rehype-pretty-code';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type Processor, unified } from 'unified';
import { getHighlighter } from './highlighter.js';
import type { ResolvedMarkdownOptions } from './options.js';
import { rehypeRestoreCodeMeta, rehypeStashCodeMeta } from './rehype-code-meta.js';
import { rehypeCopyButton } from './rehype-copy-button.js';
import { rehypeFragmentLinks } from './rehype-fragment-links.js';
import { rehypeHeadings } from './rehype-headings.js';
import { rehypeLinksAndImages } from './rehype-links-and-images.js';
import { rehypeMermaid } from './rehype-mermaid.js';
import { rehypeRawHtml } from './rehype-raw-html.js';
import { rehypeTaskListLabels } from './rehype-task-list-labels.js';
import { remarkCodeLanguages } from './remark-code-languages.js';
import { remarkPostSummary } from './remark-post-summary.js';
import { defaultSanitizeSchema, withCodeMeta } from './sanitize-schema.js';

/** A frozen unified processor from markdown to an HTML string. */
export type MarkdownProcessor = Processor<MdastRoot, MdastRoot, HastRoot, HastRoot, string>;

/**
 * Builds the markdown → HTML processor for a set of options (see `MarkdownOptions` for the order of
 * the steps). Build it once and reuse it for every post: plugins are attached only once.
 */
export function createMarkdownProcessor(options: ResolvedMarkdownOptions): MarkdownProcessor {
  const { themes, sanitize } = options;
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkPostSummary)
    .use(remarkCodeLanguages)
    .use(options.remarkPlugins)
    // Sanitizing adds its own `user-content-` prefix to footnote ids: do not prefix them twice.
    .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: sanitize === false ? undefined : '' })
    .use(rehypeStashCodeMeta)
    .use(rehypeRawHtml);
  if (sanitize !== false) {
    processor.use(rehypeSanitize, sanitize === true ? defaultSanitizeSchema : withCodeMeta(sanitize));
  }
  processor
    .use(rehypeRestoreCodeMeta)
    .use(rehypeMermaid)
    .use(rehypePrettyCode, {
      theme: { light: themes.light, dark: themes.dark },
      keepBackground: true,
      defaultLang: { block: 'plaintext' },
      getHighlighter: () => getHighlighter(themes),
    });
  if (options.copyButton) processor.use(rehypeCopyButton);
  processor.use(rehypeHeadings);
  if (sanitize !== false) {
    const schema = sanitize === true ? defaultSanitizeSchema : sanitize;
    processor.use(rehypeFragmentLinks, {
      prefix: schema.clobberPrefix ?? defaultSanitizeSchema.clobberPrefix ?? '',
    });
  }
  return processor
    .use(rehypeLinksAndImages)
    .use(rehypeTaskListLabels)
    .use(options.rehypePlugins)
    .use(rehypeStringify)
    .freeze() as unknown as MarkdownProcessor;
}
