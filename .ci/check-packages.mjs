// Packs each publishable package exactly as `pnpm publish` would, then lints the tarball with publint
// (package.json / exports correctness) and @arethetypeswrong/cli (types resolve for every consumer).
// The packages ship ESM only (Node >= 20.19 can require() ESM), so attw runs with the esm-only profile.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const packages = ['packages/core', 'packages/search', 'packages/react'];
const outDir = mkdtempSync(join(tmpdir(), 'inkwell-pack-'));
const failures = [];

function run(command, args, cwd) {
  try {
    const output = execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { ok: true, output };
  } catch (error) {
    return { ok: false, output: `${error.stdout ?? ''}${error.stderr ?? ''}` };
  }
}

try {
  for (const dir of packages) {
    const before = new Set(readdirSync(outDir));
    const packed = run('pnpm', ['pack', '--pack-destination', outDir], dir);
    if (!packed.ok) {
      failures.push(`${dir}: pnpm pack failed\n${packed.output}`);
      continue;
    }
    const tarball = readdirSync(outDir).find((file) => !before.has(file));
    const path = join(outDir, tarball);
    const publint = run('pnpm', ['exec', 'publint', 'run', path, '--strict']);
    // CSS entry points carry no types; they are checked for presence in the tarball below.
    const attw = run('pnpm', [
      'exec',
      'attw',
      path,
      '--profile',
      'esm-only',
      '--exclude-entrypoints',
      'styles.css',
      '--format',
      'table-flipped',
    ]);
    const listing = run('tar', ['-tzf', path]).output;
    console.log(`\n=== ${tarball}\n--- publint\n${publint.output.trim()}\n--- attw\n${attw.output.trim()}`);
    // publint prints suggestions without failing; treat any reported item as a problem.
    if (!publint.ok || !/All good!/.test(publint.output))
      failures.push(`${tarball}: publint reported problems`);
    if (!attw.ok) failures.push(`${tarball}: attw reported problems`);
    if (dir === 'packages/react' && !listing.includes('package/dist/styles.css')) {
      failures.push(`${tarball}: dist/styles.css is missing`);
    }
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`\nPackage checks failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`\nPackage checks: ${packages.length} packages, publint and attw clean.`);
