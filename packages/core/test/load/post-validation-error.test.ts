import { describe, expect, test } from 'vitest';
import { formatIssue, PostValidationError } from '../../src/index.js';

describe('PostValidationError', () => {
  test('sorts issues by file, line and column, and prints one line per issue', () => {
    const error = new PostValidationError([
      { file: 'b.md', line: 2, column: 1, path: 'title', message: 'is empty' },
      { file: 'a.md', line: 9, column: 3, path: 'tags[1]', message: 'must be text, got the number 2' },
      {
        file: 'a.md',
        line: 3,
        column: 7,
        path: 'date',
        message: '"2025-13-45" is not a valid date; use YYYY-MM-DD',
      },
      { file: 'a.md', path: '', message: 'is empty' },
    ]);
    expect(error.message).toBe(
      [
        'a.md  is empty',
        'a.md:3:7  date  "2025-13-45" is not a valid date; use YYYY-MM-DD',
        'a.md:9:3  tags[1]  must be text, got the number 2',
        'b.md:2:1  title  is empty',
      ].join('\n'),
    );
    expect(error.issues.map((issue) => issue.file)).toEqual(['a.md', 'a.md', 'a.md', 'b.md']);
    expect(error.name).toBe('PostValidationError');
    expect(error).toBeInstanceOf(Error);
  });

  test('formatIssue leaves out what is unknown', () => {
    expect(formatIssue({ file: 'a.md', line: 4, path: 'x', message: 'm' })).toBe('a.md:4  x  m');
    expect(formatIssue({ file: 'a.md', path: '', message: 'm' })).toBe('a.md  m');
  });
});
