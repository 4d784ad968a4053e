/** One post body to render. */
export interface RenderJob {
  /** Path of the source, relative to the posts directory: used in warnings and cache entry names. */
  file: string;
  /** The markdown body, without front matter. */
  markdown: string;
  /**
   * The line of the file `markdown` starts on (after the front matter), so warnings and failures name
   * lines of the file. Rendered as if preceded by that many blank lines, which markdown ignores.
   * Default 1.
   */
  bodyLine?: number;
}

/**
 * The text a job renders: its markdown preceded by one blank line per line before the body. Built
 * only where it is parsed (a worker, or the calling thread just before rendering): a copy made
 * earlier would stay alive, as a second copy of every post, while all the posts render.
 *
 * @example
 * ```ts
 * jobMarkdown({ file: 'a.md', markdown: '# Hi', bodyLine: 4 }); // '\n\n\n# Hi'
 * ```
 */
export function jobMarkdown(job: RenderJob): string {
  const pieces = jobMarkdownPieces(job);
  return pieces.length === 1 ? job.markdown : pieces.join('');
}

/**
 * `jobMarkdown` in pieces (the blank lines, then the markdown), for hashing without joining them.
 *
 * @example
 * ```ts
 * jobMarkdownPieces({ file: 'a.md', markdown: '# Hi', bodyLine: 3 }); // ['\n\n', '# Hi']
 * ```
 */
export function jobMarkdownPieces(job: RenderJob): string[] {
  const blank = (job.bodyLine ?? 1) - 1;
  return blank > 0 ? ['\n'.repeat(blank), job.markdown] : [job.markdown];
}
