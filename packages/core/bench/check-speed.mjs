// `inkwell check` on the Node.js blog corpus (1,049 posts): one run to warm the caches (renders and the
// check's own link cache), then five warm runs, each a fresh `node dist/cli.js` process timed end to
// end, as CI or a pre-commit hook runs it. Prints the median and the range, and the findings count.
//
//   node bench/check-speed.mjs [--corpus DIR] [--runs 5]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    corpus: {
      type: 'string',
      default: process.env.INKWELL_CORPUS ?? join(here, '../../../../shared/corpus/nodejs-blog'),
    },
    runs: { type: 'string', default: '5' },
  },
});
if (!existsSync(args.corpus)) {
  console.log(`check-speed skipped: no corpus at ${args.corpus} (set INKWELL_CORPUS)`);
  process.exit(0);
}
const cli = join(here, '../dist/cli.js');
const config = join(here, 'nodejs-check.config.mjs');

function run() {
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [cli, 'check', args.corpus, '--config', config, '--format', 'json'],
    {
      cwd: join(here, '..'),
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (result.status === 2 || !result.stdout) throw new Error(`inkwell check failed:\n${result.stderr}`);
  return { seconds, result: JSON.parse(result.stdout) };
}

const warmUp = run();
console.log(`warm-up (renders whatever the cache lacks): ${warmUp.seconds.toFixed(2)} s`);
const times = [];
let last = warmUp.result;
for (let i = 0; i < Number(args.runs); i++) {
  const { seconds, result } = run();
  times.push(seconds);
  last = result;
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const byRule = {};
for (const finding of last.findings) byRule[finding.rule] = (byRule[finding.rule] ?? 0) + 1;
console.log(
  `inkwell check, warm, ${last.checked} posts: median ${median.toFixed(2)} s (${times[0].toFixed(2)}–${times.at(-1).toFixed(2)} s over ${times.length} runs)`,
);
console.log(`findings: ${last.errors} errors, ${last.warnings} warnings`, byRule);
