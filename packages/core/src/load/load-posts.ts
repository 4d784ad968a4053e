import path from 'node:path';
import { compareIssues, formatIssue, type PostIssue } from '../errors/post-issue.js';
import { PostValidationError } from '../errors/post-validation-error.js';
import { imagesNextToPosts } from '../render/options.js';
import type { postSchema } from '../schema/post-schema.js';
import type { PostOf, PostSchema } from '../schema/post-schema-type.js';
import { buildPosts } from './build-posts.js';
import { loadMemo } from './load-memo.js';
import type { LoadPostsOptions } from './load-posts-options.js';
import { validateFiles } from './validate-files.js';

/**
 * Loads every post under a directory: finds the markdown files, validates their frontmatter against a
 * schema, renders them, and returns them newest first (then by slug). Either every problem of every
 * file is thrown as one `PostValidationError`, or (with `onInvalid: 'skip'`) invalid posts are left
 * out with a warning each. Nothing is dropped silently.
 *
 * @example Default schema:
 * ```ts
 * import { loadPosts } from '@inkwell/core';
 *
 * const posts = await loadPosts({ dir: 'content/posts' });
 * for (const post of posts) console.log(post.date, post.slug, post.readingTime.text);
 * ```
 *
 * @example Mapping a blog's own frontmatter (`category` → `tags`); the post type follows the schema:
 * ```ts
 * import { loadPosts, postSchema } from '@inkwell/core';
 * import { z } from 'zod';
 *
 * const schema = z
 *   .object({ title: z.string(), date: postSchema.shape.date, category: z.string(), author: z.string() })
 *   .transform(({ category, ...rest }) => ({ ...rest, tags: [category] }));
 * const posts = await loadPosts({ dir: 'blog', schema });
 * posts[0].author; // string
 * ```
 */
export async function loadPosts<Schema extends PostSchema = typeof postSchema>(
  options: LoadPostsOptions<Schema> = {},
): Promise<PostOf<Schema>[]> {
  const onWarning = options.onWarning ?? ((warning: string) => console.warn(warning));
  const memo =
    options.memory === false
      ? undefined
      : loadMemo(path.resolve(options.dir ?? 'content/posts'), {
          schema: options.schema,
          filter: options.filter,
        });
  const { valid, issues, warnings } = await validateFiles({ ...options, ...(memo && { memo }) });
  for (const warning of warnings) onWarning(formatIssue(warning));
  const skip = options.onInvalid === 'skip';
  if (issues.length > 0 && !skip) throw new PostValidationError(issues);
  const markdown = imagesNextToPosts(options.markdown, options.dir ?? 'content/posts');
  const { posts, failures } = await buildPosts(valid, {
    ...options,
    markdown,
    onWarning,
    ...(memo && { memo }),
  });
  if (failures.length > 0 && !skip) throw new PostValidationError(failures);
  for (const [file, fileIssues] of groupByFile([...issues, ...failures])) {
    onWarning(`Left out ${file}:\n${fileIssues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`);
  }
  // The one place the schema's output type meets the runtime objects: `validateFiles` checked them.
  return posts as PostOf<Schema>[];
}

function groupByFile(issues: readonly PostIssue[]): Map<string, PostIssue[]> {
  const byFile = new Map<string, PostIssue[]>();
  for (const issue of [...issues].sort(compareIssues)) {
    byFile.set(issue.file, [...(byFile.get(issue.file) ?? []), issue]);
  }
  return byFile;
}
