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
import { rehypeMermaid } from './rehype-mermaid.js';
import { rehypePostTransforms } from './rehype-post-transforms.js';
import { rehypeRawHtml } from './rehype-raw-html.js';
import { releasingReplacedTree } from './releasing-replaced-tree.js';
import { remarkCodeLanguages } from './remark-code-languages.js';
import { remarkPostSummary } from './remark-post-summary.js';
import { defaultSanitizeSchema, withCodeMeta } from './sanitize-schema.js';
import { whenCode } from './when-code.js';

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
    // Each step that builds a new tree releases the one it replaced (see `releasingReplacedTree`).
    .use(releasingReplacedTree(remarkRehype), {
      allowDangerousHtml: true,
      clobberPrefix: sanitize === false ? undefined : '',
    })
    .use(rehypeStashCodeMeta)
    .use(rehypeRawHtml);
  if (sanitize !== false) {
    processor.use(
      releasingReplacedTree(rehypeSanitize),
      sanitize === true ? defaultSanitizeSchema : withCodeMeta(sanitize),
    );
  }
  processor
    .use(rehypeRestoreCodeMeta)
    .use(rehypeMermaid)
    .use(whenCode(rehypePrettyCode), {
      theme: { light: themes.light, dark: themes.dark },
      keepBackground: true,
      defaultLang: { block: 'plaintext' },
      getHighlighter: () => getHighlighter(themes),
    });
  const schema = sanitize === true ? defaultSanitizeSchema : sanitize;
  return processor
    .use(rehypePostTransforms, {
      copyButton: options.copyButton,
      images: options.images || undefined,
      fragmentPrefix:
        schema === false ? undefined : (schema.clobberPrefix ?? defaultSanitizeSchema.clobberPrefix ?? ''),
    })
    .use(options.rehypePlugins)
    .use(rehypeStringify)
    .freeze() as unknown as MarkdownProcessor;
}
