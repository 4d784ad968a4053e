import type { MarkdownModule } from '../render/markdown-module.js';
import type { MarkdownOptions } from '../render/options.js';
import type { postSchema } from '../schema/post-schema.js';
import type { PostSchema } from '../schema/post-schema-type.js';
import type { PublicationOptions } from './publication.js';

/**
 * A file `loadPosts` found, offered to the `filter` option before validation.
 *
 * @example
 * ```ts
 * const onlyPosts = ({ file, frontmatter }: PostCandidate) =>
 *   frontmatter.layout === 'blog-post' && !file.startsWith('archive/');
 * ```
 */
export interface PostCandidate {
  /** Path relative to the posts directory, with forward slashes. */
  file: string;
  /** The parsed frontmatter, before the schema. */
  frontmatter: Record<string, unknown>;
}

/**
 * Options of `loadPosts`.
 *
 * @example
 * ```ts
 * const options: LoadPostsOptions = { dir: 'content/posts', drafts: false, onInvalid: 'skip' };
 * ```
 */
export interface LoadPostsOptions<Schema extends PostSchema = typeof postSchema> extends PublicationOptions {
  /** The posts directory, searched recursively for `*.md` and `*.mdx`. Default `content/posts` (from the working directory). */
  dir?: string;
  /**
   * The frontmatter schema: `postSchema` (default), `postSchema.extend({...})`, or any zod schema whose
   * output has `title` and `date`, such as `z.object({...}).transform(...)` mapping your own fields.
   * The type of the returned posts follows it.
   */
  schema?: Schema;
  /**
   * Keeps only the files this returns `true` for, decided from the path and raw frontmatter, before
   * validation: for pages that share the folder but are not posts (say `layout: blog-category`).
   * Files left out this way are not reported.
   */
  filter?: (candidate: PostCandidate) => boolean;
  /** How markdown is rendered: themes, plugins, sanitizing. */
  markdown?: MarkdownOptions;
  /**
   * A module (path or `file:` URL) exporting `markdown`, used instead of `markdown`: every worker
   * thread imports it, so plugin functions render in parallel (functions given in `markdown` render
   * on the calling thread).
   */
  markdownModule?: MarkdownModule;
  /** Render cache directory, or `false`. Default under `node_modules/.cache/inkwell`. */
  cache?: string | false;
  /**
   * `'throw'` (default): one `PostValidationError` listing every problem of every file. `'skip'`: leave
   * invalid posts out and report each through `onWarning`.
   */
  onInvalid?: 'throw' | 'skip';
  /** Called as posts render, with how many are done out of how many (`terminalProgress()` prints it). */
  onProgress?: (done: number, total: number) => void;
  /** Called with each warning (skipped posts, unknown code languages…). Default `console.warn`. */
  onWarning?: (warning: string) => void;
  /** Worker threads rendering posts. Default: one per CPU core; `0` renders on the calling thread. */
  concurrency?: number;
  /**
   * Remember files and renders in this process, so a repeat call (a dev server's every request)
   * re-reads and re-renders only what changed. Default `true`; see the README for the guarantees.
   */
  memory?: boolean;
}
