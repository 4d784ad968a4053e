import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { loadPosts, type PostIssue, PostValidationError, postSchema } from '../../src/index.js';
import { fixtures, post, postsFolder, thrown } from './helpers.js';

/** Loads a folder that must fail and returns the thrown error's issues. */
async function issuesOf(dir: string): Promise<readonly PostIssue[]> {
  const error = await thrown(() => loadPosts({ dir, cache: false }));
  expect(error).toBeInstanceOf(PostValidationError);
  return (error as PostValidationError).issues;
}

describe('every problem of every file in one PostValidationError', () => {
  test('lists each issue like a compiler, with the exact line and column', async () => {
    const error = await thrown(() => loadPosts({ dir: path.join(fixtures, 'broken-blog'), cache: false }));
    expect(error).toBeInstanceOf(PostValidationError);
    expect((error as Error).name).toBe('PostValidationError');
    expect((error as Error).message.split('\n')).toEqual([
      'bad-date.md:3:7  date  "2025-13-45" is not a valid date; use YYYY-MM-DD',
      'empty.md  is empty; a post needs frontmatter with at least title: and date:, then its text',
      'missing-fields.md:1:1  title  is missing; add a line like title: My first post',
      'missing-fields.md:1:1  date  is missing; add a line like date: 2025-11-18',
      'no-frontmatter.md:1:1  has no frontmatter; start the file with a --- line, then title: and date: lines, then ---',
      'only-frontmatter.md:4:1  has no text after the frontmatter; write the post below the closing ---',
      'second.md:4:7  slug  "same" is also the slug of first.md; give one of the two posts a different slug:',
      'wrong-types.md:2:8  title  must be text, got the number 42; put it in quotes',
      'wrong-types.md:4:7  tags  must be a list, like tags: [javascript, release], got "javascript"',
      'wrong-types.md:5:8  draft  must be true or false, got "yes"',
      'wrong-types.md:6:1  audio.src  is missing; this field is required',
      'yaml-syntax.md:2:8  a value contains ": "; put the whole value in quotes, like title: "Node.js: the basics"',
    ]);
  });

  test('issues carry file, line, column and field path', async () => {
    const issues = await issuesOf(path.join(fixtures, 'broken-blog'));
    expect(issues).toContainEqual({
      file: 'bad-date.md',
      line: 3,
      column: 7,
      path: 'date',
      message: '"2025-13-45" is not a valid date; use YYYY-MM-DD',
    });
    expect(issues).toContainEqual({
      file: 'empty.md',
      path: '',
      message: expect.stringContaining('is empty'),
    });
  });

  test("onInvalid: 'skip' keeps the valid posts and warns about each left-out file", async () => {
    const warnings: string[] = [];
    const posts = await loadPosts({
      dir: path.join(fixtures, 'broken-blog'),
      cache: false,
      onInvalid: 'skip',
      onWarning: (warning) => warnings.push(warning),
    });
    expect(posts.map((p) => p.file)).toEqual(['valid.md', 'first.md']);
    expect(warnings).toHaveLength(8);
    expect(warnings[0]).toBe(
      'Left out bad-date.md:\n  bad-date.md:3:7  date  "2025-13-45" is not a valid date; use YYYY-MM-DD',
    );
    expect(warnings.some((warning) => warning.startsWith('Left out second.md:'))).toBe(true);
  });
});

describe('text encodings and line endings', () => {
  const lf = '---\ntitle: Hello\ndate: 2025-11-18\ntags: [a]\n---\n\n# Heading\n\nBody text.\n';

  test('a UTF-8 BOM and CRLF line endings load exactly like LF', async () => {
    const dir = await postsFolder({
      'lf.md': lf,
      'crlf.md': lf.replaceAll('\n', '\r\n'),
      'bom.md': `\uFEFF${lf}`,
      'bom-crlf.md': `\uFEFF${lf.replaceAll('\n', '\r\n')}`,
      'cr.md': lf.replaceAll('\n', '\r'),
    });
    const posts = await loadPosts({ dir, cache: false });
    const strip = ({ file: _file, slug: _slug, ...rest }: (typeof posts)[number]) => rest;
    const lfPost = posts.find((p) => p.file === 'lf.md');
    if (!lfPost) throw new Error('lf.md did not load');
    const reference = strip(lfPost);
    expect(posts).toHaveLength(5);
    for (const p of posts) expect(strip(p), p.file).toEqual(reference);
    expect(reference.title).toBe('Hello');
  });

  test('issue positions in BOM and CRLF files match the LF file', async () => {
    const bad = '---\ntitle: Hello\ndate: 2025-02-30\n---\n\nBody.\n';
    const dir = await postsFolder({ 'a.md': `\uFEFF${bad.replaceAll('\n', '\r\n')}`, 'b.md': bad });
    const issues = await issuesOf(dir);
    expect(issues.map(({ file, line, column }) => [file, line, column])).toEqual([
      ['a.md', 3, 7],
      ['b.md', 3, 7],
    ]);
  });

  test('a binary file, invalid UTF-8 and an empty or whitespace-only file are each reported', async () => {
    const dir = await postsFolder({
      'image.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
      'latin1.md': new Uint8Array([...Buffer.from('---\ntitle: Caf'), 0xe9, ...Buffer.from('\n---\n')]),
      'empty.md': '',
      'blank.md': '\n  \n\t\n',
    });
    expect(await issuesOf(dir)).toEqual([
      {
        file: 'blank.md',
        path: '',
        message: 'is empty; a post needs frontmatter with at least title: and date:, then its text',
      },
      {
        file: 'empty.md',
        path: '',
        message: 'is empty; a post needs frontmatter with at least title: and date:, then its text',
      },
      {
        file: 'image.md',
        path: '',
        message: 'is a binary file, not markdown text; remove it or rename it so it does not end in .md',
      },
      { file: 'latin1.md', path: '', message: 'is not valid UTF-8 text; save it with UTF-8 encoding' },
    ]);
  });
});

