/**
 * A post whose body could not be rendered: a markdown or rehype plugin threw, or the worker rendering
 * it died. It names the file and a line (the plugin's own position when it gave one, else the line the
 * body starts on), so `loadPosts` reports it like any other invalid post.
 */
export interface RenderFailure {
  file: string;
  line: number;
  column?: number;
  /** What went wrong and what to do, in a sentence. */
  message: string;
}

/**
 * The failure of rendering `markdown` (as given to the renderer, with one blank line per frontmatter
 * line) for `file`, from whatever was thrown.
 *
 * @example
 * ```ts
 * renderFailure('hello.md', '\n\n\n# Hi', new Error('boom'));
 * // { file: 'hello.md', line: 4, message: 'cannot be rendered: boom (thrown by a markdown plugin); …' }
 * ```
 */
export function renderFailure(file: string, markdown: string, error: unknown): RenderFailure {
  const place = positionOf(error);
  const reason = error instanceof Error ? error.message : String(error);
  return {
    file,
    line: place?.line ?? bodyStartLine(markdown),
    ...(place?.column !== undefined && { column: place.column }),
    message: `cannot be rendered: ${reason}. A markdown or rehype plugin failed on this post; fix the post or the plugin.`,
  };
}

/**
 * A post whose worker thread died while rendering it (out of memory, `process.exit` in a plugin).
 *
 * @example
 * ```ts
 * workerFailure('big.md', markdown, 'the worker ran out of memory');
 * ```
 */
export function workerFailure(file: string, markdown: string, reason: string): RenderFailure {
  return {
    file,
    line: bodyStartLine(markdown),
    message: `cannot be rendered: ${reason} while rendering it. Other posts were not affected; simplify this post or raise the memory limit.`,
  };
}

/** The line and column a unified `VFileMessage` (or any error with `line`) points at. */
function positionOf(error: unknown): { line: number; column?: number } | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { line, column } = error as { line?: unknown; column?: unknown };
  if (typeof line !== 'number' || line < 1) return undefined;
  return typeof column === 'number' && column >= 1 ? { line, column } : { line };
}

/** The first line with text: the body's first line, since frontmatter lines are blanked. */
function bodyStartLine(markdown: string): number {
  let line = 1;
  for (let index = 0; index < markdown.length && markdown[index] === '\n'; index++) line++;
  return line;
}
