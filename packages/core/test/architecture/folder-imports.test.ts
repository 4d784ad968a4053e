import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderCycles, folderImports } from './folder-graph.js';

const packagesDir = join(import.meta.dirname, '../../..');
const packages = ['core', 'search', 'react'];

describe('no two folders of a package import each other', () => {
  it.each(packages)('packages/%s/src has no import cycle between its folders', (name) => {
    const src = join(packagesDir, name, 'src');
    expect(existsSync(src), `${src} is missing`).toBe(true);
    const imports = folderImports(src);
    const cycles = folderCycles(imports).map((cycle) => ({
      folders: cycle,
      imports: imports
        .filter((edge) => cycle.includes(edge.from) && cycle.includes(edge.to))
        .map((edge) => edge.via),
    }));
    // A failure lists the folders of each cycle and the imports that close it: move the shared
    // helper into a folder both can import (core: src/shared/), or turn one import around.
    expect(cycles).toEqual([]);
  });

  it('sees a cycle when there is one', () => {
    const cycles = folderCycles([
      { from: 'feed', to: 'metadata', via: 'feed/a.ts → ../metadata/b.js' },
      { from: 'metadata', to: 'shared', via: 'metadata/b.ts → ../shared/c.js' },
      { from: 'shared', to: 'feed', via: 'shared/c.ts → ../feed/a.js' },
      { from: 'sitemap', to: 'shared', via: 'sitemap/d.ts → ../shared/c.js' },
    ]);
    expect(cycles).toEqual([['feed', 'metadata', 'shared']]);
  });

  it('reads every kind of import, type-only and dynamic ones included', () => {
    const core = folderImports(join(packagesDir, 'core', 'src'));
    expect(core).toContainEqual(expect.objectContaining({ from: 'feed', to: 'shared' }));
    expect(core).toContainEqual(expect.objectContaining({ from: 'index.ts', to: 'taxonomy' }));
    expect(core).toContainEqual(expect.objectContaining({ from: 'metadata', to: 'post.ts' }));
  });
});
