// How responsive SearchSheet stays while a reader types, on the real Node.js blog index (~1,000 posts),
// in headless Chromium with production React.
//
// For every keystroke of a few queries it measures:
//   engine    — `index.search()` + `index.tags()` alone for that prefix: the baseline, measured in this run;
//   keystroke — the synchronous input event: what blocks the next key (the urgent render, input only);
//   results   — from the key press until the deferred result list has rendered.
// The sheet keeps `keystroke` small by rendering results through useDeferredValue; `results / engine`
// shows what rendering adds on top of the engine. Run after `pnpm --filter @inkwell/react build`.
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../.ci/chromium.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('bench/search-typing: dist/ is missing: run `pnpm --filter @inkwell/react build` first.');
  process.exit(1);
}
const { loadCorpus, corpusDir } = await import('../../search/bench/corpus.mjs');
if (!existsSync(corpusDir)) {
  console.log(`bench/search-typing: skipped, no corpus at ${corpusDir} (set INKWELL_CORPUS).`);
  process.exit(0);
}

const { buildSearchIndex } = await import('@inkwell/search');
const started = performance.now();
const { posts, loader } = await loadCorpus();
const serialized = buildSearchIndex(posts);
console.log(
  `${posts.length} posts loaded (${loader}) and indexed in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
    `index ${(serialized.length / 1024).toFixed(0)} KiB`,
);

const bundle = await build({
  stdin: {
    contents: `
      import { createElement } from 'react';
      import { createRoot } from 'react-dom/client';
      import { SearchSheet } from './dist/index.js';
      import { loadSearchIndex } from '@inkwell/search/query';
      window.bench = { createElement, createRoot, SearchSheet, loadSearchIndex };`,
    resolveDir: root,
  },
  bundle: true,
  minify: true,
  format: 'iife',
  write: false,
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'silent',
});

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  const page = await browser.newPage();
  await page.setContent(
    `<!doctype html><html><head><style>${readFileSync(join(root, 'dist/styles.css'), 'utf8')}</style></head><body></body></html>`,
  );
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  const queries = [
    'worker threads',
    'security release openssl',
    'streams backpressure',
    'npm install global',
  ];
  const samples = await page.evaluate(
    async ({ serialized, queries }) => {
      const { createElement, createRoot, SearchSheet, loadSearchIndex } = window.bench;
      const index = loadSearchIndex(serialized);
      // Yields one task (not clamped like nested setTimeout), letting React's scheduler run.
      const yieldTask = () =>
        new Promise((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(0);
        });
      const container = document.createElement('div');
      document.body.append(container);
      createRoot(container).render(
        createElement(SearchSheet, { defaultOpen: true, loadIndex: async () => index, persistKey: false }),
      );
      while (!document.querySelector('[data-status="hint"]')) await yieldTask();
      const input = document.querySelector('[role="combobox"]');
      const body = () => document.querySelector('.inkwell-search__body');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const type = (value) => {
        setValue.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      const out = { engine: [], keystroke: [], results: [] };
      for (let round = 0; round < 4; round++) {
        for (const query of queries) {
          type('');
          while (body().hasAttribute('data-stale')) await yieldTask();
          for (let end = 1; end <= query.length; end++) {
            const prefix = query.slice(0, end);
            let t = performance.now();
            index.search(prefix, { tags: [], limit: 20 });
            index.tags(prefix);
            const engine = performance.now() - t;
            t = performance.now();
            type(prefix);
            const keystroke = performance.now() - t;
            while (body().hasAttribute('data-stale')) await yieldTask();
            const results = performance.now() - t;
            if (round === 0) continue; // warm-up
            out.engine.push(engine);
            out.keystroke.push(keystroke);
            out.results.push(results);
          }
        }
      }
      return out;
    },
    { serialized, queries },
  );

  const quantile = (values, q) =>
    [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];
  const median = (name) => quantile(samples[name], 0.5);
  const ms = (value) => `${value.toFixed(2)} ms`;
  console.log(
    `SearchSheet typing, ${samples.engine.length} keystrokes — headless Chromium, production React, ` +
      `node ${process.version}, ${os.cpus().length} cpus (${os.cpus()[0]?.model ?? 'unknown'})`,
  );
  console.table(
    Object.keys(samples).map((name) => ({
      measure: name,
      median: ms(median(name)),
      p95: ms(quantile(samples[name], 0.95)),
      max: ms(Math.max(...samples[name])),
      'median / engine': `${(median(name) / median('engine')).toFixed(2)}×`,
    })),
  );
} finally {
  await browser.close();
}
