import { defineConfig } from 'tsup';

export default defineConfig({
  // `query` is the browser-safe entry: it must never import build-side modules.
  entry: ['src/index.ts', 'src/query.ts'],
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
});
