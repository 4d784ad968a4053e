import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** A function whose body spans more lines than allowed. */
export interface LongFunction {
  /** `file:line name`, relative to the folder searched. */
  where: string;
  lines: number;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .filter((entry) => !/\.(test|stories|d)\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

function nameOf(node: ts.Node): string {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name)
    return node.name.getText();
  if (ts.isVariableDeclaration(node.parent)) return node.parent.name.getText();
  if (ts.isPropertyAssignment(node.parent)) return node.parent.name.getText();
  return '(anonymous)';
}

/** Every function, method, accessor and arrow function under `dir` whose body spans more than `limit` lines. */
export function longFunctions(dir: string, limit: number, text?: (file: string) => string): LongFunction[] {
  const found: LongFunction[] = [];
  for (const file of sourceFiles(dir)) {
    const source = ts.createSourceFile(
      file,
      text?.(file) ?? readFileSync(file, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body && ts.isBlock(node.body as ts.Node)) {
        const body = node.body as ts.Block;
        const first = source.getLineAndCharacterOfPosition(body.getStart(source)).line;
        const last = source.getLineAndCharacterOfPosition(body.getEnd()).line;
        const lines = last - first - 1;
        if (lines > limit)
          found.push({ where: `${relative(dir, file)}:${first + 1} ${nameOf(node)}`, lines });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
