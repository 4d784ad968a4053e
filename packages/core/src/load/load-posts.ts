import { promises as fs } from 'node:fs';
import path from 'node:path';
import { formatIssue, type PostIssue } from '../errors/post-issue.js';
import { PostValidationError } from '../errors/post-validation-error.js';
import { renderPosts } from '../render/render-posts.js';
import { postSchema } from '../schema/post-schema.js';
import type { PostOf, PostSchema } from '../schema/post-schema-type.js';
import { assemblePost } from './assemble-post.js';
import { discoverFiles } from './discover-files.js';
import { splitFrontmatter } from './frontmatter/split-frontmatter.js';
import type { LoadPostsOptions } from './load-posts-options.js';
import { comparePosts } from './order-posts.js';
import { publicationFilter } from './publication.js';
import { readPostFile } from './read-post-file.js';
import { type ValidPost, validatePost } from './validate-post.js';

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
  const dir = path.resolve(options.dir ?? 'content/posts');
  const schema: PostSchema = options.schema ?? postSchema;
  const onWarning = options.onWarning ?? ((warning: string) => console.warn(warning));
  await assertDirectory(dir, options.dir ?? 'content/posts');

  const { files, unreadable } = await discoverFiles(dir);
  const issuesByFile = new Map<string, PostIssue[]>();
  const report = (issue: PostIssue) => {
    const list = issuesByFile.get(issue.file) ?? [];
    list.push(issue);
    issuesByFile.set(issue.file, list);
  };
  for (const folder of unreadable) report({ file: folder.file, path: '', message: folder.problem });

  const results = await Promise.all(
    files.map(async ({ file, absolute }) => {
      const text = await readPostFile(absolute);
      if (typeof text !== 'string') {
        report({ file, path: '', message: text.problem });
        return undefined;
      }
      const split = splitFrontmatter(text);
      if (!('body' in split)) {
        report({ file, ...split.position, path: '', message: split.message });
        return undefined;
      }
      if (options.filter && !options.filter({ file, frontmatter: split.data })) return undefined;
      const result = validatePost(split, file, schema);
      for (const issue of result.issues ?? []) report(issue);
      return result.post;
    }),
  );
  const valid = results.filter((post): post is ValidPost => post !== undefined);
  const unique = dropDuplicateSlugs(valid, report);

  if (issuesByFile.size > 0) {
    if (options.onInvalid !== 'skip') throw new PostValidationError([...issuesByFile.values()].flat());
    for (const [file, issues] of [...issuesByFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
      onWarning(`Left out ${file}:\n${issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`);
    }
  }

  const isPublished = publicationFilter(options);
  const published = unique.filter((post) => !issuesByFile.has(post.file) && isPublished(post.fields));
  const rendered = await renderPosts(
    published.map((post) => ({ file: post.file, markdown: post.body })),
    {
      ...(options.markdown && { markdown: options.markdown }),
      ...(options.cache !== undefined && { cache: options.cache }),
      ...(options.onProgress && { onProgress: options.onProgress }),
      ...(options.concurrency !== undefined && { concurrency: options.concurrency }),
      onWarning,
    },
  );
  const posts = published.map((post, index) =>
    assemblePost(post, rendered[index] as (typeof rendered)[number]),
  );
  return posts.sort(comparePosts) as PostOf<Schema>[];
}

async function assertDirectory(dir: string, given: string): Promise<void> {
  const stats = await fs.stat(dir).catch((error: NodeJS.ErrnoException) => error);
  if (stats instanceof Error) {
    const reason =
      stats.code === 'ENOENT'
        ? `the posts directory "${given}" does not exist; create it, or pass dir to loadPosts`
        : `the posts directory "${given}" cannot be read: ${stats.message}`;
    throw new PostValidationError([{ file: dir, path: '', message: reason }]);
  }
  if (!stats.isDirectory()) {
    throw new PostValidationError([
      {
        file: dir,
        path: '',
        message: `"${given}" is a file, not a directory; pass the folder that holds the posts`,
      },
    ]);
  }
}

/**
 * Reports every post whose slug an earlier file (in path order) already uses, naming both files, and
 * returns the posts with the first of each slug.
 */
function dropDuplicateSlugs(posts: ValidPost[], report: (issue: PostIssue) => void): ValidPost[] {
  const firstBySlug = new Map<string, ValidPost>();
  for (const post of posts) {
    const first = firstBySlug.get(post.slug);
    if (!first) {
      firstBySlug.set(post.slug, post);
      continue;
    }
    const position = post.slugPosition;
    report({
      file: post.file,
      ...(position && { line: position.line, column: position.column }),
      path: 'slug',
      message: `"${post.slug}" is also the slug of ${first.file}; give one of the two posts a different slug:`,
    });
  }
  return [...firstBySlug.values()];
}
