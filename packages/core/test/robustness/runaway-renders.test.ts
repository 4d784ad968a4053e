import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Inputs that make the markdown parser (micromark / mdast-util-from-markdown) super-linear. Each is
// rendered by the BUILT package in a child process that is killed after LIMIT_S seconds, because a
// synchronous parse cannot be timed out from inside its own thread.
//
// Found by this suite (issue 10), measured before the fix on 2 shared cores:
// - 1,000-level nested list: 75 s, then "RangeError: Maximum call stack size exceeded" (not a
//   PostValidationError). Scaling: depth 100 → 0.65 s, 200 → 1.1 s, 400 → 4.0 s (quadratic).
//   Profile at depth 400: 25% prepareList (mdast-util-from-markdown), 11% micromark-factory-space
//   prefix, 10% GC, 8% compile, 7% micromark tokenizer main.
// - 1 MB line of `*_[\`<` (200,000 repeats): > 100 s. 8,000 repeats → 3.6 s, 16,000 → 9.7 s.
//   Profile: 64% resolveAllAttention (micromark-core-commonmark attention.js), 9% chunked splice.
// Fixed in src/render/pathological-markdown.ts: a linear pre-scan finds lists nested more than 100
// levels and paragraphs with more than 10,000 delimiters; such a body is shown as written in
// <pre class="inkwell-unrendered"> with a warning naming file and line (README, "Rendering").

const LIMIT_S = 15;
const here = fileURLToPath(new URL('.', import.meta.url));
const built = existsSync(join(here, '../../dist/index.js'));
if (!built)
  console.log('runaway-renders: skipped, build @inkwell/core first (pnpm --filter @inkwell/core build)');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inkwell-runaway-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface ChildRender {
  seconds?: number;
  htmlLength?: number;
  warnings?: string[];
  error?: string;
  killed?: boolean;
}

async function renderInChild(name: string, markdown: string): Promise<ChildRender> {
  const file = join(dir, `${name}.md`);
  await writeFile(file, markdown);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(here, 'render-in-child.mjs'), file],
      { timeout: LIMIT_S * 1000, maxBuffer: 1 << 20 },
      (error, stdout) => {
        if (error?.killed) resolve({ killed: true });
        else resolve(stdout ? (JSON.parse(stdout) as ChildRender) : { error: String(error) });
      },
    );
  });
}

describe.skipIf(!built)(`renders that must finish within ${LIMIT_S} s`, { concurrent: true }, () => {
  it('a 500-level nested blockquote in a list (control: finishes)', async () => {
    const result = await renderInChild('control', `- item\n\n  ${'> '.repeat(500)}deep`);
    expect(result).toMatchObject({ htmlLength: expect.any(Number) });
  }, 60_000);

  it('a 1,000-level nested list is shown as written, with a warning', async () => {
    const lines = Array.from({ length: 1000 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`);
    const markdown = lines.join('\n');
    const result = await renderInChild('nested-list', markdown);
    console.log(`1,000-level nested list: ${result.seconds?.toFixed(3)} s`);
    // Every character kept (only `&` and `<` would grow when escaped; there are none).
    expect(result.htmlLength).toBeGreaterThan(markdown.length);
    expect(result.warnings).toEqual([
      expect.stringMatching(/nested-list\.md:101:1 {2}shown as plain text.*101 levels/),
    ]);
  }, 60_000);

  it('a 1 MB line of emphasis and bracket delimiters is shown as written, with a warning', async () => {
    const markdown = `before ${'*_[`<'.repeat(200_000)} after`;
    const result = await renderInChild('delimiters', markdown);
    console.log(`1 MB line of delimiters: ${result.seconds?.toFixed(3)} s`);
    expect(result.htmlLength).toBeGreaterThan(markdown.length);
    expect(result.warnings).toEqual([expect.stringMatching(/delimiters\.md:1:1 {2}shown as plain text/)]);
  }, 60_000);
});
