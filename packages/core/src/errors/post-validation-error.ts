import { compareIssues, formatIssue, type PostIssue } from './post-issue.js';

/**
 * Thrown by `loadPosts` and `parsePost` when posts are invalid. It lists every problem of every file at
 * once, so a writer fixes them all in one go; `message` prints one line per issue, like a compiler.
 *
 * @example
 * ```ts
 * import { loadPosts, PostValidationError } from '@inkwell/core';
 *
 * try {
 *   await loadPosts({ dir: 'content/posts' });
 * } catch (error) {
 *   if (!(error instanceof PostValidationError)) throw error;
 *   console.error(error.message); // hello.md:3:7  date  "2025-13-45" is not a valid date; use YYYY-MM-DD
 *   for (const issue of error.issues) markInEditor(issue.file, issue.line, issue.column);
 *   process.exit(1);
 * }
 * ```
 */
export class PostValidationError extends Error {
  override readonly name = 'PostValidationError';
  /** Every problem found, sorted by file, line and column. */
  readonly issues: readonly PostIssue[];

  constructor(issues: readonly PostIssue[]) {
    const sorted = [...issues].sort(compareIssues);
    super(sorted.map(formatIssue).join('\n'));
    this.issues = sorted;
  }
}
