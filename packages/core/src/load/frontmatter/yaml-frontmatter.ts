import {
  type Document,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  type YAMLError,
} from 'yaml';
import {
  type FrontmatterParser,
  isFieldObject,
  notFieldsError,
  type SourcePosition,
} from './parsed-frontmatter.js';
import { describeAliasError, MAX_YAML_ALIAS_COUNT } from './yaml-alias-error.js';

/**
 * Parses YAML frontmatter with the `yaml` package, which keeps every node's position so issues can
 * point at the exact line and column. YAML 1.2 core schema: `2025-11-18` stays text (the date field
 * parses it), `yes` is text, not `true`.
 *
 * @example
 * ```ts
 * const parsed = parseYamlFrontmatter('\ntitle: Hello\ndate: 2025-11-18');
 * if ('data' in parsed) parsed.locate(['date']); // { line: 3, column: 7 }
 * ```
 */
export const parseYamlFrontmatter: FrontmatterParser = (text) => {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const [error] = doc.errors;
  if (error) {
    // yaml reports an unclosed quote where the document ends; the writer needs the line it opened on.
    const position =
      (error.code === 'MISSING_CHAR' && findUnclosedQuote(text)) || toPosition(lineCounter, error.pos[0]);
    return { syntaxError: { message: describeYamlError(error, text), position } };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT }) ?? {};
  } catch (error) {
    // yaml resolves aliases only here, and throws a bare ReferenceError for a missing anchor or an
    // alias bomb: turn it into an issue at the alias, so the build names the file and 'skip' works.
    const problem = describeAliasError(doc, lineCounter);
    if (!problem) throw error;
    return problem;
  }
  if (!isFieldObject(data)) return notFieldsError(data);
  return { data, locate: (path) => locateInDocument(doc, lineCounter, path) };
};

/**
 * Finds the position of a field path in a parsed YAML (or JSON) document.
 *
 * @example
 * ```ts
 * locateInDocument(doc, lineCounter, ['tags', 1]); // position of the second tag
 * ```
 */
export function locateInDocument(
  doc: Document,
  lineCounter: LineCounter,
  path: readonly PropertyKey[],
): SourcePosition | undefined {
  let node: unknown = doc.contents;
  let found: SourcePosition | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) return found;
      const key = pair.key as Node;
      if (key.range) found = toPosition(lineCounter, key.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      if (node === undefined) return found;
    } else {
      return found;
    }
  }
  // Point at the value when there is one: that is what is wrong. An empty value keeps the key.
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as Node).range;
    const isEmpty = isScalar(node) && node.value === null;
    if (range && !isEmpty) return toPosition(lineCounter, range[0]);
  }
  return found;
}

/** The first `key: "value` line whose quote is not closed on the same line. */
function findUnclosedQuote(text: string): SourcePosition | undefined {
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    const match = /^(\s*(?:-\s+)?[^\s#:"'][^:#]*:\s+)(["'])(.*)$/.exec(line);
    if (!match) continue;
    const [, before = '', quote = '', rest = ''] = match;
    const closed = quote === '"' ? /(?:^|[^\\])"/.test(rest) : rest.includes("'");
    if (!closed) return { line: index + 1, column: before.length + 1 };
  }
  return undefined;
}

function toPosition(lineCounter: LineCounter, offset: number): SourcePosition {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function describeYamlError(error: YAMLError, text: string): string {
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = /^[^:\n]+/.exec(text.slice(error.pos[0]))?.[0]?.trim() ?? 'a field';
      return `${key} is written twice; keep one`;
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'a value contains ": "; put the whole value in quotes, like title: "Node.js: the basics"';
    case 'MISSING_CHAR':
      return `invalid YAML: ${error.message.replace(/"quote$/, 'quote')}; close the quote on the same line`;
    case 'BAD_INDENT':
    case 'UNEXPECTED_TOKEN':
      return `invalid YAML: ${error.message}; check the indentation, and quote values that start with a special character`;
    default:
      return `invalid YAML: ${error.message}`;
  }
}
