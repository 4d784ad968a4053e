import type { z as zod } from 'zod';
import type { postSchema as defaultPostSchema } from '../../src/schema/post-schema.js';

/** Where the corpus is read from: `INKWELL_CORPUS`, else `../shared/corpus/nodejs-blog` beside the repository. */
export declare const nodejsBlogDir: string;

/** The Node.js blog's frontmatter as the schema reads it. */
export interface NodejsBlogInput {
  title: string;
  date: zod.input<(typeof defaultPostSchema)['shape']['date']>;
  author: string;
  category?: string | undefined;
  slug?: string | undefined;
  canonical?: string | undefined;
}

/** What the schema gives `loadPosts`: `category` became `tags`. */
export interface NodejsBlogFields {
  title: string;
  date: zod.output<(typeof defaultPostSchema)['shape']['date']>;
  author: string;
  slug?: string | undefined;
  canonical?: string | undefined;
  tags: string[];
}

/** The Node.js blog's schema: `category` → `tags`, every post has an author. */
export declare function nodejsBlogSchema(
  z: typeof zod,
  postSchema: typeof defaultPostSchema,
): zod.ZodType<NodejsBlogFields, NodejsBlogInput>;

/** Only `layout: blog-post` files are posts (not the category index page). */
export declare function onlyBlogPosts(candidate: { frontmatter: Record<string, unknown> }): boolean;
