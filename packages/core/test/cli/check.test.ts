import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { post, postsFolder } from '../load/helpers.js';

const packageRoot = path.resolve(fileURLToPath(import.meta.url), '../../..');
const cli = path.join(packageRoot, 'dist/cli.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built `inkwell` command with a clean colour environment (no TTY: output is piped). */
function inkwell(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Run> {
  const { NO_COLOR: _no, FORCE_COLOR: _force, ...env } = process.env;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { cwd: options.cwd ?? packageRoot, env: { ...env, ...options.env } },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run pnpm --filter @inkwell/core build first`);
});

describe('inkwell check', () => {
  test('the built bin starts with a node shebang', async () => {
    const { readFile } = await import('node:fs/promises');
    expect((await readFile(cli, 'utf8')).split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  test('a blog whose frontmatter is valid: its content findings, then a summary', async () => {
    const run = await inkwell(['check', 'test/fixtures/blog']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')).toEqual([
      'test/fixtures/blog/2025-06-01-folder-post/index.md:4:13  missing-image  the image ./cover.png does not exist (looked for test/fixtures/blog/2025-06-01-folder-post/cover.png); fix the path or add the file',
      'warning  test/fixtures/blog/json-post.md:5:42  series-missing-part  "Formats" has no part 1 (its parts are 2); write the missing part or renumber',
      '9 posts, 1 problem in 1 file, 1 warning',
      '',
    ]);
  });

  test('a valid blog with content rules turned off in a config: summary, exit 0', async () => {
    const dir = await postsFolder({
      'quiet.config.mjs':
        "export const check = { rules: { 'missing-image': 'off', 'series-missing-part': 'off' } };\n",
    });
    const run = await inkwell([
      'check',
      'test/fixtures/blog',
      '--config',
      path.join(dir, 'quiet.config.mjs'),
    ]);
    expect(run).toEqual({ code: 0, stdout: '9 posts, 0 problems\n', stderr: '' });
  });

  test('a broken blog: every issue with a path from the working directory, a summary, exit 1', async () => {
    const run = await inkwell(['check', 'test/fixtures/broken-blog']);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')).toEqual([
      'test/fixtures/broken-blog/bad-date.md:3:7  date  "2025-13-45" is not a valid date; use YYYY-MM-DD',
      'test/fixtures/broken-blog/empty.md  is empty; a post needs frontmatter with at least title: and date:, then its text',
      'test/fixtures/broken-blog/missing-fields.md:1:1  title  is missing; add a line like title: My first post',
      'test/fixtures/broken-blog/missing-fields.md:1:1  date  is missing; add a line like date: 2025-11-18',
      'test/fixtures/broken-blog/no-frontmatter.md:1:1  has no frontmatter; start the file with a --- line, then title: and date: lines, then ---',
      'test/fixtures/broken-blog/only-frontmatter.md:4:1  has no text after the frontmatter; write the post below the closing ---',
      'test/fixtures/broken-blog/second.md:4:7  slug  "same" is also the slug of first.md; give one of the two posts a different slug:',
      'test/fixtures/broken-blog/wrong-types.md:2:8  title  must be text, got the number 42; put it in quotes',
      'test/fixtures/broken-blog/wrong-types.md:4:7  tags  must be a list, like tags: [javascript, release], got "javascript"',
      'test/fixtures/broken-blog/wrong-types.md:5:8  draft  must be true or false, got "yes"',
      'test/fixtures/broken-blog/wrong-types.md:6:1  audio.src  is missing; this field is required',
      'test/fixtures/broken-blog/yaml-syntax.md:2:8  a value contains ": "; put the whole value in quotes, like title: "Node.js: the basics"',
      '10 posts, 12 problems in 8 files',
      '',
    ]);
  });

  test('checks drafts and future posts too, whatever NODE_ENV says', async () => {
    const dir = await postsFolder({
      'draft.md': post('title: Draft\ndate: 2999-01-01\ndraft: true\ntags: oops'),
    });
    const run = await inkwell(['check', dir], { env: { NODE_ENV: 'production' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('draft.md:5:7  tags  must be a list');
  });

  test('likely typos in field names are warnings: printed and counted, exit 0', async () => {
    const dir = await postsFolder({ 'a.md': post('title: A\ndate: 2025-01-01\ntag: [node]') });
    const run = await inkwell(['check', path.relative(packageRoot, dir)]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      `warning  ${path.relative(packageRoot, dir)}/a.md:4:6  tag  is not a known field, so it is ignored; did you mean tags?`,
      '1 post, 0 problems, 1 warning',
      '',
    ]);
  });

  test('rendering warnings name the file from the working directory and its line', async () => {
    const dir = await postsFolder({
      'a.md': post('title: A\ndate: 2025-01-01', '```nosuchlanguage\nx\n```'),
    });
    const run = await inkwell(['check', path.relative(packageRoot, dir)]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`warning  ${path.relative(packageRoot, dir)}/a.md:6:1`);
    expect(run.stdout).toContain('nosuchlanguage');
  });

  test('warnings alone exit 0; --format json prints every finding with rule and severity', async () => {
    const dir = await postsFolder({
      'a.md': post('title: Same\ndate: 2025-01-01'),
      'b.md': post('title: Same\ndate: 2025-01-02', '[x](/posts/nope/)'),
    });
    const shown = path.relative(packageRoot, dir);
    const json = await inkwell(['check', shown, '--format', 'json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({
      checked: 2,
      errors: 1,
      warnings: 1,
      findings: [
        {
          file: `${shown}/b.md`,
          line: 6,
          column: 1,
          rule: 'missing-post',
          severity: 'error',
          message: 'links to /posts/nope/, which is no post; fix the link or write the post',
        },
        {
          file: `${shown}/b.md`,
          line: 2,
          column: 8,
          rule: 'duplicate-title',
          severity: 'warning',
          message: '"Same" is also the title of a.md; give each post its own title',
        },
      ],
    });
    const config = path.join(dir, 'links-off.config.mjs');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(config, "export const check = { rules: { 'missing-post': 'off' } };\n");
    const warningsOnly = await inkwell(['check', shown, '--config', config]);
    expect(warningsOnly).toEqual({
      code: 0,
      stdout: `warning  ${shown}/b.md:2:8  duplicate-title  "Same" is also the title of a.md; give each post its own title\n2 posts, 0 problems, 1 warning\n`,
      stderr: '',
    });
  });

  test('a config naming an unknown rule or severity is a usage error', async () => {
    const dir = await postsFolder({
      'typo.config.mjs': "export const check = { rules: { 'missing-posts': 'off' } };\n",
      'severity.config.mjs': "export const check = { rules: { 'missing-post': 'fatal' } };\n",
    });
    const typo = await inkwell([
      'check',
      'test/fixtures/blog',
      '--config',
      path.join(dir, 'typo.config.mjs'),
    ]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('check.rules names no rule "missing-posts"');
    const severity = await inkwell([
      'check',
      'test/fixtures/blog',
      '--config',
      path.join(dir, 'severity.config.mjs'),
    ]);
    expect(severity.code).toBe(2);
    expect(severity.stderr).toContain('must be "error", "warning" or "off"');
  });

  test('a postUrl in the config that throws is named with the post, exit 2, no stack trace', async () => {
    const dir = await postsFolder({
      'throws.config.mjs': "export const check = { postUrl: () => { throw new Error('no URL here'); } };\n",
    });
    const run = await inkwell([
      'check',
      'test/fixtures/blog',
      '--config',
      path.join(dir, 'throws.config.mjs'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^inkwell: postUrl threw for \S+\.md: no URL here\n$/);
  });

  test('a missing directory is a problem, exit 1', async () => {
    const run = await inkwell(['check', 'no/such/dir']);
    expect(run).toEqual({
      code: 1,
      stdout:
        'no/such/dir  the posts directory "no/such/dir" does not exist; create it, or pass dir to loadPosts\n0 posts checked\n',
      stderr: '',
    });
  });

  test('dir defaults to content/posts', async () => {
    const dir = await postsFolder({ 'content/posts/a.md': post('title: A\ndate: 2025-01-01') });
    expect(await inkwell(['check'], { cwd: dir })).toMatchObject({ code: 0, stdout: '1 post, 0 problems\n' });
  });

  test('--config supplies a schema and a filter for a blog with its own frontmatter', async () => {
    const args = ['check', 'test/fixtures/custom-blog'];
    const withConfig = await inkwell([...args, '--config', 'test/fixtures/custom-blog.config.mjs']);
    expect(withConfig.stdout.split('\n')).toEqual([
      'test/fixtures/custom-blog/news/meetup.md:1:1  author  is missing; this field is required',
      '2 posts, 1 problem in 1 file',
      '',
    ]);
    const withoutConfig = await inkwell(args);
    expect(withoutConfig.stdout.split('\n')).toEqual([
      'test/fixtures/custom-blog/index.md:1:1  date  is missing; add a line like date: 2025-11-18',
      'test/fixtures/custom-blog/index.md:4:1  has no text after the frontmatter; write the post below the closing ---',
      '3 posts, 2 problems in 1 file',
      '',
    ]);
  });

  test('a config that cannot be used is a usage error, exit 2, no stack trace', async () => {
    const missing = await inkwell(['check', 'test/fixtures/blog', '--config', 'nope.mjs']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^inkwell: cannot load the config nope\.mjs: /);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const dir = await postsFolder({ 'bad.config.mjs': 'export const schema = { title: "not zod" };\n' });
    const notZod = await inkwell([
      'check',
      'test/fixtures/blog',
      '--config',
      path.join(dir, 'bad.config.mjs'),
    ]);
    expect(notZod).toMatchObject({ code: 2, stdout: '' });
    expect(notZod.stderr).toContain('the schema export must be a zod schema');
  });

  test('colour only when asked for (no TTY here), and never with NO_COLOR', async () => {
    const plain = await inkwell(['check', 'test/fixtures/broken-blog']);
    expect(plain.stdout).not.toContain('\u001b[');
    const forced = await inkwell(['check', 'test/fixtures/broken-blog'], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain(
      '\u001b[36mtest/fixtures/broken-blog/bad-date.md:3:7\u001b[39m  \u001b[33mdate\u001b[39m',
    );
    const noColor = await inkwell(['check', 'test/fixtures/broken-blog'], {
      env: { FORCE_COLOR: '1', NO_COLOR: '1' },
    });
    expect(noColor.stdout).toBe(plain.stdout);
  });

  test('usage errors exit 2 with help on stderr; --help and --version exit 0', async () => {
    const unknown = await inkwell(['build']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('inkwell: unknown command "build"');
    expect(unknown.stderr).toContain('Usage: inkwell check [dir]');
    expect((await inkwell([])).code).toBe(2);
    expect((await inkwell(['check', '--nope'])).code).toBe(2);
    const help = await inkwell(['--help']);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toContain('Usage: inkwell check [dir]');
    expect((await inkwell(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
