import type { NextConfig } from 'next';

/**
 * Where the site lives under its origin: '' at the root, or a project site's folder such as '/blog'
 * (GitHub Pages serves a repository's site at /<repository>/). Set BASE_PATH when you build.
 */
const basePath = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

const config: NextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  ...(basePath ? { basePath } : {}),
  // Paths Next does not prefix itself (plain <a>, <img>, fetch) read it through lib/site.ts.
  env: { INKWELL_BASE_PATH: basePath },
  // The corpus benchmark builds into a folder of its own so the example's `out/` stays as it is.
  ...(process.env.INKWELL_DIST_DIR ? { distDir: process.env.INKWELL_DIST_DIR } : {}),
  // @inkwell/core renders in worker threads and loads shiki grammars on demand: let Node load it from
  // node_modules instead of bundling it into the server build.
  serverExternalPackages: ['@inkwell/core'],
  // The stylesheet (8 KB gzip) goes into each page's <head>: no render-blocking request, so the page
  // paints before its JavaScript has arrived (Lighthouse mobile: LCP no longer waits for hydration code).
  experimental: { inlineCss: true },
};

export default config;
