/**
 * One problem found in one post file: where it is, which field, and what to do about it.
 *
 * @example
 * ```ts
 * const issue: PostIssue = {
 *   file: 'hello.md',
 *   line: 3,
 *   column: 7,
 *   path: 'date',
 *   message: '"2025-13-45" is not a valid date; use YYYY-MM-DD',
 * };
 * formatIssue(issue); // 'hello.md:3:7  date  "2025-13-45" is not a valid date; use YYYY-MM-DD'
 * ```
 */
export interface PostIssue {
  /** Path of the file relative to the posts directory, with forward slashes. */
  file: string;
  /** 1-based line of the offending value (or key, or YAML syntax error), when known. */
  line?: number;
  /** 1-based column on that line, when known. */
  column?: number;
  /** The frontmatter field, like `date`, `audio.src` or `tags[1]`; empty for a problem with the whole file. */
  path: string;
  /** What is wrong and what to do, in words a writer understands. */
  message: string;
}

/**
 * Formats an issue like a compiler does: `file:line:column  field  message`.
 *
 * @example
 * ```ts
 * formatIssue({ file: 'a.md', line: 2, column: 8, path: 'title', message: 'is empty' });
 * // 'a.md:2:8  title  is empty'
 * ```
 */
export function formatIssue(issue: PostIssue): string {
  const location = formatLocation(issue);
  return issue.path ? `${location}  ${issue.path}  ${issue.message}` : `${location}  ${issue.message}`;
}

/**
 * The `file:line:column` part of an issue, as editors and terminals recognize it.
 *
 * @example
 * ```ts
 * formatLocation({ file: 'a.md', line: 2, column: 8 }); // 'a.md:2:8'
 * ```
 */
export function formatLocation(issue: Pick<PostIssue, 'file' | 'line' | 'column'>): string {
  let location = issue.file;
  if (issue.line !== undefined) {
    location += `:${issue.line}`;
    if (issue.column !== undefined) location += `:${issue.column}`;
  }
  return location;
}

/**
 * Orders issues by file, then line, then column, so output is stable whatever order files were read in.
 *
 * @example
 * ```ts
 * const sorted = [...issues].sort(compareIssues);
 * ```
 */
export function compareIssues(
  a: Pick<PostIssue, 'file' | 'line' | 'column'>,
  b: Pick<PostIssue, 'file' | 'line' | 'column'>,
): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
