import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostValidationError } from '../../src/errors/post-validation-error.js';
import { loadPosts } from '../../src/load/load-posts.js';

// "Nothing lost": a large folder where good and broken posts are mixed, in nested folders, with every
// kind of breakage the loader knows. 'throw' must name every broken file (and no good one); 'skip'
// must return every good post (and no broken one) and warn once per broken file.

/** One way to break a post: the file's content given a unique number. */
const breakages: Record<string, (n: number) => string | Uint8Array> = {
  'bad-date': (n) => `---\ntitle: Broken ${n}\ndate: 2025-02-30\n---\n\nText.\n`,
  'missing-title': () => '---\ndate: 2025-01-01\n---\n\nText.\n',
  'wrong-type': (n) => `---\ntitle: Broken ${n}\ndate: 2025-01-01\ndraft: maybe\n---\n\nText.\n`,
  'yaml-syntax': (n) => `---\ntitle: Broken: ${n}\ndate: 2025-01-01\n---\n\nText.\n`,
  'unclosed-frontmatter': (n) => `---\ntitle: Broken ${n}\ndate: 2025-01-01\n\nText.\n`,
  'no-frontmatter': () => '# Just markdown\n\nText.\n',
  empty: () => '',
  'only-frontmatter': (n) => `---\ntitle: Broken ${n}\ndate: 2025-01-01\n---\n`,
  'toml-syntax': (n) => `+++\ntitle = "Broken ${n}\ndate = 2025-01-01\n+++\n\nText.\n`,
  'json-syntax': (n) => `---json\n{ "title": "Broken ${n}", }\n---\n\nText.\n`,
  'not-utf8': (n) =>
    Buffer.concat([
      Buffer.from(`---\ntitle: Broken ${n}\ndate: 2025-01-01\n---\n\n`),
      Buffer.from([0xc3, 0x28, 0xff]),
    ]),
  binary: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  'tags-not-list': (n) => `---\ntitle: Broken ${n}\ndate: 2025-01-01\ntags: 42\n---\n\nText.\n`,
  'audio-without-src': (n) =>
    `---\ntitle: Broken ${n}\ndate: 2025-01-01\naudio:\n  title: Narration\n---\n\nText.\n`,
};

const good = (n: number) =>
  `---\ntitle: Good ${n}\ndate: 2025-01-${String((n % 28) + 1).padStart(2, '0')}\ntags: [t${n % 5}]\n---\n\n# Post ${n}\n\nBody of good post ${n}.\n\n\`\`\`js\nconst n = ${n};\n\`\`\`\n`;

interface Folder {
  dir: string;
  goodSlugs: string[];
  brokenFiles: string[];
}

const folders: string[] = [];
afterAll(async () => {
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Writes `goodCount` good posts and the given broken ones, spread over nested folders. */
async function writeFolder(goodCount: number, broken: string[]): Promise<Folder> {
  const dir = await mkdtemp(join(tmpdir(), 'inkwell-nothing-lost-'));
  folders.push(dir);
  const files: [string, string | Uint8Array][] = [];
  const goodSlugs: string[] = [];
  for (let n = 0; n < goodCount; n++) {
    const folder = ['', 'a/', 'a/b/', 'c/'][n % 4];
    files.push([`${folder}good-${n}.md`, good(n)]);
    goodSlugs.push(`good-${n}`);
  }
  const brokenFiles = broken.map((kind, n) => `${['', 'a/', 'c/d/'][n % 3]}${kind}-${n}.md`);
  broken.forEach((kind, n) => {
    files.push([brokenFiles[n] as string, (breakages[kind] as (n: number) => string | Uint8Array)(n)]);
  });
  for (const [file, content] of files) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), content);
  }
  return { dir, goodSlugs: goodSlugs.sort(), brokenFiles: brokenFiles.sort() };
}

async function throwMode(dir: string): Promise<PostValidationError> {
  const error = await loadPosts({ dir, cache: false, onWarning: () => {} }).catch(
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(PostValidationError);
  return error as PostValidationError;
}

async function skipMode(dir: string): Promise<{ slugs: string[]; warnings: string[] }> {
  const warnings: string[] = [];
  const posts = await loadPosts({
    dir,
    cache: false,
    onInvalid: 'skip',
    onWarning: (warning) => warnings.push(warning),
  });
  return { slugs: posts.map((post) => post.slug).sort(), warnings };
}

const leftOut = (warnings: string[]) =>
  warnings
    .filter((warning) => warning.startsWith('Left out '))
    .map((warning) => /^Left out (.+?):\n/.exec(warning)?.[1] ?? warning)
    .sort();

describe('a folder with good and broken posts', () => {
  let folder: Folder;
  beforeAll(async () => {
    // Every kind of breakage, three times each, among 300 good posts.
    folder = await writeFolder(
      300,
      Object.keys(breakages).flatMap((kind) => [kind, kind, kind]),
    );
  }, 60_000);

  it("onInvalid: 'throw' reports exactly the broken files", async () => {
    const error = await throwMode(folder.dir);
    expect([...new Set(error.issues.map((issue) => issue.file))].sort()).toEqual(folder.brokenFiles);
    // One line per issue, each naming its file.
    expect(error.message.split('\n')).toHaveLength(error.issues.length);
  }, 120_000);

  it("onInvalid: 'skip' returns exactly the good posts and warns once per broken file", async () => {
    const { slugs, warnings } = await skipMode(folder.dir);
    expect(slugs).toEqual(folder.goodSlugs);
    expect(leftOut(warnings)).toEqual(folder.brokenFiles);
  }, 120_000);
});

describe('any mix of good and broken posts (property)', () => {
  it('throw names exactly the broken files; skip keeps exactly the good posts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 6 }),
        fc.array(fc.constantFrom(...Object.keys(breakages)), { minLength: 1, maxLength: 6 }),
        async (goodCount, broken) => {
          const folder = await writeFolder(goodCount, broken);
          const error = await throwMode(folder.dir);
          expect([...new Set(error.issues.map((issue) => issue.file))].sort()).toEqual(folder.brokenFiles);
          const { slugs, warnings } = await skipMode(folder.dir);
          expect(slugs).toEqual(folder.goodSlugs);
          expect(leftOut(warnings)).toEqual(folder.brokenFiles);
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
