import type { z } from 'zod';
import type { Post } from '../post.js';
import type { postSchema } from './post-schema.js';

/**
 * The fields every schema's output must have: the rest of a post is derived from them.
 *
 * @example
 * ```ts
 * const mapped: RequiredPostFields = { title: 'Hello', date: new Date('2025-11-18') };
 * ```
 */
export interface RequiredPostFields {
  title: string;
  /** An ISO string or a `Date`; `loadPosts` turns it into an ISO string. */
  date: string | Date;
}

/**
 * Any zod schema whose output has at least `title` and `date`: `postSchema`, `postSchema.extend({...})`,
 * or `z.object({...}).transform((frontmatter) => ({...}))` mapping a blog's own frontmatter.
 *
 * @example
 * ```ts
 * const schema = z
 *   .object({ title: z.string(), date: postSchema.shape.date, category: z.string() })
 *   .transform(({ category, ...rest }) => ({ ...rest, tags: [category] })) satisfies PostSchema;
 * ```
 */
export type PostSchema = z.ZodType<RequiredPostFields>;

/**
 * The post type `loadPosts` returns for a schema: the schema's output fields merged into `Post`.
 *
 * @example
 * ```ts
 * type BlogPost = PostOf<typeof mySchema>;
 * ```
 */
export type PostOf<Schema extends PostSchema = typeof postSchema> = Post<z.output<Schema>>;
