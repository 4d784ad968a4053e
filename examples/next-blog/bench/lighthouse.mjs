// Lighthouse (mobile preset) on the static export: the home page and the longest post.
// Prints the four category scores, LCP, CLS, TBT and JavaScript bytes, against the targets.
// Run after `pnpm --filter next-blog build`. Uses the system Chromium; serves on 127.0.0.1 only.
import { readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import compression from 'compression';
import lighthouse from 'lighthouse';
import handler from 'serve-handler';
import { chromiumArgs, chromiumPath } from '../../../.ci/chromium.mjs';

const out = join(import.meta.dirname, '../out');

function longestPost() {
  const posts = join(out, 'posts');
  const sizes = readdirSync(posts).map((slug) => [slug, statSync(join(posts, slug, 'index.html')).size]);
  sizes.sort((a, b) => b[1] - a[1]);
  return `/posts/${sizes[0][0]}/`;
}

// Compressed like every static host (and `pnpm start`'s `serve`, which uses the same middleware).
const compress = compression();
const server = createServer((request, response) =>
  compress(request, response, () => handler(request, response, { public: out, trailingSlash: true })),
);
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: chromiumArgs.filter((flag) => flag !== '--headless').concat('--headless=new'),
});

const targets = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const rows = [];
try {
  for (const path of ['/', longestPost()]) {
    // Three runs a page; the run with the median performance score is reported (Lighthouse's advice).
    const runs = [];
    for (let run = 0; run < 3; run++) {
      runs.push(
        await lighthouse(`${origin}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: Object.keys(targets),
        }),
      );
    }
    runs.sort((a, b) => a.lhr.categories.performance.score - b.lhr.categories.performance.score);
    const result = runs[1];
    const { categories, audits } = result.lhr;
    const jsBytes = (audits['network-requests'].details?.items ?? [])
      .filter((item) => item.resourceType === 'Script')
      .reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
    rows.push({
      page: path,
      'perf (3 runs)': runs.map((one) => Math.round(one.lhr.categories.performance.score * 100)).join('/'),
      ...Object.fromEntries(
        Object.keys(targets).map((key) => [key, Math.round(categories[key].score * 100)]),
      ),
      LCP: audits['largest-contentful-paint'].displayValue,
      CLS: audits['cumulative-layout-shift'].numericValue.toFixed(3),
      TBT: audits['total-blocking-time'].displayValue,
      'JS KB (transferred)': (jsBytes / 1024).toFixed(1),
    });
    const failed = Object.entries(categories)
      .flatMap(([, category]) => category.auditRefs)
      .filter(
        (ref) =>
          ref.weight > 0 && result.lhr.audits[ref.id].score !== null && result.lhr.audits[ref.id].score < 1,
      )
      .map((ref) => ref.id);
    if (failed.length > 0)
      console.log(`${path}: audits below full score: ${[...new Set(failed)].join(', ')}`);
  }
} finally {
  await chrome.kill();
  server.close();
}

console.log(
  `\nLighthouse 12 (mobile preset, median of 3) on ${cpus().length} cores, load ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}, Node ${process.version}`,
);
console.table(rows);
console.log(
  `targets: ${Object.entries(targets)
    .map(([key, value]) => `${key} >= ${value}`)
    .join(', ')}, CLS 0`,
);
