import type { Post, RenderedContent } from '../post.js';
import type { ValidPost } from './validate-post.js';

/**
 * Builds the `Post` from a validated file and its rendered body: base fields first, then the extra
 * fields of a custom schema, with no `undefined` values, so the object is plain JSON. The description
 * falls back to the excerpt.
 *
 * @example
 * ```ts
 * const post = assemblePost(valid, await renderMarkdown(valid.body));
 * ```
 */
export function assemblePost(valid: ValidPost, rendered: RenderedContent): Post {
  const {
    title,
    description,
    date,
    updated,
    tags,
    draft,
    slug: _slugField,
    coverImage,
    coverImageAlt,
    audio,
    series,
    ...extra
  } = valid.fields;
  const post: Record<string, unknown> = {
    ...extra,
    slug: valid.slug,
    title,
    description: description ?? (rendered.excerpt || undefined),
    date,
    updated,
    tags,
    draft,
    coverImage,
    coverImageAlt,
    audio,
    series,
    excerpt: rendered.excerpt,
    readingTime: rendered.readingTime,
    html: rendered.html,
    headings: rendered.headings,
    file: valid.file,
  };
  for (const key of Object.keys(post)) if (post[key] === undefined) delete post[key];
  return post as unknown as Post;
}
