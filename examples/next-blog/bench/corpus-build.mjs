// Build time of the example blog over the Node.js blog corpus (1,000+ posts), cold and warm cache.
// The corpus is found through INKWELL_CORPUS or ../shared/corpus/nodejs-blog beside the repo.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';

const app = resolve(import.meta.dirname, '..');
const corpus = process.env.INKWELL_CORPUS ?? resolve(app, '../../../shared/corpus/nodejs-blog');
if (!existsSync(corpus)) {
  console.log(`Skipped: no corpus at ${corpus} (set INKWELL_CORPUS).`);
  process.exit(0);
}
// A separate output folder, so the example's own `out/` is left alone.
const distDir = mkdtempSync(join(app, '.corpus-build-'));
const cache = join(app, 'node_modules/.cache/inkwell');

function build(label) {
  const started = performance.now();
  const result = spawnSync('pnpm', ['exec', 'next', 'build'], {
    cwd: app,
    encoding: 'utf8',
    env: { ...process.env, INKWELL_CONTENT: corpus, INKWELL_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`${label} build failed`);
  }
  const pages = result.stdout.match(/Generating static pages[^\n]*\((\d+)\/(\d+)\)/);
  return { label, seconds: seconds.toFixed(1), pages: pages?.[2] ?? '?' };
}

try {
  rmSync(cache, { recursive: true, force: true });
  const rows = [build('cold (empty cache)'), build('warm (posts from the cache)')];
  console.log(`\nExample blog over ${corpus} on ${cpus().length} cores, Node ${process.version}`);
  console.table(rows);
} finally {
  rmSync(distDir, { recursive: true, force: true });
}
