// `pnpm test`: the whole suite, in the order a failure is cheapest to find. Stops at the first
// failing step and prints how long each step took.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';

const steps = [
  ['build packages', 'pnpm', ['build']],
  ['typecheck', 'pnpm', ['typecheck']],
  ['lint and format', 'pnpm', ['lint']],
  [
    'unit, component and story tests',
    'pnpm',
    ['exec', 'vitest', 'run', '--project', 'node', '--project', 'dom', '--project', 'storybook'],
  ],
  ['package checks (pack, publint, attw)', 'pnpm', ['check:packages']],
  ['example posts: inkwell check (zero findings)', 'node', ['.ci/check-example-posts.mjs']],
  ['example blog build', 'pnpm', ['--filter', 'next-blog', 'build']],
  ['example blog basePath build (/blog)', 'pnpm', ['--filter', 'next-blog', 'build:base-path']],
  ['example blog in Chromium', 'pnpm', ['exec', 'vitest', 'run', '--project', 'e2e']],
];

const timings = [];
const started = Date.now();
try {
  const chromium = ensureChromium();
  console.log(`Using Chromium at ${chromium}`);
  process.env.CHROMIUM_PATH = chromium;
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const stepStart = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - stepStart) / 1000).toFixed(1);
  timings.push(`${result.status === 0 ? '✓' : '✗'} ${name.padEnd(40)} ${seconds.padStart(6)} s`);
  if (result.status !== 0) {
    console.error(`\n${timings.join('\n')}\n\n✗ ${name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}
const total = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\n${timings.join('\n')}\n\nAll ${steps.length} steps passed in ${total} s.`);
