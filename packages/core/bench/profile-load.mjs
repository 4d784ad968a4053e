// Profiling aid for build-speed work (not a benchmark): loads a posts folder once, the way the
// build-speed benchmark does, so `node --cpu-prof` or `--heap-prof` can look inside, and samples
// memory every 20 ms: peak RSS of the process, and peak heap of the calling thread alone (workers
// have heaps of their own, so RSS minus this is roughly the workers' share).
//
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile-load.mjs --dir DIR [--workers 0] [--cache DIR] [--naive]
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { nodejsBlogSchema, onlyBlogPosts } from '../test/load/nodejs-blog.mjs';
import { naivePipeline } from './naive-pipeline.mjs';

const { values: args } = parseArgs({
  options: {
    dir: { type: 'string' },
    workers: { type: 'string', default: '0' },
    cache: { type: 'string' },
    naive: { type: 'boolean', default: false },
  },
});
if (!args.dir) throw new Error('--dir is required');

const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const peak = { rss: 0, heapUsed: 0, external: 0 };
const sample = () => {
  const usage = process.memoryUsage();
  peak.rss = Math.max(peak.rss, usage.rss);
  peak.heapUsed = Math.max(peak.heapUsed, usage.heapUsed);
  peak.external = Math.max(peak.external, usage.external);
};
const start = performance.now();
const timer = setInterval(sample, 20);
// A line every 2 s: how far the load is and what the process holds, to see when the peak happens.
let done = 0;
const timeline = setInterval(() => {
  const { rss, heapUsed } = process.memoryUsage();
  console.error(
    `  ${((performance.now() - start) / 1000).toFixed(0)} s: ${done} done, RSS ${mb(rss)}, calling thread heap ${mb(heapUsed)}`,
  );
}, 2000);

let count;
if (args.naive) {
  const { default: matter } = await import('gray-matter');
  const jobs = [];
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.mdx?$/.test(entry.name)) {
        const { data, content } = matter(readFileSync(path, 'utf8'));
        if (data.layout === 'blog-post') jobs.push({ file: relative(args.dir, path), markdown: content });
      }
    }
  };
  walk(args.dir);
  count = (await naivePipeline(jobs)).length;
} else {
  const { z } = await import('zod');
  const { loadPosts, postSchema } = await import('../dist/index.js');
  const posts = await loadPosts({
    dir: args.dir,
    schema: nodejsBlogSchema(z, postSchema),
    filter: onlyBlogPosts,
    cache: args.cache ?? false,
    concurrency: Number(args.workers),
    onWarning: () => {},
    onProgress: (count) => {
      done = count;
    },
  });
  count = posts.length;
}
sample();
clearInterval(timer);
clearInterval(timeline);
const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
console.log(
  `${count} posts in ${((performance.now() - start) / 1000).toFixed(2)} s, CPU ${((userCPUTime + systemCPUTime) / 1e6).toFixed(2)} s; peak RSS ${(maxRSS / 1024).toFixed(0)} MB (sampled ${mb(peak.rss)}), calling thread heap ${mb(peak.heapUsed)}, external ${mb(peak.external)}`,
);
