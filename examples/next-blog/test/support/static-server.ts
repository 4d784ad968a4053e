import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import handler from 'serve-handler';

/** A static file server for a folder, on 127.0.0.1 and a free port, as `pnpm start` serves it. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `root` (e.g. the Next.js export in `out/`) with the same handler the `serve` CLI uses, at the
 * origin's root or, given `mountPath` ('/blog'), under that folder only, as a project site is hosted:
 * anything outside it is a 404, so a root path the site forgot to prefix shows up as a failed request.
 */
export async function startStaticServer(root: string, mountPath = ''): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (mountPath) {
      if (url !== mountPath && !url.startsWith(`${mountPath}/`) && !url.startsWith(`${mountPath}?`)) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end(`Not under ${mountPath}/`);
        return;
      }
      request.url = url.slice(mountPath.length) || '/';
      prefixRedirects(response, mountPath);
    }
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

/** Keeps the handler's trailing-slash redirects (`Location: /posts/a/`) inside the mount folder. */
function prefixRedirects(response: ServerResponse, mountPath: string) {
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  response.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = rest.find((item) => typeof item === 'object' && item !== null) as
      | Record<string, string>
      | undefined;
    const location = headers?.Location ?? headers?.location;
    if (headers && typeof location === 'string' && location.startsWith('/')) {
      headers[headers.Location ? 'Location' : 'location'] = `${mountPath}${location}`;
    }
    return writeHead(status, ...rest);
  }) as ServerResponse['writeHead'];
}
