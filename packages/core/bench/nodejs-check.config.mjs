// `inkwell check --config` for the Node.js blog corpus: its own frontmatter, only `layout: blog-post`
// files, and its URL scheme (/blog/<category>/<slug>/), so links between its posts are checked.
import path from 'node:path';
import { postSchema } from '@inkwell/core';
import { z } from 'zod';
import { nodejsBlogSchema, onlyBlogPosts } from '../test/load/nodejs-blog.mjs';

export const schema = nodejsBlogSchema(z, postSchema);
export const filter = onlyBlogPosts;
export const check = {
  postUrl: (post) => `/blog/${path.posix.dirname(post.file)}/${post.slug}/`,
};
