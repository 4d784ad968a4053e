// Build-speed benchmark of @inkwell/core (`pnpm bench:core`, which builds first).
//
// Loads the Node.js blog corpus (1,049 posts) with every feature on and compares, in one run and each
// phase in its own child process (so peak RSS is that phase's alone), against a naive sequential
// unified pipeline written here with the same plugins, and against content-collections (warm, its own
// cache). Then replicates the corpus to 10,000 posts in a temp dir and loads that cold and warm.
//
//   node bench/build-speed.mjs [--corpus DIR] [--skip-10k] [--scale 10000]
//
// The corpus is copied to a temp dir outside the repo (the edit phase writes to it).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { nodejsBlogDir, nodejsBlogSchema, onlyBlogPosts } from '../test/load/nodejs-blog.mjs';
import { naivePipeline } from './naive-pipeline.mjs';

const { values: args } = parseArgs({
  options: {
    corpus: {
      type: 'string',
      default: nodejsBlogDir,
    },
    'skip-10k': { type: 'boolean', default: false },
    scale: { type: 'string', default: '10000' },
    phase: { type: 'string' },
    dir: { type: 'string' },
    cache: { type: 'string' },
    workers: { type: 'string' },
  },
});

/** The post edited in the one-post-edited phase: an ordinary one. */
const editedPost = 'uncategorized/growing-up.md';

/** The Node.js blog's frontmatter, shared with the corpus test: `category` → `tags`, every post has an author. */
async function nodejsBlog() {
  const { z } = await import('zod');
  const { postSchema } = await import('../dist/index.js');
  return { schema: nodejsBlogSchema(z, postSchema), filter: onlyBlogPosts };
}

/** Hashed post by post: one JSON string of every post would add its size to the peak RSS measured. */
function hashOf(items) {
  const hash = createHash('sha256');
  for (const item of items) hash.update(JSON.stringify(item));
  return hash.digest('hex');
}

const rssMb = () => process.resourceUsage().maxRSS / 1024;
/** CPU time of this process so far (user + system, every thread), in ms: what load cannot inflate much. */
const cpuMs = () => {
  const { userCPUTime, systemCPUTime } = process.resourceUsage();
  return (userCPUTime + systemCPUTime) / 1000;
};

/** One measured phase, run in this (child) process; prints one JSON line. */
async function runPhase(phase) {
  if (phase === 'naive') return naivePhase();
  if (phase.startsWith('content-collections')) return contentCollectionsPhase();
  const { loadPosts } = await import('../dist/index.js');
  const { schema, filter } = await nodejsBlog();
  const options = {
    dir: args.dir,
    schema,
    filter,
    cache: args.cache,
    concurrency: Number(args.workers ?? os.availableParallelism()),
    onWarning: () => {},
  };
  let start = performance.now();
  let posts = await loadPosts(options);
  const result = { phase, posts: posts.length };
  if (phase === 'repeat' || phase === 'edited') {
    result.firstMs = performance.now() - start;
    if (phase === 'edited') {
      // A dev server: the page was requested (a repeat call), then the writer saves an edit seconds later.
      await loadPosts(options);
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const path = join(args.dir, editedPost);
      writeFileSync(path, `${readFileSync(path, 'utf8')}\n\nEdited at ${Date.now()}.\n`);
    }
    start = performance.now();
    posts = await loadPosts(options);
  }
  result.ms = performance.now() - start;
  result.maxRssMb = rssMb();
  result.cpuMs = cpuMs();
  result.output = hashOf(posts);
  console.log(JSON.stringify(result));
}

async function naivePhase() {
  const { default: matter } = await import('gray-matter');
  const files = markdownFiles(args.dir);
  const start = performance.now();
  const jobs = [];
  for (const path of files) {
    const { data, content } = matter(readFileSync(path, 'utf8'));
    if (data.layout === 'blog-post') jobs.push({ file: relative(args.dir, path), markdown: content });
  }
  const results = await naivePipeline(jobs);
  const ms = performance.now() - start;
  console.log(
    JSON.stringify({ phase: 'naive', ms, maxRssMb: rssMb(), cpuMs: cpuMs(), posts: results.length }),
  );
}

