/** A 1-based line and column in a post file. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** Frontmatter fields parsed from one file, with a way to find where each field was written. */
export interface ParsedFrontmatter {
  data: Record<string, unknown>;
  /**
   * Where the field at `path` was written: its value, or its key when the value is empty, or the nearest
   * enclosing key when the field is missing. `undefined` when no part of the path is in the file.
   */
  locate(path: readonly PropertyKey[]): SourcePosition | undefined;
}

/** A frontmatter block that could not be parsed, with the position of the first syntax error. */
export interface FrontmatterSyntaxError {
  syntaxError: { message: string; position?: SourcePosition };
}

/** Parses the text between the fences. Line 1 of `text` is the rest of the opening fence line. */
export type FrontmatterParser = (text: string) => ParsedFrontmatter | FrontmatterSyntaxError;

/** Whether a parsed value is a plain key/value object, as frontmatter must be. */
export function isFieldObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Describes what the top level of a frontmatter block was, when it is not key/value fields. */
export function notFieldsError(value: unknown): FrontmatterSyntaxError {
  const what = Array.isArray(value) ? 'a list' : `${JSON.stringify(value)}`;
  return {
    syntaxError: {
      message: `frontmatter must be fields like title: …, but it is ${what}`,
      position: { line: 1, column: 1 },
    },
  };
}
