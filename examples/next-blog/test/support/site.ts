import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type TestBrowser } from './browser.js';
import { type StaticServer, startStaticServer } from './static-server.js';

/** The static export that `next build` wrote. */
export const exportDir = join(import.meta.dirname, '../../out');

/** The export of `pnpm --filter next-blog build:base-path`: the site built for `BASE_PATH=/blog`. */
export const basePathExportDir = join(import.meta.dirname, '../../out-basepath');

/** Where {@link serveSite} serves from: an export folder, its build command, and the folder it is mounted at. */
export interface SiteOptions {
  mobile?: boolean;
  /** The export folder. Default {@link exportDir}. */
  dir?: string;
  /** The command that builds `dir`, named in the error when it is missing. */
  buildCommand?: string;
  /** The folder the site is mounted at ('/blog'); '' (default) serves it at the origin's root. */
  mountPath?: string;
}

/**
 * Serves the export on 127.0.0.1 and launches Chromium for the tests of one file; both are stopped
 * after the file. `origin` includes the mount path. Throws a clear error when the export has not been built.
 */
export function serveSite(options: SiteOptions = {}) {
  const {
    dir = exportDir,
    buildCommand = 'pnpm --filter next-blog build',
    mountPath = '',
    ...browserOptions
  } = options;
  const handle = { origin: '', browser: undefined as unknown as TestBrowser };
  let server: StaticServer | undefined;
  beforeAll(async () => {
    if (!existsSync(join(dir, 'index.html'))) {
      throw new Error(`No static export in ${dir}: run "${buildCommand}" first.`);
    }
    server = await startStaticServer(dir, mountPath);
    handle.origin = `${server.url}${mountPath}`;
    handle.browser = await launchBrowser(browserOptions);
  });
  afterAll(async () => {
    await handle.browser?.close();
    await server?.close();
  });
  return handle;
}