/** content-collections from Node: a config in a temp dir, built with `createBuilder(config).build()`. */
async function contentCollectionsPhase() {
  const config = join(args.cache, 'content-collections.mjs');
  const url = (specifier) => import.meta.resolve(specifier);
  writeFileSync(
    config,
    `import { defineCollection, defineConfig } from ${JSON.stringify(url('@content-collections/core'))};
import { compileMarkdown } from ${JSON.stringify(url('@content-collections/markdown'))};
import remarkGfm from ${JSON.stringify(url('remark-gfm'))};
import rehypePrettyCode from ${JSON.stringify(url('rehype-pretty-code'))};
import { z } from ${JSON.stringify(url('zod'))};
const posts = defineCollection({
  name: 'posts',
  directory: ${JSON.stringify(relative(args.cache, args.dir))},
  include: '**/*.md',
  schema: z.object({ title: z.string().optional(), layout: z.string().optional(), content: z.string() }).passthrough(),
  transform: async (document, context) => {
    if (document.layout !== 'blog-post') return context.skip();
    const html = await compileMarkdown(context, document, {
      remarkPlugins: [remarkGfm],
      rehypePlugins: [[rehypePrettyCode, { theme: { light: 'github-light', dark: 'github-dark-dimmed' }, keepBackground: true, defaultLang: { block: 'plaintext' } }]],
    });
    return { ...document, html };
  },
});
export default defineConfig({ content: [posts] });
`,
  );
  const { createBuilder } = await import('@content-collections/core');
  const start = performance.now();
  const builder = await createBuilder(config, {
    configName: 'content-collections',
    outputDir: join(args.cache, 'generated'),
    cacheDir: join(args.cache, 'cache'),
  });
  const errors = [];
  builder.on('_error', (event) => errors.push(event));
  let skipped = 0;
  builder.on('transformer:document-skipped', () => skipped++);
  builder.on('_all', (event) => process.env.DEBUG_CC && console.error(event.event?.type ?? event.type));
  await builder.build();
  if (errors.length > 0)
    throw new Error(
      `content-collections: ${errors.length} errors, first: ${String(errors[0].error?.message ?? JSON.stringify(errors[0]))}`,
    );
  const ms = performance.now() - start;
  const generated = readdirSync(join(args.cache, 'generated')).length;
  console.log(
    JSON.stringify({ phase: 'content-collections', ms, maxRssMb: rssMb(), cpuMs: cpuMs(), generated }),
  );
}

function markdownFiles(dir) {
  const files = [];
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) files.push(path);
    }
  };
  walk(dir);
  return files.sort();
}

function measure(label, phase, extra) {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--phase', phase, ...extra], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`${label} failed:\n${child.stderr}`);
  const result = JSON.parse(child.stdout.trim().split('\n').at(-1));
  const firstNote =
    result.firstMs === undefined ? '' : ` (first call ${(result.firstMs / 1000).toFixed(2)} s)`;
  console.error(
    `  ${label}: ${fmt(result.ms)}, CPU ${fmt(result.cpuMs)}, peak RSS ${result.maxRssMb.toFixed(0)} MB${firstNote}${result.output ? `, output ${result.output.slice(0, 12)}` : ''}`,
  );
  return { label, ...result };
}