describe('files and folders that cannot be used', () => {
  test('a missing directory says where it looked', async () => {
    const error = await thrown(() => loadPosts({ dir: 'no/such/posts', cache: false }));
    expect(error).toBeInstanceOf(PostValidationError);
    expect((error as PostValidationError).issues).toEqual([
      {
        file: path.resolve('no/such/posts'),
        path: '',
        message: 'the posts directory "no/such/posts" does not exist; create it, or pass dir to loadPosts',
      },
    ]);
  });

  test('a file given as the directory', async () => {
    const dir = await postsFolder({ 'a.md': post('title: A\ndate: 2025-01-01') });
    const error = await thrown(() => loadPosts({ dir: path.join(dir, 'a.md'), cache: false }));
    expect((error as PostValidationError).issues[0]?.message).toMatch(/is a file, not a directory/);
  });

  test('an unreadable file (a broken link) is an issue, not a crash', async () => {
    const dir = await postsFolder({ 'ok.md': post('title: A\ndate: 2025-01-01') });
    await symlink(path.join(dir, 'gone.md'), path.join(dir, 'broken.md'));
    expect(await issuesOf(dir)).toEqual([
      {
        file: 'broken.md',
        path: '',
        message: 'cannot be read: it does not exist (a broken link, or deleted while loading)',
      },
    ]);
  });

  test.skipIf(process.getuid?.() === 0)('a file without read permission', async () => {
    const { chmod } = await import('node:fs/promises');
    const dir = await postsFolder({ 'secret.md': post('title: A\ndate: 2025-01-01') });
    await chmod(path.join(dir, 'secret.md'), 0o000);
    expect(await issuesOf(dir)).toEqual([
      {
        file: 'secret.md',
        path: '',
        message: 'cannot be read: permission denied; check the file permissions',
      },
    ]);
  });

  test('an empty folder loads no posts', async () => {
    const dir = await postsFolder({ 'readme.txt': 'no posts yet' });
    expect(await loadPosts({ dir, cache: false })).toEqual([]);
  });
});

