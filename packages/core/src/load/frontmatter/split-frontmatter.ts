import matter from 'gray-matter';
import { parseJsonFrontmatter } from './json-frontmatter.js';
import type { FrontmatterParser, ParsedFrontmatter, SourcePosition } from './parsed-frontmatter.js';
import { parseTomlFrontmatter } from './toml-frontmatter.js';
import { parseYamlFrontmatter } from './yaml-frontmatter.js';

/** Which frontmatter a file uses: `---` YAML, `---json`, `+++` TOML (or `---toml`), or none at all. */
export type FrontmatterFormat = 'yaml' | 'json' | 'toml' | 'none';

/** A post file split into its frontmatter fields and its markdown body. */
export interface SplitPost extends ParsedFrontmatter {
  format: FrontmatterFormat;
  /** The markdown after the closing fence. */
  body: string;
  /** Line of the closing fence (0 when there is no frontmatter). */
  closingLine: number;
}

/** Why a file's frontmatter could not be read. */
export interface FrontmatterProblem {
  message: string;
  position?: SourcePosition;
}

const PARSERS: Record<Exclude<FrontmatterFormat, 'none'>, FrontmatterParser> = {
  yaml: parseYamlFrontmatter,
  json: parseJsonFrontmatter,
  toml: parseTomlFrontmatter,
};

/** Carries a parser's syntax error out through gray-matter, which only knows about thrown errors. */
class SyntaxProblem extends Error {
  constructor(readonly problem: FrontmatterProblem) {
    super(problem.message);
  }
}

/**
 * Splits a post's text (BOM removed, LF line endings) into frontmatter and body with gray-matter, parsing
 * the frontmatter with a parser that keeps positions so issues can point at the offending line.
 *
 * @example
 * ```ts
 * const split = splitFrontmatter('---\ntitle: Hello\n---\nBody');
 * if ('body' in split) split.data.title; // 'Hello'
 * ```
 */
export function splitFrontmatter(text: string): SplitPost | FrontmatterProblem {
  const delimiter = text.startsWith('+++') ? '+++' : '---';
  if (!isFence(text, delimiter)) {
    const late = /^\s*\n(---|\+\+\+)[a-z]*[ \t]*$/m.exec(text);
    if (late?.index === 0 && late[1]) {
      // gray-matter only sees a fence on the very first line; blank lines before it hide the frontmatter.
      const line = lineCount(text.slice(0, late[0].length - late[0].trimStart().length));
      return {
        message: `the frontmatter must start on line 1; remove the blank lines before the ${late[1]} on line ${line}`,
        position: { line, column: 1 },
      };
    }
    return { format: 'none', data: {}, body: text, closingLine: 0, locate: () => undefined };
  }
  const closingIndex = text.indexOf(`\n${delimiter}`, delimiter.length);
  if (closingIndex === -1) {
    return {
      message: `the frontmatter opened with ${delimiter} on line 1 is never closed; add a line with ${delimiter} after the last field`,
      position: { line: 1, column: 1 },
    };
  }
  const language = firstLine(text).slice(delimiter.length).trim().toLowerCase();
  const format = language || (delimiter === '+++' ? 'toml' : 'yaml');
  if (!(format in PARSERS)) {
    return {
      message: `unknown frontmatter language "${language}"; use --- for YAML, +++ for TOML or ---json for JSON`,
      position: { line: 1, column: delimiter.length + 1 },
    };
  }
  let parsed: ParsedFrontmatter | undefined;
  const engine = (source: string): Record<string, unknown> => {
    const result = PARSERS[format as keyof typeof PARSERS](source);
    if ('syntaxError' in result) throw new SyntaxProblem(result.syntaxError);
    parsed = result;
    return result.data;
  };
  let file: matter.GrayMatterFile<string>;
  try {
    // Passing options also turns off gray-matter's cache, which would keep every file's text alive.
    file = matter(text, {
      delimiters: delimiter,
      language: format,
      engines: { yaml: engine, json: engine, toml: engine },
    });
  } catch (error) {
    if (error instanceof SyntaxProblem) return error.problem;
    throw error;
  }
  return {
    format: format as FrontmatterFormat,
    // gray-matter skips the parser for a block holding only comments or blank lines.
    data: parsed?.data ?? {},
    locate: parsed?.locate ?? (() => undefined),
    body: file.content,
    closingLine: lineCount(text.slice(0, closingIndex + 1)),
  };
}

/** gray-matter's rule: the delimiter, not followed by one more delimiter character. */
function isFence(text: string, delimiter: string): boolean {
  return text.startsWith(delimiter) && text.charAt(delimiter.length) !== delimiter.charAt(0);
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end === -1 ? text : text.slice(0, end);
}

function lineCount(text: string): number {
  let count = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++;
  return count;
}
