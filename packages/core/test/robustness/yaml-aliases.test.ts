import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PostValidationError } from '../../src/errors/post-validation-error.js';
import { loadPosts } from '../../src/load/load-posts.js';
import { parsePost } from '../../src/load/parse-post.js';

// Found by the reliability suite (issue 10): `doc.toJS()` threw a bare ReferenceError for an alias
// whose anchor is missing, and for more aliases than maxAliasCount ("billion laughs"). It escaped
// parsePost and loadPosts — even with onInvalid: 'skip' — without naming the file. Fixed in
// src/load/frontmatter/yaml-alias-error.ts: both are frontmatter syntax errors at the alias.

const unresolved = '---\ntitle: Alias\ndate: 2025-01-01\ntags: [a, *missing]\n---\n\nText.\n';
const laughs = [
  '---',
  'title: Laughs',
  'date: 2025-01-01',
  'a: &a [x, x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]',
  '---',
  '',
  'Text.',
].join('\n');

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('YAML aliases', () => {
  it('an alias without its anchor is a PostValidationError naming file and line', async () => {
    const error = await parsePost(unresolved, { file: 'alias.md' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PostValidationError);
    expect((error as PostValidationError).issues).toEqual([
      expect.objectContaining({ file: 'alias.md', line: 4, message: expect.stringMatching(/missing/) }),
    ]);
  });

  it('too many aliases (billion laughs) is a PostValidationError, not a crash', async () => {
    const error = await parsePost(laughs, { file: 'laughs.md' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PostValidationError);
    // Line 6 is where aliases start repeating values that hold aliases: `c: &c [*b, …]`.
    expect((error as PostValidationError).issues).toEqual([
      expect.objectContaining({
        file: 'laughs.md',
        line: 6,
        message: expect.stringMatching(/too many YAML aliases/),
      }),
    ]);
  });

  it("onInvalid: 'skip' leaves the broken file out and keeps the good one", async () => {
    dir = await mkdtemp(join(tmpdir(), 'inkwell-alias-'));
    await writeFile(join(dir, 'alias.md'), unresolved);
    await writeFile(join(dir, 'good.md'), '---\ntitle: Good\ndate: 2025-01-01\n---\n\nText.\n');
    const warnings: string[] = [];
    const posts = await loadPosts({
      dir,
      cache: false,
      onInvalid: 'skip',
      onWarning: (w) => warnings.push(w),
    });
    expect(posts.map((post) => post.slug)).toEqual(['good']);
    expect(warnings.join('\n')).toMatch(/alias\.md/);
  });
});
