import { PostValidationError } from '../errors/post-validation-error.js';
import { drawDiagrams } from '../render/draw-diagrams.js';
import type { MarkdownOptions } from '../render/options.js';
import { renderMarkdown } from '../render/render-markdown.js';
import { defaultCacheDir } from '../render/render-posts.js';
import { postSchema } from '../schema/post-schema.js';
import type { PostOf, PostSchema } from '../schema/post-schema-type.js';
import { assemblePost } from './assemble-post.js';
import { normalizeSource } from './decode-source.js';
import { splitFrontmatter } from './frontmatter/split-frontmatter.js';
import { markdownOf, validatePost } from './validate-post.js';

/**
 * Options of `parsePost`.
 *
 * @example
 * ```ts
 * const options: ParsePostOptions = { file: 'hello.md' };
 * ```
 */
export interface ParsePostOptions<Schema extends PostSchema = typeof postSchema> {
  /** The file's path relative to the posts directory: names it in issues and gives the default slug. */
  file: string;
  /** The frontmatter schema; see `loadPosts`. Default `postSchema`. */
  schema?: Schema;
  /** How markdown is rendered. */
  markdown?: MarkdownOptions;
  /** Called with each rendering warning. Default `console.warn`. */
  onWarning?: (warning: string) => void;
}

/**
 * Parses, validates and renders one post from its text, exactly as `loadPosts` does for each file
 * (drafts and future dates are returned as they are). Throws a `PostValidationError` listing every
 * problem.
 *
 * @example
 * ```ts
 * import { parsePost } from '@inkwell/core';
 *
 * const post = await parsePost('---\ntitle: Hello\ndate: 2025-11-18\n---\nFirst post.', { file: 'hello.md' });
 * post.slug; // 'hello'
 * post.date; // '2025-11-18T00:00:00.000Z'
 * ```
 */
export async function parsePost<Schema extends PostSchema = typeof postSchema>(
  source: string,
  options: ParsePostOptions<Schema>,
): Promise<PostOf<Schema>> {
  const { file } = options;
  const text = normalizeSource(source);
  if (text.trim() === '') {
    throw new PostValidationError([
      {
        file,
        path: '',
        message: 'is empty; a post needs frontmatter with at least title: and date:, then its text',
      },
    ]);
  }
  const split = splitFrontmatter(text);
  if (!('body' in split))
    throw new PostValidationError([{ file, ...split.position, path: '', message: split.message }]);
  const result = await validatePost(split, file, options.schema ?? postSchema);
  if (result.issues) throw new PostValidationError(result.issues);
  const { warnings, ...rendered } = await renderMarkdown(markdownOf(result.post), {
    ...options.markdown,
    file,
  });
  const onWarning = options.onWarning ?? ((warning: string) => console.warn(warning));
  for (const warning of warnings) onWarning(warning);
  const post = assemblePost(result.post, rendered);
  if (options.markdown?.mermaid !== 'source')
    await drawDiagrams([post], { cache: defaultCacheDir(), onWarning });
  return post as PostOf<Schema>;
}
