import { parse, TomlError } from 'smol-toml';
import {
  type FrontmatterParser,
  isFieldObject,
  notFieldsError,
  type SourcePosition,
} from './parsed-frontmatter.js';

/**
 * Parses TOML frontmatter (`+++` fences) with smol-toml. smol-toml keeps no positions, so fields are
 * found by reading the `key = value` lines and `[table]` headers.
 *
 * @example
 * ```ts
 * const parsed = parseTomlFrontmatter('\ntitle = "Hello"\ndate = 2025-11-18');
 * if ('data' in parsed) parsed.locate(['date']); // { line: 3, column: 8 }
 * ```
 */
export const parseTomlFrontmatter: FrontmatterParser = (text) => {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const reason = error.message.split('\n')[0]?.replace(/^Invalid TOML document: /, '') ?? 'syntax error';
    return {
      syntaxError: {
        message: `invalid TOML: ${reason}`,
        position: { line: error.line, column: error.column },
      },
    };
  }
  if (!isFieldObject(data)) return notFieldsError(data);
  const lines = text.split('\n');
  return { data, locate: (path) => locateInToml(lines, path) };
};

const TABLE_HEADER = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$/;
const KEY_VALUE = /^(\s*)([^=#[\s][^=]*?)\s*=\s*/;

function splitKey(key: string): string[] {
  return key.split('.').map((part) => part.trim().replace(/^["']|["']$/g, ''));
}

/** Finds the line of the longest prefix of `path` that is written in the file. */
function locateInToml(lines: readonly string[], path: readonly PropertyKey[]): SourcePosition | undefined {
  const wanted = path.map(String);
  let table: string[] = [];
  let best: { matched: number; position: SourcePosition } | undefined;
  lines.forEach((line, index) => {
    const header = TABLE_HEADER.exec(line);
    if (header?.[1]) {
      table = splitKey(header[1]);
      const position = { line: index + 1, column: line.indexOf('[') + 1 };
      consider(table, position, position);
      return;
    }
    const keyValue = KEY_VALUE.exec(line);
    if (!keyValue?.[2]) return;
    const fullKey = [...table, ...splitKey(keyValue[2])];
    const keyPosition = { line: index + 1, column: (keyValue[1]?.length ?? 0) + 1 };
    consider(fullKey, keyPosition, { line: index + 1, column: keyValue[0].length + 1 });
  });
  return best?.position;

  /** Keeps the line whose key covers the most of the path; the value's column when it is the field itself. */
  function consider(
    key: readonly string[],
    keyPosition: SourcePosition,
    valuePosition: SourcePosition,
  ): void {
    let matched = 0;
    while (matched < key.length && matched < wanted.length && key[matched] === wanted[matched]) matched++;
    if (matched < key.length || matched === 0) return;
    const position = matched === wanted.length ? valuePosition : keyPosition;
    if (!best || matched > best.matched) best = { matched, position };
  }
}
