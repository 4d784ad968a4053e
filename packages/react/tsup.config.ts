import { defineConfig } from 'tsup';
import { bundleStylesheet } from './scripts/bundle-stylesheet.js';

// Modules are transpiled one-to-one (no bundling) so that each component file keeps its own
// `"use client"` directive: a server component can then import `themeScript` as a plain string,
// while client components become client references.
export default defineConfig({
  entry: ['src/**/*.{ts,tsx}', '!src/**/*.test.{ts,tsx}', '!src/**/*.stories.tsx', '!src/test/**'],
  bundle: false,
  format: ['esm'],
  target: 'es2022',
  platform: 'browser',
  dts: { entry: 'src/index.ts' },
  sourcemap: true,
  clean: true,
  onSuccess: async () => {
    bundleStylesheet('src/styles.css', 'dist/styles.css');
  },
});
