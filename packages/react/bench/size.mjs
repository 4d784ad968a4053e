// Size budget of each public component, measured the way an app ships it: bundled ALONE from the
// built `dist/` (run `pnpm --filter @inkwell/react build` first), minified, gzipped, with React
// external and code splitting on. `gzip` (what the budget checks) is the first load: the entry
// chunk and the chunks it imports statically. Code behind a dynamic `import()` (a panel that loads
// when first opened) is reported apart, as `lazy`. `forbid` lists source folders that must not end
// up in the first load (proof that, say, ProgressBar does not pull in the audio code). Exits 1 when
// a budget is exceeded.
//
// Add a component: append a row. `budget` is gzip bytes (omit for "measured, no budget").
export const components = [
  { name: 'ProgressBar', exports: ['ProgressBar'], budget: 1024, forbid: ['/audio/'] },
  { name: 'AudioProvider', exports: ['AudioProvider'], forbid: ['/progress/'] },
  { name: 'AudioPlayer', exports: ['AudioPlayer'], forbid: ['/progress/'] },
  { name: 'FloatingAudioPlayer', exports: ['FloatingAudioPlayer'], forbid: ['/progress/'] },
  { name: 'useAudio', exports: ['useAudio'], forbid: ['/progress/', 'audio-player'] },
  {
    name: 'Audio: Provider + Player + Floating',
    exports: ['AudioProvider', 'AudioPlayer', 'FloatingAudioPlayer'],
    budget: 6 * 1024,
    forbid: ['/progress/'],
  },
  // The search engine is a dynamic import('@inkwell/search/query') that loads on first use: kept out here.
  {
    name: 'FloatingNav',
    exports: ['FloatingNav'],
    external: ['@inkwell/search/query'],
    forbid: ['/audio/', '/search/'],
  },
  {
    name: 'SearchSheet',
    exports: ['SearchSheet'],
    external: ['@inkwell/search/query'],
    forbid: ['/audio/', '/search/'],
  },
  { name: 'ShareButton', exports: ['ShareButton'], forbid: ['/audio/', '/search-sheet/'] },
  { name: 'ThemeToggle', exports: ['ThemeToggle'], forbid: ['/audio/', '/search-sheet/', '/share/'] },
  { name: 'themeScript', exports: ['themeScript'], budget: 512, forbid: ['theme-provider', 'theme-toggle'] },
  {
    name: 'Hub: FloatingNav + SearchSheet + ShareButton + ThemeToggle',
    exports: ['FloatingNav', 'SearchSheet', 'ShareButton', 'ThemeToggle'],
    external: ['@inkwell/search/query'],
    budget: 10 * 1024,
    forbid: ['/audio/', '/search/', 'minisearch'],
  },
];

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const entry = join(root, 'dist/index.js');
if (!existsSync(entry)) {
  console.error(
    `bench/size: ${relative(process.cwd(), entry)} is missing: run \`pnpm --filter @inkwell/react build\` first.`,
  );
  process.exit(1);
}

const outdir = mkdtempSync(join(os.tmpdir(), 'inkwell-size-'));

/** Bundles `exports` of the built package alone; returns the first load, the lazy chunks and the modules loaded first. */
async function measure(exports, external = []) {
  const result = await build({
    stdin: { contents: `export { ${exports.join(', ')} } from ${JSON.stringify(entry)};`, resolveDir: root },
    bundle: true,
    splitting: true,
    outdir,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: ['react', 'react-dom', 'react/*', 'react-dom/*', ...external],
  });
  const outputs = result.metafile.outputs;
  const files = new Map(
    result.outputFiles.map((file) => [relative(process.cwd(), file.path), file.contents]),
  );
  const entryName = Object.keys(outputs).find((name) => outputs[name].entryPoint === '<stdin>');
  // The first load: the entry and everything it imports statically, transitively.
  const first = new Set();
  const visit = (name) => {
    if (first.has(name)) return;
    first.add(name);
    for (const { path, kind } of outputs[name].imports)
      if (kind === 'import-statement' && outputs[path]) visit(path);
  };
  visit(entryName);
  const gzipOf = (names) =>
    names.reduce((sum, name) => sum + gzipSync(files.get(name), { level: 9 }).length, 0);
  // Lazy: chunks reached through a dynamic import() from the first load (and what those import).
  const lazy = new Set();
  const reach = (name) => {
    for (const { path } of outputs[name].imports) {
      if (!outputs[path] || first.has(path) || lazy.has(path)) continue;
      lazy.add(path);
      reach(path);
    }
  };
  for (const name of first) reach(name);
  // Modules that contribute code to the first load (tree-shaken modules contribute 0 bytes).
  const inputs = [...first].flatMap((name) =>
    Object.entries(outputs[name].inputs)
      .filter(([path, { bytesInOutput }]) => path !== '<stdin>' && bytesInOutput > 0)
      .map(([path]) => path),
  );
  const min = [...first].reduce((sum, name) => sum + files.get(name).length, 0);
  return { min, gzip: gzipOf([...first]), lazy: lazy.size ? gzipOf([...lazy]) : 0, inputs };
}

const kb = (bytes) => `${bytes} B`;
const rows = [];
let failed = false;
for (const component of components) {
  const { min, gzip, lazy, inputs } = await measure(component.exports, component.external);
  const leaked = inputs.filter((path) => component.forbid?.some((part) => path.includes(part)));
  const over = component.budget !== undefined && gzip > component.budget;
  failed ||= over || leaked.length > 0;
  rows.push({
    component: component.name,
    minified: kb(min),
    gzip: kb(gzip),
    'lazy gzip': lazy ? kb(lazy) : '-',
    budget: component.budget === undefined ? '-' : kb(component.budget),
    'of budget': component.budget === undefined ? '-' : `${((gzip / component.budget) * 100).toFixed(0)}%`,
    modules: inputs.length,
    status: leaked.length
      ? `pulls in ${leaked.map((path) => relative(join(root, 'dist'), path)).join(' ')}`
      : over
        ? 'OVER'
        : 'ok',
  });
}

console.log(
  `@inkwell/react size (esbuild minify + gzip -9, react external; gzip = first load, lazy = dynamic imports) — node ${process.version}, ${os.cpus().length} cpus`,
);
console.table(rows);
rmSync(outdir, { recursive: true, force: true });
if (failed) {
  console.error('bench/size: a budget is exceeded or a component pulls in code it must not.');
  process.exit(1);
}
