// Relevance, size and latency of @inkwell/search on the Node.js blog and the Go blog, against
// minisearch with default options in the same run. Runs against the BUILT package: `pnpm build` first.
//
//   pnpm bench:search     (INKWELL_CORPUS / INKWELL_GO_CORPUS override the corpus folders;
//                          INKWELL_BENCH_MISSES=1 prints the queries @inkwell/search misses)
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
import MiniSearch from 'minisearch';
import { buildSearchIndex, loadSearchIndex } from '../dist/index.js';
import { corpora, loadCorpus } from './corpus.mjs';
import { goNaturalQueries } from './go-natural-queries.mjs';
import { naturalQueries } from './natural-queries.mjs';
import { badQueries, generateQueries } from './queries.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const KB = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (value) => value.toFixed(2);

/** Plain text of a post's HTML (all of it, and outside `<pre>`), for the baseline and rare words. */
function htmlText(html) {
  const all = [];
  const prose = [];
  let pre = 0;
  const parser = new Parser({
    onopentag: (name) => {
      if (name === 'pre') pre++;
    },
    ontext: (text) => {
      all.push(text);
      if (!pre) prose.push(text);
    },
    onclosetag: (name) => {
      if (name === 'pre') pre--;
      all.push(' ');
      prose.push(' ');
    },
  });
  parser.end(html);
  return { text: all.join('').replace(/\s+/g, ' '), prose: prose.join('').replace(/\s+/g, ' ') };
}
const naturalFor = { nodejs: naturalQueries, go: goNaturalQueries };
const report = [
  `Node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), ${os.platform()} ${os.arch()}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
];
for (const corpus of corpora) report.push('', ...(await benchCorpus(corpus)));
report.push('', ...bundleLines());
console.log(report.join('\n'));

async function benchCorpus(corpus) {
  const started = performance.now();
  const { posts, loader } = await loadCorpus(corpus);
  const loadSeconds = (performance.now() - started) / 1000;
  for (const post of posts) Object.assign(post, htmlText(post.html));

  const queries = generateQueries(posts, { natural: naturalFor[corpus.key] });
  const categories = [...new Set(queries.map((q) => q.category))];

  // --- engines -------------------------------------------------------------------------------
  function time(fn) {
    const start = performance.now();
    const value = fn();
    return [value, performance.now() - start];
  }

  const [fullSerialized, buildMs] = time(() => buildSearchIndex(posts));
  const headingsSerialized = buildSearchIndex(posts, { tier: 'headings' });

  const baselineOptions = {
    fields: ['title', 'headings', 'tags', 'description', 'body'],
    storeFields: ['title', 'description', 'tags', 'date'],
  };
  const baselineSerialized = (() => {
    const engine = new MiniSearch(baselineOptions);
    engine.addAll(
      posts.map((post) => ({
        id: post.slug,
        title: post.title,
        headings: post.headings.map((heading) => heading.text).join(' '),
        tags: post.tags.join(' '),
        description: post.description ?? '',
        body: post.text,
        date: post.date,
      })),
    );
    return JSON.stringify(engine);
  })();

  function median(fn, runs = 3) {
    const times = [];
    let value;
    for (let i = 0; i < runs; i++) {
      const [result, elapsed] = time(fn);
      value = result;
      times.push(elapsed);
    }
    return [value, times.sort((a, b) => a - b)[Math.floor(runs / 2)]];
  }

  const [full, fullLoadMs] = median(() => loadSearchIndex(fullSerialized));
  const [headings, headingsLoadMs] = median(() => loadSearchIndex(headingsSerialized));
  const [baseline, baselineLoadMs] = median(() => MiniSearch.loadJSON(baselineSerialized, baselineOptions));

  const engines = [
    {
      name: 'minisearch defaults',
      serialized: baselineSerialized,
      loadMs: baselineLoadMs,
      search: (query) =>
        baseline
          .search(query)
          .slice(0, 10)
          .map((hit) => ({ slug: hit.id })),
    },
    {
      name: '@inkwell/search',
      serialized: fullSerialized,
      loadMs: fullLoadMs,
      search: (query) => full.search(query, { limit: 10 }),
    },
    {
      name: '@inkwell/search first tier',
      serialized: headingsSerialized,
      loadMs: headingsLoadMs,
      search: (query) => headings.search(query, { limit: 10 }),
    },
  ];

  // --- relevance -----------------------------------------------------------------------------
  function evaluate(engine) {
    const perCategory = new Map(
      categories.map((category) => [category, { rr: 0, recall: 0, zero: 0, n: 0 }]),
    );
    let sectionHits = 0;
    let sectionTotal = 0;
    const misses = [];
    for (const q of queries) {
      const results = engine.search(q.query);
      const stats = perCategory.get(q.category);
      const rank = results.findIndex((result) => q.relevant.includes(result.slug));
      stats.n++;
      if (rank >= 0) stats.rr += 1 / (rank + 1);
      stats.recall += results.filter((result) => q.relevant.includes(result.slug)).length / q.relevant.length;
      if (!results.length) stats.zero++;
      if (rank !== 0) misses.push({ ...q, rank, top: results[0]?.slug });
      if (q.section) {
        sectionTotal++;
        if (rank === 0 && results[0].section?.id === q.section) sectionHits++;
      }
    }
    return {
      perCategory,
      section: sectionTotal ? sectionHits / sectionTotal : 0,
      hasSections: engine.name !== 'minisearch defaults',
      misses,
    };
  }

  // --- latency -------------------------------------------------------------------------------
  /** Every query, every keystroke of the natural queries, and the bad queries. */
  const latencyQueries = [
    ...queries.map((q) => q.query),
    ...queries
      .filter((q) => q.category === 'natural query')
      .flatMap((q) => Array.from({ length: q.query.length }, (_, i) => q.query.slice(0, i + 1))),
    ...badQueries,
  ];

  function latency(engine) {
    for (const query of latencyQueries) engine.search(query); // warm up
    const times = latencyQueries.map((query) => time(() => engine.search(query))[1]).sort((a, b) => a - b);
    const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
    return { p50: at(0.5), p95: at(0.95), max: times[times.length - 1] };
  }

  function badQueriesHold() {
    const problems = [];
    for (const query of badQueries) {
      for (const run of [
        () => full.search(query),
        () => full.tags(query),
        () => full.suggest(query),
        () => headings.search(query),
      ]) {
        try {
          const [, elapsed] = time(run);
          if (elapsed > 50) problems.push(`${JSON.stringify(query.slice(0, 20))}: ${ms(elapsed)} ms`);
        } catch (error) {
          problems.push(`${JSON.stringify(query.slice(0, 20))}: threw ${error.message}`);
        }
      }
    }
    return problems;
  }

  // --- report --------------------------------------------------------------------------------
  const results = engines.map((engine) => ({ engine, quality: evaluate(engine), latency: latency(engine) }));
  const problems = badQueriesHold();

  const lines = [];
  lines.push(
    `## ${corpus.name}: ${posts.length} posts via ${loader} (${loadSeconds.toFixed(1)} s); ${queries.length} queries, seed 20240601`,
  );
  lines.push('');
  lines.push(
    `| engine | ${categories.map((c) => `${c} (n=${queries.filter((q) => q.category === c).length})`).join(' | ')} | right section |`,
  );
  lines.push(`|---|${categories.map(() => '---').join('|')}|---|`);
  for (const { engine, quality } of results) {
    const cells = categories.map((category) => {
      const s = quality.perCategory.get(category);
      return `${(s.rr / s.n).toFixed(3)} / ${(s.recall / s.n).toFixed(2)} / ${((100 * s.zero) / s.n).toFixed(0)}%`;
    });
    lines.push(
      `| ${engine.name} | ${cells.join(' | ')} | ${quality.hasSections ? `${(100 * quality.section).toFixed(1)}%` : 'n/a'} |`,
    );
  }
  lines.push('');
  lines.push('Cells: MRR@10 / Recall@10 / zero-result share.');
  const [base, ours] = results;
  const verdicts = categories.map((category) => {
    const b = base.quality.perCategory.get(category);
    const o = ours.quality.perCategory.get(category);
    const mrr = o.rr / o.n;
    const ok = mrr >= 0.97 && mrr >= b.rr / b.n;
    return `${category} ${ok ? '✓' : '✗'} (${(b.rr / b.n).toFixed(3)} → ${mrr.toFixed(3)})`;
  });
  lines.push(`Goal (MRR@10 ≥ 0.97 and ≥ minisearch defaults): ${verdicts.join('; ')}.`);
  lines.push('');
  lines.push('| engine | index raw | index gzip | gzip vs baseline | load | latency p50 | p95 | max |');
  lines.push('|---|---|---|---|---|---|---|---|');
  const baseGzip = gzipSync(baselineSerialized).length;
  for (const { engine, latency: l } of results) {
    const gz = gzipSync(engine.serialized).length;
    lines.push(
      `| ${engine.name} | ${KB(engine.serialized.length)} | ${KB(gz)} | ${(gz / baseGzip).toFixed(2)}× | ${ms(engine.loadMs)} ms | ${ms(l.p50)} ms | ${ms(l.p95)} ms | ${ms(l.max)} ms |`,
    );
  }
  lines.push('');
  lines.push(
    `Latency over ${latencyQueries.length} queries (all of the above, every keystroke of the natural queries, ${badQueries.length} bad queries).`,
  );
  lines.push(`Build of the full index: ${(buildMs / 1000).toFixed(1)} s.`);
  lines.push(
    `Bad queries: ${problems.length ? `PROBLEMS: ${problems.join('; ')}` : `${badQueries.length} queries × search/tags/suggest, none threw, none over 50 ms`}.`,
  );
  if (process.env.INKWELL_BENCH_MISSES) {
    for (const miss of ours.quality.misses)
      lines.push(
        `MISS [${miss.category}] ${JSON.stringify(miss.query)} want ${miss.relevant[0]} rank ${miss.rank} top ${miss.top}`,
      );
  }
  return lines;
}

// --- browser bundle ------------------------------------------------------------------------
function bundleLines() {
  const bundle = browserBundleGzip();
  return [
    `Browser entry (dist/query.js and what it imports, esbuild --minify): ${KB(bundle.raw)} raw, ${(bundle.gzip / 1024).toFixed(2)} KB gzip (budget 8 KB).`,
  ];
}

function browserBundleGzip() {
  const esbuild = path.resolve(here, '../../../node_modules/.bin/esbuild');
  const code = execFileSync(
    esbuild,
    [path.resolve(here, '../dist/query.js'), '--bundle', '--minify', '--format=esm', '--platform=browser'],
    {
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
