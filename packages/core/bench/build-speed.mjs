// Build-speed benchmark of @inkwell/core's rendering (`pnpm bench:core`, after `pnpm build`).
//
// Renders the Node.js blog corpus (read in place, front matter stripped with gray-matter) with every
// feature on, and compares against a naive sequential unified pipeline implemented here with the same
// plugins and options, measured in the same run. Every measurement runs in its own child process so
// that peak RSS is that phase's alone.
//
//   node bench/build-speed.mjs [--corpus DIR] [--runs N]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    corpus: {
      type: 'string',
      default: process.env.INKWELL_CORPUS ?? join(here, '../../../../shared/corpus/nodejs-blog'),
    },
    runs: { type: 'string', default: '1' },
    phase: { type: 'string' },
    cache: { type: 'string' },
    change: { type: 'string' },
  },
});

/** The corpus as render jobs, sorted by path. */
async function readCorpus(dir) {
  const { default: matter } = await import('gray-matter');
  const files = [];
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) files.push(path);
    }
  };
  walk(dir);
  files.sort();
  return files.map((path) => ({
    file: relative(dir, path),
    markdown: matter(readFileSync(path, 'utf8')).content,
  }));
}

/** The naive pipeline: one unified processor, every file in turn, every feature as a plain plugin. */
async function naive(jobs) {
  const [
    { unified },
    { default: remarkParse },
    { default: remarkGfm },
    { default: remarkRehype },
    { raw },
    { default: rehypeSanitize },
    { default: rehypePrettyCode },
    { default: rehypeStringify },
    { default: GithubSlugger },
    { toString: hastToString },
    { toString: mdastToString },
    { visit },
    { default: readingTime },
    { defaultSanitizeSchema, defaultThemes },
  ] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-gfm'),
    import('remark-rehype'),
    import('hast-util-raw'),
    import('rehype-sanitize'),
    import('rehype-pretty-code'),
    import('rehype-stringify'),
    import('github-slugger'),
    import('hast-util-to-string'),
    import('mdast-util-to-string'),
    import('unist-util-visit'),
    import('reading-time'),
    import('../dist/index.js'),
  ]);
  const summary = () => (tree, file) => {
    const first = tree.children.find((node) => node.type === 'paragraph');
    file.data.excerpt = first ? mdastToString(first).slice(0, 200) : '';
    file.data.readingTime = readingTime(mdastToString(tree));
  };
  const headings = () => (tree, file) => {
    const slugger = new GithubSlugger();
    file.data.headings = [];
    visit(tree, 'element', (node) => {
      if (!/^h[1-6]$/.test(node.tagName)) return;
      const text = hastToString(node);
      node.properties.id = slugger.slug(text);
      file.data.headings.push({ depth: Number(node.tagName[1]), id: node.properties.id, text });
      node.children = [
        {
          type: 'element',
          tagName: 'a',
          properties: { href: `#${node.properties.id}` },
          children: node.children,
        },
      ];
    });
  };
  const linksAndImages = () => (tree) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'a' && /^https?:/.test(String(node.properties.href)))
        node.properties.rel = ['noopener', 'noreferrer'];
      if (node.tagName === 'img') Object.assign(node.properties, { loading: 'lazy', decoding: 'async' });
    });
  };
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(summary)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(() => (tree, file) => raw(tree, { file }))
    .use(rehypeSanitize, defaultSanitizeSchema)
    .use(rehypePrettyCode, {
      theme: { ...defaultThemes },
      keepBackground: true,
      defaultLang: { block: 'plaintext' },
    })
    .use(headings)
    .use(linksAndImages)
    .use(rehypeStringify)
    .freeze();
  const results = [];
  for (const job of jobs) {
    const file = await processor.process({ value: job.markdown, path: job.file });
    results.push({
      html: String(file),
      headings: file.data.headings,
      excerpt: file.data.excerpt,
      readingTime: file.data.readingTime,
    });
  }
  return results;
}

/** One measured phase, run in this (child) process; prints one JSON line. */
async function runPhase(phase) {
  const processStart = performance.now();
  const jobs = await readCorpus(args.corpus);
  if (args.change) {
    const job = jobs.find((candidate) => candidate.file === args.change);
    job.markdown += `\n\nEdited at ${args.cache}.\n`;
  }
  const start = performance.now();
  let results;
  let warnings = 0;
  if (phase === 'naive') {
    results = await naive(jobs);
  } else {
    const { renderPosts } = await import('../dist/index.js');
    results = await renderPosts(jobs, {
      cache: phase === 'sequential' ? false : args.cache,
      concurrency: phase === 'sequential' ? 1 : undefined,
      onWarning: () => warnings++,
    });
  }
  const ms = performance.now() - start;
  // Hashed post by post: one JSON string of every result would add ~100 MB to the peak RSS measured.
  const hash = createHash('sha256');
  for (const result of results) hash.update(JSON.stringify(result));
  const output = hash.digest('hex');
  const big = results[jobs.findIndex((job) => job.file === 'uncategorized/10-lts-to-12-lts.md')];
  console.log(
    JSON.stringify({
      phase,
      ms,
      readMs: start - processStart,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      posts: results.length,
      warnings,
      output,
      bigPostHtmlKb: big ? big.html.length / 1024 : 0,
    }),
  );
}

