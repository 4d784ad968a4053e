// Reports function bodies longer than a limit in the given folders (TypeScript AST).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const [limit, ...dirs] = process.argv.slice(2);
const files = [];
const walk = (d) => {
  for (const n of readdirSync(d)) {
    const p = join(d, n);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.tsx?$/.test(n) && !/\.(test|stories)\.tsx?$/.test(n)) files.push(p);
  }
};
dirs.forEach(walk);
for (const file of files) {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (
      (ts.isFunctionDeclaration(node) ||
        ts.isArrowFunction(node) ||
        ts.isFunctionExpression(node) ||
        ts.isMethodDeclaration(node)) &&
      node.body
    ) {
      const a = src.getLineAndCharacterOfPosition(node.body.getStart()).line,
        b = src.getLineAndCharacterOfPosition(node.body.getEnd()).line;
      if (b - a - 1 > Number(limit))
        console.log(`${file}:${a + 1} ${b - a - 1} lines ${node.name?.getText?.() ?? ''}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
}
