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
  const post: Post = {
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
  return withoutUndefined(post);
}

/** Drops keys whose value is `undefined`, so the post serializes and compares as the JSON it is. */
function withoutUndefined<Value extends object>(value: Value): Value {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Value;
}
