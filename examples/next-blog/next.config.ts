import type { NextConfig } from 'next';

const config: NextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  // @inkwell/core renders in worker threads and loads shiki grammars on demand: let Node load it from
  // node_modules instead of bundling it into the server build.
  serverExternalPackages: ['@inkwell/core'],
};

export default config;
