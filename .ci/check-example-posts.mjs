// `inkwell check` on the example's posts must find nothing at all: no error, and no warning either
// (`inkwell check` itself exits 0 on warnings alone). Reads its JSON output.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The built CLI itself, run from the example's folder (its `public/` holds the covers): on a fresh
// install pnpm may not have linked the `inkwell` bin yet, since dist/ is built after installing.
const example = fileURLToPath(new URL('../examples/next-blog/', import.meta.url));
const cli = fileURLToPath(new URL('../packages/core/dist/cli.js', import.meta.url));
const run = spawnSync(process.execPath, [cli, 'check', 'content/posts', '--format', 'json'], {
  cwd: example,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
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
