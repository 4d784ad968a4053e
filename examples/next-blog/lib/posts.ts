import { join } from 'node:path';
import { loadPosts, type Post, postSchema, readImageDimensions } from '@inkwell/core';
import { z } from 'zod';
import { withBasePath } from './site';

/**
 * The blog's frontmatter: Inkwell's default fields plus an optional `author`, and `category` folded
 * into tags so that the Node.js blog corpus (which uses `category`) builds with the same schema. Root
 * paths of covers and narration (`/covers/a.svg`) are put under the base path here, once, so the page,
 * its metadata and the feeds all point at the served file. A cover's width and height are read from
 * the file in `public/`, so its box is reserved before it loads (no layout shift).
 */
const schema = postSchema
  .extend({ author: z.string().optional(), category: z.string().optional() })
  .transform(({ category, ...post }) => ({
    ...post,
    tags: post.tags.length > 0 || !category ? post.tags : [category],
    ...(post.coverImage && {
      coverImage: withBasePath(post.coverImage),
      coverImageSize: readImageDimensions(join(process.cwd(), 'public', post.coverImage)),
    }),
    ...(post.audio && { audio: { ...post.audio, src: withBasePath(post.audio.src) } }),
  }));

/** A post of this blog, with the fields the schema declares. */
export type BlogPost = Post<z.output<typeof schema>>;

/** Where posts are read from: `INKWELL_CONTENT` builds the same site over another folder. */
export const contentDir = process.env.INKWELL_CONTENT ?? join(process.cwd(), 'content/posts');

let posts: Promise<BlogPost[]> | undefined;

/** All published posts, newest first. Loaded once per build process; unchanged posts come from the cache. */
export function getPosts(): Promise<BlogPost[]> {
  posts ??= loadPosts({
    dir: contentDir,
    schema,
    // GitHub's high-contrast code themes keep every token at WCAG AA contrast (the default
    // github-light / github-dark-dimmed have a few tokens below 4.5:1).
    markdown: { themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } },
    // Pages that are not posts (the Node.js blog's category index pages say `layout: blog-category`).
    filter: ({ frontmatter }) => frontmatter.layout === undefined || frontmatter.layout === 'blog-post',
  });
  return posts;
}

/** The post with this slug, or undefined. */
export async function getPost(slug: string): Promise<BlogPost | undefined> {
  return (await getPosts()).find((post) => post.slug === slug);
}
