import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** One import between two units of a package's `src`. */
export interface FolderImport {
  from: string;
  to: string;
  /** The importing file and specifier, for the failure message. */
  via: string;
}

const SOURCE = /\.(?:ts|tsx|mts|cts)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE.test(entry.name) && !/\.d\.ts$/.test(entry.name) ? [path] : [];
  });
}

/**
 * The unit a file belongs to: its folder, relative to `src` (`feed`, `load/frontmatter`); a file
 * directly in `src` (`index.ts`, `post-order.ts`) is a unit of its own, as a folder would be.
 */
function unitOf(srcDir: string, file: string): string {
  const folder = relative(srcDir, dirname(file)).split('\\').join('/');
  return folder === '' ? relative(srcDir, file) : folder;
}

/**
 * Every import (static, dynamic, `export … from`, `import type`) from one unit of `srcDir` to
 * another. Specifiers are resolved as written (`./x.js` is `./x.ts`); packages are left out.
 */
export function folderImports(srcDir: string): FolderImport[] {
  const imports: FolderImport[] = [];
  for (const file of sourceFiles(srcDir)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName: specifier } of importedFiles) {
      if (!specifier.startsWith('.')) continue;
      const target = resolve(dirname(file), specifier);
      const from = unitOf(srcDir, file);
      const to = unitOf(srcDir, target.replace(/\.(?:m?js|jsx)$/, '.ts'));
      if (from !== to) imports.push({ from, to, via: `${relative(srcDir, file)} → ${specifier}` });
    }
  }
  return imports;
}

/**
 * The cycles of the unit graph: each strongly connected component with more than one unit
 * (Tarjan), with one import path around it so a failure says what to move.
 */
export function folderCycles(imports: readonly FolderImport[]): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const { from, to } of imports) {
    if (!edges.has(from)) edges.set(from, new Set());
    if (!edges.has(to)) edges.set(to, new Set());
    edges.get(from)?.add(to);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (unit: string): void => {
    index.set(unit, index.size);
    low.set(unit, index.get(unit) ?? 0);
    stack.push(unit);
    onStack.add(unit);
    for (const next of edges.get(unit) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(unit, Math.min(low.get(unit) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(unit, Math.min(low.get(unit) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(unit) !== index.get(unit)) return;
    const component: string[] = [];
    for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
      onStack.delete(member);
      component.push(member);
      if (member === unit) break;
    }
    if (component.length > 1) components.push(component.sort());
  };
  for (const unit of [...edges.keys()].sort()) if (!index.has(unit)) visit(unit);
  return components;
}
