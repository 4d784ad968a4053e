import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type TestBrowser } from './browser.js';
import { type StaticServer, startStaticServer } from './static-server.js';

/** The static export that `next build` wrote. */
export const exportDir = join(import.meta.dirname, '../../out');

/**
 * Serves the export on 127.0.0.1 and launches Chromium for the tests of one file; both are stopped
 * after the file. Throws a clear error when the export has not been built.
 */
export function serveSite(options: { mobile?: boolean } = {}) {
  const handle = { origin: '', browser: undefined as unknown as TestBrowser };
  let server: StaticServer | undefined;
  beforeAll(async () => {
    if (!existsSync(join(exportDir, 'index.html'))) {
      throw new Error(`No static export in ${exportDir}: run "pnpm --filter next-blog build" first.`);
    }
    server = await startStaticServer(exportDir);
    handle.origin = server.url;
    handle.browser = await launchBrowser(options);
  });
  afterAll(async () => {
    await handle.browser?.close();
    await server?.close();
  });
  return handle;
}
