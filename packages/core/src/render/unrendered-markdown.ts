import type { Root } from 'mdast';
import type { RenderedContent } from '../post.js';
import { escapeHtmlLikeRehype as escapeHtml } from '../shared/escape.js';
import { excerptOf } from './excerpt.js';
import { readingTimeOf } from './reading-time.js';

/** Class of the `<pre>` that holds a body shown as written instead of rendered. */
export const unrenderedClass = 'inkwell-unrendered';

/**
 * The content of a body that is not run through the markdown parser (see `findPathologicalMarkdown`):
 * its text exactly as written, HTML-escaped, in `<pre class="inkwell-unrendered">`. Nothing is lost and
 * the time is linear. The excerpt and reading time come from the same text; there are no headings.
 *
 * @example
 * ```ts
 * unrenderedMarkdown('a < b *and*');
 * // { html: '<pre class="inkwell-unrendered">a &#x3C; b *and*</pre>', headings: [], excerpt: 'a < b *and*', … }
 * ```
 */
export function unrenderedMarkdown(markdown: string): RenderedContent {
  const text: Root = {
    type: 'root',
    children: [{ type: 'paragraph', children: [{ type: 'text', value: markdown }] }],
  };
  return {
    html: `<pre class="${unrenderedClass}">${escapeHtml(markdown)}</pre>`,
    headings: [],
    excerpt: excerptOf(text),
    readingTime: readingTimeOf(text),
  };
}