function measure(phase, extra = []) {
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    [fileURLToPath(import.meta.url), '--phase', phase, '--corpus', args.corpus, ...extra],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (child.status !== 0) throw new Error(`${phase} failed:\n${child.stderr}`);
  const result = JSON.parse(child.stdout.trim().split('\n').at(-1));
  const processMs = performance.now() - started;
  console.error(
    `  ${phase}: ${(result.ms / 1000).toFixed(2)} s, peak RSS ${result.maxRssMb.toFixed(0)} MB, output ${result.output.slice(0, 12)}`,
  );
  return { ...result, processMs };
}

/** The post edited for the one-post-changed rebuild: an ordinary one. */
const changedPost = 'uncategorized/growing-up.md';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const corpusBytes = (await readCorpus(args.corpus)).reduce((sum, job) => sum + job.markdown.length, 0);
  console.log(`@inkwell/core build-speed benchmark`);
  console.log(
    `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), node ${process.version}, ${os.platform()} ${os.arch()}`,
  );
  console.log(`corpus: ${args.corpus} (${(corpusBytes / 1024 / 1024).toFixed(1)} MB of markdown bodies)`);
  const runs = Number(args.runs);
  const rows = { naive: [], sequential: [], cold: [], warm: [], changed: [] };
  const outputs = new Set();
  for (let run = 0; run < runs; run++) {
    const cache = mkdtempSync(join(os.tmpdir(), 'inkwell-bench-'));
    try {
      rows.naive.push(measure('naive'));
      const sequential = measure('sequential');
      rows.sequential.push(sequential);
      const cold = measure('cold', ['--cache', cache]);
      rows.cold.push(cold);
      const warm = measure('warm', ['--cache', cache]);
      rows.warm.push(warm);
      rows.changed.push(measure('changed', ['--cache', cache, '--change', changedPost]));
      for (const phase of [sequential, cold, warm]) outputs.add(phase.output);
      console.error(`run ${run + 1}/${runs} done`);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  }
  const summary = Object.fromEntries(
    Object.entries(rows).map(([phase, list]) => [
      phase,
      {
        ms: median(list.map((r) => r.ms)),
        processMs: median(list.map((r) => r.processMs)),
        maxRssMb: Math.max(...list.map((r) => r.maxRssMb)),
      },
    ]),
  );
  const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `\nmedian of ${runs} run(s); "render" = renderPosts only, "process" = whole child process incl. reading the corpus`,
  );
  console.log(`phase                        render    process   peak RSS`);
  const labels = {
    naive: 'naive sequential unified',
    sequential: 'inkwell, 1 thread, no cache',
    cold: 'inkwell cold (workers)',
    warm: 'inkwell warm, no change',
    changed: 'inkwell warm, 1 post changed',
  };
  for (const [phase, row] of Object.entries(summary)) {
    console.log(
      `${labels[phase].padEnd(28)} ${fmt(row.ms).padStart(8)} ${fmt(row.processMs).padStart(10)} ${`${row.maxRssMb.toFixed(0)} MB`.padStart(9)}`,
    );
  }
  const cold = summary.cold.ms / summary.naive.ms;
  const changed = summary.changed.ms / summary.warm.ms;
  console.log(
    `\ncold / naive            ${cold.toFixed(2)}×   (goal ≤ 0.50×) ${cold <= 0.5 ? 'met' : 'MISSED'}`,
  );
  console.log(
    `warm                    ${fmt(summary.warm.ms)}   (goal < 1 s) ${summary.warm.ms < 1000 ? 'met' : 'MISSED'}`,
  );
  console.log(
    `1 changed / warm        ${changed.toFixed(2)}×   (goal ≤ 1.5×) ${changed <= 1.5 ? 'met' : 'MISSED'}`,
  );
  console.log(
    `peak RSS cold           ${summary.cold.maxRssMb.toFixed(0)} MB (goal ≤ 1024 MB) ${summary.cold.maxRssMb <= 1024 ? 'met' : 'MISSED'}`,
  );
  console.log(
    `identical output        ${outputs.size === 1 ? 'yes (sequential = cold parallel = warm)' : 'NO'}`,
  );
  if (outputs.size !== 1) process.exitCode = 1;
}

if (args.phase) await runPhase(args.phase);
else await main();
