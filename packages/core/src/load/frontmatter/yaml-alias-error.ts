import { type Alias, type Document, isCollection, type LineCounter, visit } from 'yaml';
import type { FrontmatterSyntaxError } from './parsed-frontmatter.js';

/**
 * How many alias expansions the `yaml` package may perform while building one frontmatter block. Real
 * frontmatter uses a handful; a "billion laughs" block (aliases of lists of aliases) needs millions.
 */
export const MAX_YAML_ALIAS_COUNT = 100;

/**
 * Turns the error `yaml` throws while resolving aliases (`doc.toJS()`) into a frontmatter syntax error
 * that points at the alias to fix: the first alias whose anchor is missing, or, when there are too many
 * expansions, the first alias that repeats a value which itself holds aliases (where the growth starts).
 * Returns `undefined` when the document has no alias to blame, so the caller can rethrow.
 *
 * @example
 * ```ts
 * try {
 *   doc.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT });
 * } catch (error) {
 *   const problem = describeAliasError(doc, lineCounter);
 *   if (!problem) throw error;
 *   return problem; // { syntaxError: { message: 'the alias *missing has no anchor …', position } }
 * }
 * ```
 */
export function describeAliasError(
  doc: Document,
  lineCounter: LineCounter,
): FrontmatterSyntaxError | undefined {
  const aliases = collectAliases(doc);
  const at = (alias: Alias) => {
    if (!alias.range) return undefined;
    const { line, col } = lineCounter.linePos(alias.range[0]);
    return { line, column: col };
  };
  const unresolved = aliases.find((alias) => alias.resolve(doc) === undefined);
  if (unresolved) {
    return {
      syntaxError: {
        message: `the alias *${unresolved.source} has no anchor: write &${unresolved.source} on the value it repeats, before this line, or write the value out`,
        ...withPosition(at(unresolved)),
      },
    };
  }
  const growth = aliases.find((alias) => containsAlias(alias.resolve(doc))) ?? aliases[MAX_YAML_ALIAS_COUNT];
  if (!growth) return undefined;
  return {
    syntaxError: {
      message: `too many YAML aliases: expanding *${growth.source} and the aliases it repeats would exceed ${MAX_YAML_ALIAS_COUNT} copies (a "billion laughs" block); write the values out instead`,
      ...withPosition(at(growth)),
    },
  };
}

function collectAliases(doc: Document): Alias[] {
  const aliases: Alias[] = [];
  visit(doc, {
    Alias: (_key, alias) => {
      aliases.push(alias);
    },
  });
  return aliases;
}

function containsAlias(node: unknown): boolean {
  if (!isCollection(node)) return false;
  let found = false;
  visit(node, {
    Alias: () => {
      found = true;
      return visit.BREAK;
    },
  });
  return found;
}

function withPosition(position: { line: number; column: number } | undefined) {
  return position ? { position } : {};
}
