import { z } from 'zod';
import { postSchema } from '/work/wt-check/packages/core/dist/index.js';
import { nodejsBlogSchema, onlyBlogPosts } from '/work/wt-check/packages/core/test/load/nodejs-blog.mjs';
export const schema = nodejsBlogSchema(z, postSchema);
export const filter = onlyBlogPosts;
