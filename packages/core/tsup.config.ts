import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/cli.ts', 'src/render/render-worker.ts', 'src/shared/copy-button-contract.ts'],
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: { entry: ['src/index.ts', 'src/shared/copy-button-contract.ts'] },
  sourcemap: true,
  clean: true,
  splitting: true,
});
