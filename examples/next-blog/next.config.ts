import type { NextConfig } from 'next';

const config: NextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  // The corpus benchmark builds into a folder of its own so the example's `out/` stays as it is.
  ...(process.env.INKWELL_DIST_DIR ? { distDir: process.env.INKWELL_DIST_DIR } : {}),
  // @inkwell/core renders in worker threads and loads shiki grammars on demand: let Node load it from
  // node_modules instead of bundling it into the server build.
  serverExternalPackages: ['@inkwell/core'],
};

export default config;
