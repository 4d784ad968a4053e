import type { Post } from '../post.js';
import { renderPosts } from '../render/render-posts.js';
import { compareNewestFirst } from '../shared/sort-order.js';
import { assemblePost } from './assemble-post.js';
import type { LoadPostsOptions } from './load-posts-options.js';
import { publicationFilter } from './publication.js';
import { markdownOf, type ValidPost } from './validate-post.js';

/** The options of `loadPosts` that decide which valid posts are built and how they render. */
export type BuildPostsOptions = Pick<
  LoadPostsOptions,
  'drafts' | 'future' | 'now' | 'markdown' | 'cache' | 'onProgress' | 'onWarning' | 'concurrency'
>;

/**
 * Turns validated files into posts: leaves out drafts and future posts unless wanted, renders the rest
 * (in parallel, cached), and sorts them newest first, then by slug.
 *
 * @example
 * ```ts
 * const { valid } = await validateFiles({ dir: 'content/posts' });
 * const posts = await buildPosts(valid, { drafts: false });
 * ```
 */
export async function buildPosts(valid: readonly ValidPost[], options: BuildPostsOptions): Promise<Post[]> {
  const isPublished = publicationFilter(options);
  const published = valid.filter((post) => isPublished(post.fields));
  const rendered = await renderPosts(
    published.map((post) => ({ file: post.file, markdown: markdownOf(post) })),
    {
      ...(options.markdown && { markdown: options.markdown }),
      ...(options.cache !== undefined && { cache: options.cache }),
      ...(options.onProgress && { onProgress: options.onProgress }),
      ...(options.onWarning && { onWarning: options.onWarning }),
      ...(options.concurrency !== undefined && { concurrency: options.concurrency }),
    },
  );
  const posts: Post[] = [];
  published.forEach((post, index) => {
    const content = rendered[index];
    if (content) posts.push(assemblePost(post, content));
  });
  return posts.sort(compareNewestFirst);
}