const fmt = (ms) => (ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`);

/** The corpus replicated to `count` posts: copy k of a post lives in `copy-k/`, with a unique slug and body. */
function replicate(source, target, count) {
  const files = markdownFiles(source);
  let written = 0;
  for (let copy = 0; written < count; copy++) {
    for (const path of files) {
      if (written >= count) break;
      const text = readFileSync(path, 'utf8');
      if (!/^layout:\s*blog-post/m.test(text)) continue;
      const name = relative(source, path).replace(/\.md$/, '');
      const out = join(target, `copy-${copy}`, `${name}-${copy}.md`);
      mkdirSync(dirname(out), { recursive: true });
      // Unique slugs (a slug field is rewritten) and unique bodies, so nothing is deduplicated.
      const unique = text
        .replace(/^slug:\s*(.+)$/m, (_line, slug) => `slug: ${slug.trim()}-${copy}`)
        .concat(`\n\nCopy ${copy}.\n`);
      writeFileSync(out, unique);
      written++;
    }
  }
  return written;
}

function verdict(ok) {
  return ok ? 'met' : 'MISSED';
}

async function main() {
  const temp = mkdtempSync(join(os.tmpdir(), 'inkwell-bench-'));
  try {
    const dir = join(temp, 'posts');
    cpSync(args.corpus, dir, { recursive: true });
    const cache = (name) => {
      const path = join(temp, `cache-${name}`);
      mkdirSync(path);
      return path;
    };
    const cpu = os.cpus()[0]?.model ?? 'unknown';
    console.log('@inkwell/core build-speed benchmark (one run; each phase in its own process)');
    console.log(
      `machine: ${os.availableParallelism()} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${os.loadavg()[0].toFixed(2)} at start, node ${process.version}, ${os.platform()} ${os.arch()}`,
    );
    console.log(`corpus: ${args.corpus}, copied to ${dir}`);
    const rows = {};
    const common = ['--dir', dir];
    rows.naive = measure('naive sequential unified + shiki', 'naive', common);
    const ccCache = cache('cc');
    rows.ccCold = measure('content-collections cold', 'content-collections', [...common, '--cache', ccCache]);
    rows.ccWarm = measure('content-collections warm', 'content-collections', [...common, '--cache', ccCache]);
    rows.cold1 = measure('inkwell cold, 1 worker', 'cold', [
      ...common,
      '--cache',
      cache('1'),
      '--workers',
      '1',
    ]);
    const shared = cache('2');
    rows.cold2 = measure('inkwell cold, 2 workers', 'cold', [...common, '--cache', shared, '--workers', '2']);
    rows.warm = measure('inkwell warm (new process, disk cache)', 'warm', [...common, '--cache', shared]);
    rows.repeat = measure('inkwell in-process repeat', 'repeat', [...common, '--cache', shared]);
    const outputs = new Set([rows.cold1, rows.cold2, rows.warm, rows.repeat].map((row) => row.output));
    rows.edited = measure('inkwell one post edited (dev server)', 'edited', [...common, '--cache', shared]);

    let scale;
    if (!args['skip-10k']) {
      const big = join(temp, 'posts-10k');
      const count = replicate(args.corpus, big, Number(args.scale));
      const bigCache = cache('10k');
      scale = {
        count,
        cold: measure(`inkwell ${count} posts cold, 2 workers`, 'cold', [
          '--dir',
          big,
          '--cache',
          bigCache,
          '--workers',
          '2',
        ]),
        warm: measure(`inkwell ${count} posts warm`, 'warm', ['--dir', big, '--cache', bigCache]),
      };
    }
    report(rows, scale, outputs);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

function report(rows, scale, outputs) {
  console.log(`\nphase                                       time   peak RSS`);
  for (const row of Object.values(rows)) {
    console.log(
      `${row.label.padEnd(40)} ${fmt(row.ms).padStart(9)} ${`${row.maxRssMb.toFixed(0)} MB`.padStart(9)}`,
    );
  }
  const cold = rows.cold2;
  const speedUp = rows.cold1.ms / rows.cold2.ms;
  const lines = [
    [
      `cold (2 workers) / naive`,
      `${(cold.ms / rows.naive.ms).toFixed(2)}×`,
      '≤ 0.50×',
      cold.ms <= 0.5 * rows.naive.ms,
    ],
    [
      `warm / content-collections warm`,
      `${(rows.warm.ms / rows.ccWarm.ms).toFixed(2)}×`,
      '≤ 0.50×',
      rows.warm.ms <= 0.5 * rows.ccWarm.ms,
    ],
    [`in-process repeat`, fmt(rows.repeat.ms), '≤ 50 ms', rows.repeat.ms <= 50],
    [`one post edited`, fmt(rows.edited.ms), '≤ 150 ms', rows.edited.ms <= 150],
    [`peak RSS cold (2 workers)`, `${cold.maxRssMb.toFixed(0)} MB`, '≤ 768 MB', cold.maxRssMb <= 768],
  ];
  if (scale) {
    lines.push(
      [
        `${scale.count} posts cold`,
        `${fmt(scale.cold.ms)} = ${(scale.cold.ms / cold.ms).toFixed(1)}× 1,049 cold`,
        '≤ 11×',
        scale.cold.ms <= 11 * cold.ms,
      ],
      [
        `${scale.count} posts warm`,
        `${fmt(scale.warm.ms)} = ${(scale.warm.ms / rows.warm.ms).toFixed(1)}× 1,049 warm`,
        '≤ 11×',
        scale.warm.ms <= 11 * rows.warm.ms,
      ],
      [
        `${scale.count} posts peak RSS (cold)`,
        `${scale.cold.maxRssMb.toFixed(0)} MB`,
        '≤ 1,536 MB',
        scale.cold.maxRssMb <= 1536,
      ],
    );
  }
  console.log(`\nworkers: 1 → 2 speed-up ${speedUp.toFixed(2)}× (2 cores, shared with other work)`);
  console.log('');
  for (const [name, value, goal, ok] of lines) {
    console.log(`${name.padEnd(34)} ${value.padEnd(28)} goal ${goal.padEnd(10)} ${verdict(ok)}`);
  }
  const [hash] = outputs;
  console.log(
    `\nidentical output cold 1 worker / cold 2 workers / warm / in-process repeat: ${outputs.size === 1 ? `yes, sha256 ${hash}` : `NO (${[...outputs].join(', ')})`}`,
  );
  if (outputs.size !== 1) process.exitCode = 1;
}

if (args.phase) await runPhase(args.phase);
else await main();
