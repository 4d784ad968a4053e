// Inlines the stylesheet's local `@import './x.css';` lines so the package ships one plain CSS file
// that works in any bundler, or with a plain <link>.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const importLine = /^@import\s+['"](\.[^'"]+)['"];\s*$/gm;

/** Reads `entry`, replaces each relative `@import` by the imported file, writes `output`. */
export function bundleStylesheet(entry: string, output: string): void {
  const source = readFileSync(entry, 'utf8');
  const bundled = source.replace(importLine, (_, path: string) =>
    readFileSync(resolve(dirname(entry), path), 'utf8').trim(),
  );
  writeFileSync(output, bundled);
}
