import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/render-markdown.js';
import { type RenderJob, renderPosts } from '../../src/render/render-posts.js';

const jobs: RenderJob[] = [
  { file: 'small.md', markdown: '# Small' },
  { file: 'code.md', markdown: '## Code\n\n```ts title="x.ts"\nexport const x: number = 1;\n```' },
  { file: 'bad.md', markdown: '```klingon\nQapla\n```' },
];

describe('renderPosts', () => {
  it('returns results in job order, reports progress and warnings', async () => {
    const progress: [number, number][] = [];
    const warnings: string[] = [];
    const results = await renderPosts(jobs, {
      cache: false,
      onProgress: (done, total) => progress.push([done, total]),
      onWarning: (warning) => warnings.push(warning),
    });
    expect(results.map((result) => result.headings[0]?.text)).toEqual(['Small', 'Code', undefined]);
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(warnings).toEqual([expect.stringMatching(/^bad\.md:1:1 {2}Unknown code language "klingon"/)]);
  });

  it('matches renderMarkdown exactly', async () => {
    const results = await renderPosts(jobs, { cache: false, onWarning: () => {} });
    for (const [index, job] of jobs.entries()) {
      const { warnings: _warnings, ...expected } = await renderMarkdown(job.markdown, { file: job.file });
      expect(results[index]).toEqual(expected);
    }
  });

  it('names the file when a plugin throws', async () => {
    const broken = () => () => {
      throw new Error('plugin exploded');
    };
    await expect(renderPosts(jobs, { cache: false, markdown: { remarkPlugins: [broken] } })).rejects.toThrow(
      /plugin exploded/,
    );
  });
});

// Worker threads run the built package: `pnpm --filter @inkwell/core build` first (the CI builds before testing).
const built = join(import.meta.dirname, '../../dist/index.js');
const hasBuild = existsSync(join(import.meta.dirname, '../../dist/render/render-worker.js'));
// In CI a missing build is a failure, not a skip: the worker path would go untested.
if (!hasBuild && process.env.CI)
  throw new Error(`${built} is not built: run pnpm --filter @inkwell/core build`);
if (!hasBuild) console.warn(`Skipping worker-thread tests: ${built} is not built.`);

describe.skipIf(!hasBuild)('renderPosts on worker threads (built package)', () => {
  it('renders identically on workers, on one thread, and from the cache', async () => {
    const dist = (await import(built)) as typeof import('../../src/index.js');
    // Enough markdown that renderPosts starts workers, with one post much larger than the rest.
    const many: RenderJob[] = Array.from({ length: 40 }, (_, i) => ({
      file: `post-${i}.md`,
      markdown: `# Post ${i}\n\n${'Some *text* with a [link](https://x.dev). '.repeat(i === 7 ? 1500 : 150)}\n\n\`\`\`js {1}\nconst n = ${i};\n\`\`\``,
    }));
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const cache = await mkdtemp(join(tmpdir(), 'inkwell-workers-'));
    try {
      const sequential = await dist.renderPosts(many, { cache: false, concurrency: 0 });
      const parallel = await dist.renderPosts(many, { cache, concurrency: 2 });
      const warm = await dist.renderPosts(many, { cache, concurrency: 2 });
      expect(parallel).toEqual(sequential);
      expect(warm).toEqual(sequential);
    } finally {
      await rm(cache, { recursive: true, force: true });
    }
  }, 180_000);
});