describe('frontmatter syntax', () => {
  test('YAML: the first syntax error with its position, duplicate keys, an unclosed block', async () => {
    const dir = await postsFolder({
      'quote.md': '---\ntitle: "Unclosed\ndate: 2025-01-01\n---\n\nBody.\n',
      'twice.md': '---\ntitle: A\ndate: 2025-01-01\ntitle: B\n---\n\nBody.\n',
      'unclosed.md': '---\ntitle: A\ndate: 2025-01-01\n\nBody.\n',
      'list.md': '---\n- a\n- b\n---\n\nBody.\n',
      'language.md': '---coffee\ntitle: "A"\n---\n\nBody.\n',
      'late.md': '\n\n---\ntitle: A\ndate: 2025-01-01\n---\n\nBody.\n',
    });
    expect(
      (await issuesOf(dir)).map((issue) => `${issue.file}:${issue.line}:${issue.column}  ${issue.message}`),
    ).toEqual([
      'language.md:1:4  unknown frontmatter language "coffee"; use --- for YAML, +++ for TOML or ---json for JSON',
      'late.md:3:1  the frontmatter must start on line 1; remove the blank lines before the --- on line 3',
      'list.md:1:1  frontmatter must be fields like title: …, but it is a list',
      'quote.md:2:8  invalid YAML: Missing closing quote; close the quote on the same line',
      'twice.md:4:1  title is written twice; keep one',
      'unclosed.md:1:1  the frontmatter opened with --- on line 1 is never closed; add a line with --- after the last field',
    ]);
  });

  test('TOML: syntax errors and invalid fields point at their line', async () => {
    const dir = await postsFolder({
      'syntax.md': '+++\ntitle = "A"\ndate = 2025-13-45\n+++\n\nBody.\n',
      'field.md': '+++\ntitle = "A"\ndate = "yesterday"\n\n[audio]\nduration = "long"\n+++\n\nBody.\n',
    });
    expect(await issuesOf(dir)).toEqual([
      {
        file: 'field.md',
        line: 3,
        column: 8,
        path: 'date',
        message: '"yesterday" is not a valid date; use YYYY-MM-DD',
      },
      {
        file: 'field.md',
        line: 5,
        column: 1,
        path: 'audio.src',
        message: 'is missing; this field is required',
      },
      {
        file: 'field.md',
        line: 6,
        column: 12,
        path: 'audio.duration',
        message: '"long" is not a duration; use "04:55" (mm:ss), "1:02:03" (h:mm:ss) or seconds like 295',
      },
      { file: 'syntax.md', line: 3, column: 8, path: '', message: 'invalid TOML: invalid date' },
    ]);
  });

  test('JSON: syntax errors and invalid fields point at their line', async () => {
    const dir = await postsFolder({
      'syntax.md': '---json\n{\n  "title": "A",\n  "date": "2025-01-01",\n}\n---\n\nBody.\n',
      'field.md':
        '---json\n{\n  "title": "A",\n  "date": "2025-01-01",\n  "tags": ["a", 2]\n}\n---\n\nBody.\n',
    });
    const issues = await issuesOf(dir);
    expect(issues[0]).toEqual({
      file: 'field.md',
      line: 5,
      column: 17,
      path: 'tags[1]',
      message: 'must be text, got the number 2; put it in quotes',
    });
    expect(issues[1]).toMatchObject({ file: 'syntax.md', line: 5, column: 1, path: '' });
    expect(issues[1]?.message).toMatch(/^invalid JSON: /);
  });
});

describe('slugs', () => {
  test('two posts with one slug is an error naming both files', async () => {
    const dir = await postsFolder({
      '2025-01-01-hello.md': post('title: A\ndate: 2025-01-01'),
      'hello.md': post('title: B\ndate: 2025-01-02'),
      'other.md': post('title: C\ndate: 2025-01-03\nslug: Hello'),
    });
    expect(await issuesOf(dir)).toEqual([
      {
        file: 'hello.md',
        path: 'slug',
        message:
          '"hello" is also the slug of 2025-01-01-hello.md; give one of the two posts a different slug:',
      },
      {
        file: 'other.md',
        line: 4,
        column: 7,
        path: 'slug',
        message:
          '"hello" is also the slug of 2025-01-01-hello.md; give one of the two posts a different slug:',
      },
    ]);
  });

  test('a file name or slug with nothing usable in it asks for a slug', async () => {
    const dir = await postsFolder({
      '!!!.md': post('title: A\ndate: 2025-01-01'),
      'b.md': post('title: B\ndate: 2025-01-02\nslug: "???"'),
    });
    expect(await issuesOf(dir)).toEqual([
      {
        file: '!!!.md',
        line: 1,
        column: 1,
        path: '',
        message: 'cannot make a URL slug from the file name "!!!.md"; add slug: my-post to the frontmatter',
      },
      {
        file: 'b.md',
        line: 4,
        column: 7,
        path: 'slug',
        message: '"???" has no letters or digits to make a URL from; use slug: my-post',
      },
    ]);
  });
});

describe('likely typos in field names', () => {
  test('warn with the field they were probably meant to be, without failing the load', async () => {
    const dir = await postsFolder({
      'a.md': post('title: A\ndate: 2025-01-01\ntag: [node]\nlayout: post\ncover_image: /a.png'),
    });
    const warnings: string[] = [];
    const posts = await loadPosts({ dir, cache: false, onWarning: (warning) => warnings.push(warning) });
    expect(posts[0]?.tags).toEqual([]);
    expect(warnings).toEqual([
      'a.md:4:6  tag  is not a known field, so it is ignored; did you mean tags?',
      'a.md:6:14  cover_image  is not a known field, so it is ignored; did you mean coverImage?',
    ]);
  });

  test('a custom schema’s own fields count as known', async () => {
    const dir = await postsFolder({ 'a.md': post('title: A\ndate: 2025-01-01\nauthors: [Ada]') });
    const warnings: string[] = [];
    await loadPosts({
      dir,
      cache: false,
      schema: postSchema.extend({ authors: z.array(z.string()) }),
      onWarning: (warning) => warnings.push(warning),
    });
    expect(warnings).toEqual([]);
  });
});
