import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import handler from 'serve-handler';

/** A static file server for a folder, on 127.0.0.1 and a free port, as `pnpm start` serves it. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `root` (e.g. the Next.js export in `out/`) with the same handler the `serve` CLI uses. */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    void handler(request, response, { public: root, trailingSlash: true });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
