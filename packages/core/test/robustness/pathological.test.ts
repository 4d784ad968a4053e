import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostValidationError } from '../../src/errors/post-validation-error.js';
import { loadPosts } from '../../src/load/load-posts.js';
import { parsePost } from '../../src/load/parse-post.js';
import type { Post } from '../../src/post.js';
import { plainText } from './markdown-arbitraries.js';

// Inputs no writer means to produce but a build meets: each finishes with output or a clear error.
// Time is bounded by each test's timeout (generous: 2 shared cores, other suites running); memory by
// finishing at all under Node's default heap limit. Duration and heap are printed for the log. A 1,000-level nested list
// and a 1 MB line of delimiters would run away in the parser: see runaway-renders.test.ts.

const frontmatter = (title: string) => `---\ntitle: ${JSON.stringify(title)}\ndate: 2025-01-01\n---\n\n`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inkwell-pathological-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes one file (string or raw bytes), loads the folder with it alone, and reports. */
async function loadOne(name: string, content: string | Uint8Array): Promise<Post[] | PostValidationError> {
  const folder = await mkdtemp(join(dir, 'case-'));
  await writeFile(join(folder, `${name}.md`), content);
  const started = performance.now();
  try {
    return await loadPosts({ dir: folder, cache: false, onWarning: () => {} });
  } catch (error) {
    if (error instanceof PostValidationError) return error;
    throw error;
  } finally {
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const heap = process.memoryUsage().heapUsed;
    console.log(`${name}: ${seconds} s, heap ${(heap / 1024 ** 2).toFixed(0)} MB`);
  }
}

const onlyPost = (result: Post[] | PostValidationError): Post => {
  if (result instanceof PostValidationError) throw result;
  expect(result).toHaveLength(1);
  return result[0] as Post;
};

describe('pathological posts', () => {
  it('a 10 MB post renders, every paragraph kept', async () => {
    const paragraph = 'Lorem ipsum dolor sit amet, *consectetur* adipiscing elit, sed do `eiusmod` tempor. ';
    const paragraphs = Array.from({ length: 11_000 }, (_, i) => `${paragraph.repeat(11)}end${i}`);
    const source = frontmatter('Ten megabytes') + paragraphs.join('\n\n');
    expect(source.length).toBeGreaterThan(10_000_000);
    const post = onlyPost(await loadOne('ten-mb', source));
    expect(post.html).toContain('end0</p>');
    expect(post.html).toContain('end10999</p>');
    expect(post.readingTime.words).toBeGreaterThan(1_000_000);
  }, 180_000);

  it('50,000 headings get 50,000 unique ids', async () => {
    const source =
      frontmatter('Headings') +
      Array.from({ length: 50_000 }, (_, i) => `## Same title\n\nText ${i}.`).join('\n\n');
    const post = onlyPost(await loadOne('headings', source));
    expect(post.headings).toHaveLength(50_000);
    expect(new Set(post.headings.map((heading) => heading.id)).size).toBe(50_000);
  }, 180_000);

  it('1,000-level nested blockquotes keep the innermost text', async () => {
    const post = onlyPost(
      await loadOne('nested-quotes', `${frontmatter('Quotes')}${'>'.repeat(1000)} deepest words`),
    );
    expect(plainText(post.html)).toContain('deepest words');
  }, 120_000);

  it('a 1 MB single line renders', async () => {
    const line = 'word '.repeat(200_000);
    const post = onlyPost(await loadOne('one-line', `${frontmatter('Line')}${line}last`));
    expect(post.readingTime.words).toBe(200_001);
    expect(post.html.length).toBeGreaterThan(1_000_000);
  }, 120_000);

  it('NUL bytes in the body: a clear error naming the file, or text without them', async () => {
    const result = await loadOne('nul', `${frontmatter('Nul')}Before\u0000after and \u0000\u0000 more.`);
    if (result instanceof PostValidationError) {
      expect(result.issues.map((issue) => issue.file)).toEqual(['nul.md']);
    } else {
      const html = onlyPost(result).html;
      expect(html).not.toContain('\u0000');
      expect(plainText(html)).toMatch(/Before.after and .. more\./);
    }
  });

  it('invalid UTF-8 bytes: a PostValidationError naming the file', async () => {
    const bytes = Buffer.concat([
      Buffer.from(frontmatter('Bytes')),
      Buffer.from([
        0x48, 0x69, 0x20, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x90, 0x28, 0xbc, 0xff, 0xfe,
      ]),
      Buffer.from(' end.\n'),
    ]);
    const result = await loadOne('bytes', bytes);
    expect(result).toBeInstanceOf(PostValidationError);
    expect((result as PostValidationError).issues).toEqual([
      expect.objectContaining({ file: 'bytes.md', message: expect.stringMatching(/UTF-8/) }),
    ]);
  });

  it('an unclosed fence keeps the rest of the post as code', async () => {
    const post = onlyPost(
      await loadOne(
        'fence',
        `${frontmatter('Fence')}Intro.\n\n\`\`\`js\nconst a = 1;\n\n## Not a heading\n\nStill code.`,
      ),
    );
    expect(post.headings).toEqual([]);
    expect(plainText(post.html)).toContain('Still code.');
  });

  it('a thousand alternating unbalanced fences render', async () => {
    const fences = Array.from({ length: 1000 }, (_, i) =>
      i % 3 === 0 ? '```' : i % 3 === 1 ? '~~~~ js' : `text ${i}`,
    ).join('\n');
    const post = onlyPost(await loadOne('fences', `${frontmatter('Fences')}${fences}`));
    expect(plainText(post.html)).toContain('text 998');
  }, 60_000);

  it('a language name that is a path is plain text, and nothing is read from disk', async () => {
    const warnings: string[] = [];
    const post = await parsePost(
      `${frontmatter('Path')}\`\`\`../../../../etc/passwd\nroot-free text\n\`\`\``,
      {
        file: 'path.md',
        onWarning: (warning) => warnings.push(warning),
      },
    );
    expect(plainText(post.html)).toContain('root-free text');
    expect(post.html).not.toMatch(/root:x:0:0/);
    expect(warnings.join('\n')).toMatch(/Unknown code language "\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd"/);
  });

  it('10,000 footnotes and 10,000 reference links render', async () => {
    const notes = Array.from({ length: 10_000 }, (_, i) => `Claim ${i}[^n${i}] and [link ${i}][r${i}].`).join(
      '\n\n',
    );
    const defs = Array.from(
      { length: 10_000 },
      (_, i) => `[^n${i}]: Note ${i}.\n[r${i}]: https://example.com/${i}`,
    ).join('\n');
    const post = onlyPost(await loadOne('footnotes', `${frontmatter('Notes')}${notes}\n\n${defs}`));
    expect(plainText(post.html)).toContain('Note 9999.');
  }, 120_000);
});
