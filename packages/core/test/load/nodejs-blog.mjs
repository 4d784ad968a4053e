// The Node.js blog corpus's own frontmatter, shared by the corpus test (`nodejs-corpus.test.ts`) and
// the build-speed benchmark (`bench/build-speed.mjs`), so both load exactly the same posts.
//
// Plain JavaScript, taking `z` and `postSchema` as arguments: the benchmark runs under Node on the
// built package and the test under vitest on the sources, each passing its own. The types (and so
// the test's inferred `Post`) come from `nodejs-blog.d.mts`.

import { join } from 'node:path';

/** Where the corpus is read from: `INKWELL_CORPUS`, else `../shared/corpus/nodejs-blog` beside the repository. */
export const nodejsBlogDir =
  process.env.INKWELL_CORPUS ?? join(import.meta.dirname, '../../../../../shared/corpus/nodejs-blog');

/**
 * The Node.js blog's schema: its tags are called `category` (one per post) and every post names an
 * author; `slug` and `canonical` are optional.
 *
 * @example
 * ```js
 * import { z } from 'zod';
 * import { postSchema } from '@inkwell/core';
 * const schema = nodejsBlogSchema(z, postSchema);
 * ```
 */
export function nodejsBlogSchema(z, postSchema) {
  return z
    .object({
      title: z.string().min(1),
      date: postSchema.shape.date,
      author: z.string().min(1),
      category: z.string().optional(),
      slug: z.string().optional(),
      canonical: z.url().optional(),
    })
    .transform(({ category, ...rest }) => ({ ...rest, tags: category ? [category] : [] }));
}

/**
 * The folder also holds the blog's category index page (`index.md`, `layout: blog-category`): only
 * files with `layout: blog-post` are posts.
 *
 * @example
 * ```js
 * await loadPosts({ dir, schema, filter: onlyBlogPosts });
 * ```
 */
export function onlyBlogPosts({ frontmatter }) {
  return frontmatter.layout === 'blog-post';
}
