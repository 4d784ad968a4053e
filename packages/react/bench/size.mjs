// Size budget of each public component, measured the way an app ships it: bundled ALONE from the
// built `dist/` (run `pnpm --filter @inkwell/react build` first), minified, gzipped, with React
// external. `gzip` (what the budget checks) is the first load: code behind a dynamic `import()` (a
// panel that loads when first opened, the search engine) is left out, and the package's own lazy
// chunks are reported apart as `lazy gzip`, each bundled alone. `forbid` lists source folders that
// must not end up in the first load (proof that, say, ProgressBar does not pull in the audio code).
// Exits 1 when a budget is exceeded.
//
// Add a component: append a row. `budget` is gzip bytes (omit for "measured, no budget").
export const components = [
  { name: 'ProgressBar', exports: ['ProgressBar'], budget: 1024, forbid: ['/audio/'] },
  {
    name: 'TopLoader',
    exports: ['TopLoader', 'startTopLoader'],
    budget: 1024,
    forbid: ['/audio/', '/progress/'],
  },
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

import { existsSync } from 'node:fs';
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

/**
 * Keeps every dynamic `import()` out of the bundle (what the app fetches only when that code is
 * first used) and records the package's own lazy modules in `lazy`.
 */
const lazyImports = {
  name: 'lazy-imports',
  setup(bundler) {
    bundler.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};

/** Bundles `contents` (minified, React external, dynamic imports left out); returns code, inputs and lazy modules. */
async function bundle(contents, external) {
  const result = await build({
    stdin: { contents, resolveDir: root },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [lazyImports],
    external: ['react', 'react-dom', 'react/*', 'react-dom/*', ...external],
  });
  const code = result.outputFiles[0].contents;
  // Modules that contribute code to the output (tree-shaken modules are resolved but contribute 0 bytes).
  const [output] = Object.values(result.metafile.outputs);
  const inputs = Object.entries(output.inputs)
    .filter(([path, { bytesInOutput }]) => path !== '<stdin>' && bytesInOutput > 0)
    .map(([path]) => path);
  // The package's own lazy modules, imported dynamically by code that made it into the bundle.
  const lazy = new Set(
    inputs.flatMap((path) =>
      result.metafile.inputs[path].imports
        .filter((entry) => entry.kind === 'dynamic-import' && entry.path.startsWith('.'))
        .map((entry) => join(root, dirname(path), entry.path)),
    ),
  );
  return { code, inputs, lazy };
}

/**
 * Bundles `exports` of the built package alone: the first load (what the budget checks), and the
 * package's lazy chunks it can fetch later, each bundled alone (so shared helpers count in both).
 */
async function measure(exports, external = []) {
  const first = await bundle(`export { ${exports.join(', ')} } from ${JSON.stringify(entry)};`, external);
  let lazy = 0;
  for (const path of first.lazy) {
    const chunk = await bundle(`export * from ${JSON.stringify(path)};`, external);
    lazy += gzipSync(chunk.code, { level: 9 }).length;
  }
  const { code, inputs } = first;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length, lazy, inputs };
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
  `@inkwell/react size (esbuild minify + gzip -9, react external; gzip = first load, lazy = own dynamic imports, each alone) — node ${process.version}, ${os.cpus().length} cpus`,
);
console.table(rows);
if (failed) {
  console.error('bench/size: a budget is exceeded or a component pulls in code it must not.');
  process.exit(1);
}
