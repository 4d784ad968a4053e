// Site-output benchmark of @inkwell/core: feeds, sitemap, tags and related posts over the Node.js
// blog corpus (1,049 posts, 29 MB of highlighted HTML). Run after `pnpm --filter @inkwell/core build`:
//
//   node packages/core/test/outputs/bench/site-outputs.mjs [--corpus DIR] [--runs N]
//
// Each number is the median of N runs. The baseline, measured in the same run on the same posts,
// is `JSON.stringify(posts)`: one pass over all post data, the least any output can cost. Ratios
// (operation ÷ baseline) compare across machines; milliseconds do not.
import { existsSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { nodejsBlogDir } from '../test/load/nodejs-blog.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    corpus: {
      type: 'string',
      default: nodejsBlogDir,
    },
    runs: { type: 'string', default: '5' },
  },
});
if (!existsSync(args.corpus)) {
  console.error(`Corpus not found at ${args.corpus}: pass --corpus DIR or set INKWELL_CORPUS.`);
  process.exit(1);
}

const core = await import(join(here, '../dist/index.js'));
const { createFeed, createSitemap, getTags, loadPosts, postMetadata, postSchema, relatedPosts } = core;

const schema = z
  .object({ title: z.string(), date: postSchema.shape.date, category: z.string().optional() })
  .transform(({ category, ...rest }) => ({ ...rest, tags: category ? [category] : [] }));
const posts = await loadPosts({
  dir: args.corpus,
  schema,
  filter: ({ frontmatter }) => frontmatter.layout === 'blog-post',
});
const site = { url: 'https://nodejs.org/en/blog', title: 'Node.js Blog', language: 'en' };
const htmlBytes = posts.reduce((sum, post) => sum + post.html.length, 0);

const runs = Number(args.runs);
function measure(run) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Fresh post objects, so per-post caches start cold (as in a new build). */
const freshPosts = () => posts.map((post) => ({ ...post }));

const baseline = measure(() => JSON.stringify(posts));
const rows = [
  ['JSON.stringify(posts) (baseline)', baseline],
  ['createFeed rss, 20 newest (default)', measure(() => createFeed(freshPosts(), { format: 'rss', site }))],
  [
    'createFeed rss+atom+json, all posts, cold',
    measure(() => {
      const fresh = freshPosts();
      for (const format of ['rss', 'atom', 'json']) createFeed(fresh, { format, site, limit: Infinity });
    }),
  ],
  [
    'createFeed rss, all posts, excerpt only',
    measure(() => createFeed(posts, { format: 'rss', site, limit: Infinity, content: 'excerpt' })),
  ],
  [
    'createSitemap, posts + tag pages',
    measure(() => createSitemap(posts, { site, tagUrl: (tag) => `/${tag.slug}/` })),
  ],
  ['getTags', measure(() => getTags(posts))],
  [
    'relatedPosts for every post (index built once)',
    measure(() => {
      const fresh = [...posts];
      for (const post of fresh) relatedPosts(post, fresh, { limit: 3 });
    }),
  ],
  ['postMetadata for every post', measure(() => posts.map((post) => postMetadata(post, site)))],
];

console.log(
  `@inkwell/core site outputs — ${posts.length} posts, ${(htmlBytes / 1e6).toFixed(1)} MB HTML; ` +
    `node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), median of ${runs}`,
);
for (const [label, ms] of rows) {
  console.log(
    `${label.padEnd(46)} ${ms.toFixed(1).padStart(9)} ms  ${(ms / baseline).toFixed(1).padStart(7)}× baseline`,
  );
}
