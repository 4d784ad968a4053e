import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// Worker threads run the built package: `pnpm --filter @inkwell/core build` first. In CI a missing
// build fails these tests instead of skipping them.
const built = join(import.meta.dirname, '../../dist/index.js');
const hasBuild = existsSync(join(import.meta.dirname, '../../dist/render/render-worker.js'));
if (!hasBuild && process.env.CI)
  throw new Error(`${built} is not built: run pnpm --filter @inkwell/core build`);
if (!hasBuild) console.warn(`Skipping worker-thread failure tests: ${built} is not built.`);

const plugins = join(import.meta.dirname, '../fixtures/plugins');
/** Enough text per post that renderPosts starts workers (it renders small sites on the calling thread). */
const padding = 'Some *text* with a [link](https://x.dev).\n\n'.repeat(3000);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inkwell-failures-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writePosts(bodies: Record<string, string>): Promise<void> {
  for (const [name, body] of Object.entries(bodies)) {
    await writeFile(join(dir, name), `---\ntitle: ${name}\ndate: 2025-01-02\n---\n\n${body}\n\n${padding}\n`);
  }
}

describe.skipIf(!hasBuild)('render failures on worker threads (built package)', () => {
  const load = async (options: Record<string, unknown>) => {
    const { loadPosts } = (await import(built)) as typeof import('../../src/index.js');
    return loadPosts({ dir, cache: false, concurrency: 2, ...options });
  };

  it("a plugin that throws on 1 of 4 posts: 'skip' keeps the 3 good ones and names the file and line", async () => {
    await writePosts({ 'a.md': 'Good.', 'b.md': 'EXPLODE here.', 'c.md': 'Good.', 'd.md': 'Good.' });
    const warnings: string[] = [];
    const posts = await load({
      markdownModule: join(plugins, 'failing-markdown.mjs'),
      onInvalid: 'skip',
      onWarning: (warning: string) => warnings.push(warning),
    });
    expect(posts.map((post) => post.file).sort()).toEqual(['a.md', 'c.md', 'd.md']);
    expect(warnings).toEqual([
      expect.stringMatching(/^Left out b\.md:\n {2}b\.md:6 {2}cannot be rendered: the test plugin exploded/),
    ]);
  }, 120_000);

  it("under 'throw' the failure is a PostValidationError naming the file, not the plugin's bare Error", async () => {
    await writePosts({ 'a.md': 'Good.', 'b.md': 'EXPLODE here.' });
    const error = await load({ markdownModule: join(plugins, 'failing-markdown.mjs') }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'PostValidationError' });
    expect((error as { issues: unknown[] }).issues).toEqual([
      expect.objectContaining({
        file: 'b.md',
        line: 6,
        message: expect.stringContaining('the test plugin exploded'),
      }),
    ]);
  }, 120_000);

  it('a worker that dies mid-render fails only its post; the queue still drains', async () => {
    const bodies: Record<string, string> = { 'dies.md': 'DIE now.' };
    for (let i = 0; i < 8; i++) bodies[`ok-${i}.md`] = `Post ${i}.`;
    await writePosts(bodies);
    const warnings: string[] = [];
    const posts = await load({
      markdownModule: join(plugins, 'failing-markdown.mjs'),
      onInvalid: 'skip',
      onWarning: (warning: string) => warnings.push(warning),
    });
    expect(posts).toHaveLength(8);
    expect(warnings).toEqual([
      expect.stringContaining('dies.md:6  cannot be rendered: the render worker exited with code 3'),
    ]);
  }, 120_000);

  it('workers that cannot start settle every post instead of hanging', async () => {
    await writePosts({ 'a.md': 'One.', 'b.md': 'Two.', 'c.md': 'Three.' });
    const warnings: string[] = [];
    const posts = await load({
      markdownModule: join(plugins, 'fails-in-workers.mjs'),
      onInvalid: 'skip',
      onWarning: (warning: string) => warnings.push(warning),
    });
    expect(posts).toEqual([]);
    expect(warnings).toHaveLength(3);
    for (const warning of warnings) {
      expect(warning).toMatch(
        /cannot be rendered: the render worker could not start \(the render worker crashed: this markdown module refuses/,
      );
    }
  }, 120_000);
});
