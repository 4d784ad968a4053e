import { LineCounter, parseDocument } from 'yaml';
import { type FrontmatterParser, isFieldObject, notFieldsError } from './parsed-frontmatter.js';
import { locateInDocument } from './yaml-frontmatter.js';

/**
 * Parses JSON frontmatter (`---json` fences) with `JSON.parse`. JSON is also YAML, so the `yaml`
 * package supplies the positions of fields.
 *
 * @example
 * ```ts
 * const parsed = parseJsonFrontmatter('\n{ "title": "Hello", "date": "2025-11-18" }');
 * ```
 */
export const parseJsonFrontmatter: FrontmatterParser = (text) => {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = /at position (\d+)/.exec(message)?.[1];
    const reason = message.replace(/\s*(?:in JSON )?at position \d+.*$/s, '');
    const position = offset === undefined ? undefined : lineCounter.linePos(Number(offset));
    return {
      syntaxError: {
        message: `invalid JSON: ${reason}`,
        ...(position && { position: { line: position.line, column: position.col } }),
      },
    };
  }
  if (!isFieldObject(data)) return notFieldsError(data);
  return { data, locate: (path) => locateInDocument(doc, lineCounter, path) };
};
