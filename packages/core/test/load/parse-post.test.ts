import { describe, expect, test } from 'vitest';
import { PostValidationError, parsePost } from '../../src/index.js';
import { thrown } from './helpers.js';

describe('parsePost', () => {
  test('parses, validates and renders one post from its text', async () => {
    const post = await parsePost(
      '---\ntitle: Hello\ndate: 2025-11-18\ntags: [a]\n---\n\n## Part one\n\nFirst post.\n',
      {
        file: 'posts/2025-11-18-hello.md',
      },
    );
    expect(post).toMatchObject({
      slug: 'hello',
      title: 'Hello',
      date: '2025-11-18T00:00:00.000Z',
      tags: ['a'],
      draft: false,
      description: 'First post.',
      excerpt: 'First post.',
      headings: [{ depth: 2, id: 'part-one', text: 'Part one' }],
      file: 'posts/2025-11-18-hello.md',
    });
    expect(post.html).toContain('First post.');
    expect(post.readingTime.minutes).toBe(1);
  });

  test('rendering warnings name the line in the file, not in the body', async () => {
    const warnings: string[] = [];
    await parsePost('---\ntitle: A\ndate: 2025-01-01\n---\n\nText.\n\n```nosuchlanguage\nx\n```\n', {
      file: 'a.md',
      onWarning: (warning) => warnings.push(warning),
    });
    expect(warnings).toEqual([expect.stringMatching(/^a\.md:8:1 .*nosuchlanguage/)]);
  });

  test('returns drafts and future posts as they are', async () => {
    const post = await parsePost('---\ntitle: Later\ndate: 2999-01-01\ndraft: true\n---\nSoon.', {
      file: 'later.md',
    });
    expect(post).toMatchObject({ draft: true, date: '2999-01-01T00:00:00.000Z' });
  });

  test('accepts a BOM and CRLF like loadPosts', async () => {
    const post = await parsePost('\uFEFF---\r\ntitle: Hi\r\ndate: 2025-01-01\r\n---\r\n\r\nText.\r\n', {
      file: 'hi.md',
    });
    expect(post.title).toBe('Hi');
  });

  test('throws every issue of the file with positions', async () => {
    const error = await thrown(() =>
      parsePost('---\ntitle:\ndate: 2025-02-30\ndraft: 1\n---\n\nText.\n', { file: 'bad.md' }),
    );
    expect(error).toBeInstanceOf(PostValidationError);
    expect((error as PostValidationError).message.split('\n')).toEqual([
      'bad.md:2:1  title  is empty; give it text',
      'bad.md:3:7  date  "2025-02-30" is not a valid date; use YYYY-MM-DD',
      'bad.md:4:8  draft  must be true or false, got the number 1',
    ]);
  });

  test('an empty text and a frontmatter-only text are issues', async () => {
    const empty = await thrown(() => parsePost('', { file: 'empty.md' }));
    expect((empty as Error).message).toBe(
      'empty.md  is empty; a post needs frontmatter with at least title: and date:, then its text',
    );
    const only = await thrown(() => parsePost('---\ntitle: A\ndate: 2025-01-01\n---\n', { file: 'only.md' }));
    expect((only as Error).message).toBe(
      'only.md:4:1  has no text after the frontmatter; write the post below the closing ---',
    );
  });
});
