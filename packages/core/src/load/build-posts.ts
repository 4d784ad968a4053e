import type { PostIssue } from '../errors/post-issue.js';
import type { Post } from '../post.js';
import { drawDiagrams } from '../render/draw-diagrams.js';
import { markdownModuleUrl } from '../render/markdown-module.js';
import { optionsFingerprint } from '../render/options-fingerprint.js';
import { type RenderedMarkdown, warmUpRenderer } from '../render/render-markdown.js';
import { defaultCacheDir, isRenderFailure, renderPostsSettled } from '../render/render-posts.js';
import { compareNewestFirst } from '../shared/sort-order.js';
import { assemblePost } from './assemble-post.js';
import type { LoadMemo } from './load-memo.js';
import type { LoadPostsOptions } from './load-posts-options.js';
import { publicationFilter } from './publication.js';
import type { ValidPost } from './validate-post.js';

/** The options of `loadPosts` that decide which valid posts are built and how they render. */
export type BuildPostsOptions = Pick<
  LoadPostsOptions,
  | 'drafts'
  | 'future'
  | 'now'
  | 'markdown'
  | 'markdownModule'
  | 'cache'
  | 'onProgress'
  | 'onWarning'
  | 'concurrency'
> & {
  /** Renders remembered from earlier calls in this process. */
  memo?: LoadMemo;
};

/** What `buildPosts` made: the posts, and an issue for each post that could not be rendered. */
export interface BuiltPosts {
  posts: Post[];
  failures: PostIssue[];
}

/**
 * Turns validated files into posts: leaves out drafts and future posts unless wanted, renders the rest
 * (in parallel, cached), and sorts them newest first, then by slug. A post that cannot be rendered is
 * left out and returned as a failure, so the caller decides to throw or skip; every other post is kept.
 *
 * @example
 * ```ts
 * const { valid } = await validateFiles({ dir: 'content/posts' });
 * const { posts, failures } = await buildPosts(valid, { drafts: false });
 * ```
 */
export async function buildPosts(
  valid: readonly ValidPost[],
  options: BuildPostsOptions,
): Promise<BuiltPosts> {
  const isPublished = publicationFilter(options);
  const published = valid.filter((post) => isPublished(post.fields));
  const remembered = rendersFor(options);
  const renders: (RenderedMarkdown | undefined)[] = published.map((post) => remembered?.get(post));
  const missing = published.flatMap((_post, index) => (renders[index] ? [] : [index]));
  const hits = published.length - missing.length;
  const failures: PostIssue[] = [];
  if (missing.length > 0) {
    const results = await renderPostsSettled(
      missing.map((index) => {
        const post = published[index] as ValidPost;
        // The body as it is, not a copy with the blank lines before it: see `jobMarkdown`.
        return { file: post.file, markdown: post.body, bodyLine: post.bodyLine };
      }),
      {
        ...(options.markdown && { markdown: options.markdown }),
        ...(options.markdownModule && { markdownModule: options.markdownModule }),
        ...(options.cache !== undefined && { cache: options.cache }),
        ...(options.concurrency !== undefined && { concurrency: options.concurrency }),
        ...(options.onProgress && {
          onProgress: (done: number) => options.onProgress?.(hits + done, published.length),
        }),
        // Stale cache entries are only known when every post went through the cache.
        prune: hits === 0,
      },
    );
    results.forEach((result, resultIndex) => {
      const index = missing[resultIndex] as number;
      if (isRenderFailure(result)) {
        const { failed: _, ...failure } = result;
        failures.push({ ...failure, path: '' });
        return;
      }
      renders[index] = result;
      remembered?.set(published[index] as ValidPost, result);
    });
  } else if (published.length > 0) {
    options.onProgress?.(published.length, published.length);
  }
  // Everything came from memory: a dev server's repeat call. Get the renderer ready for the next edit.
  if (options.memo && hits > 0 && !options.memo.warmedUp && !options.markdownModule) {
    options.memo.warmedUp = true;
    void warmUpRenderer(options.markdown ?? {});
  }
  const onWarning = options.onWarning ?? ((warning: string) => console.warn(warning));
  const posts: Post[] = [];
  published.forEach((post, index) => {
    const rendered = renders[index];
    if (!rendered) return;
    const { warnings, ...content } = rendered;
    for (const warning of warnings) onWarning(warning);
    posts.push(assemblePost(post, content));
  });
  if (options.markdown?.mermaid !== 'source') {
    await drawDiagrams(posts, { cache: options.cache ?? defaultCacheDir(), onWarning });
  }
  return { posts: posts.sort(compareNewestFirst), failures };
}

/** The remembered renders for these markdown options, if the caller keeps a memo. */
function rendersFor(options: BuildPostsOptions): WeakMap<ValidPost, RenderedMarkdown> | undefined {
  if (!options.memo) return undefined;
  const key = options.markdownModule
    ? `module ${markdownModuleUrl(options.markdownModule)}`
    : optionsFingerprint(options.markdown ?? {}, 'identity');
  let renders = options.memo.renders.get(key);
  if (!renders) {
    renders = new WeakMap();
    options.memo.renders.set(key, renders);
  }
  return renders;
}
