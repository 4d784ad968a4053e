// `inkwell check` on the example's posts must find nothing at all: no error, and no warning either
// (`inkwell check` itself exits 0 on warnings alone). Reads its JSON output.
import { spawnSync } from 'node:child_process';

const run = spawnSync(
  'pnpm',
  ['--filter', 'next-blog', 'exec', 'inkwell', 'check', 'content/posts', '--format', 'json'],
  {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
let result;
try {
  result = JSON.parse(run.stdout);
} catch {
  console.error(`inkwell check did not print JSON (exit ${run.status}):\n${run.stdout}`);
  process.exit(1);
}
for (const f of result.findings) {
  console.error(`${f.file}:${f.line ?? ''}:${f.column ?? ''}  ${f.severity}  ${f.rule}  ${f.message}`);
}
console.log(`${result.checked} posts checked, ${result.errors} errors, ${result.warnings} warnings`);
process.exit(result.findings.length === 0 && result.checked > 0 && run.status === 0 ? 0 : 1);
