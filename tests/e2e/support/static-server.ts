import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServer {
  origin: string;
  /** Serve another built folder from now on, on the same origin (a new deploy). */
  serve(root: string): void;
  close(): Promise<void>;
}

/**
 * A static server for a built client folder whose folder can be swapped while it runs:
 * the update test needs two builds on one origin; `onRequest` sees each path first, so a
 * test can deploy at an exact moment. Port 0 lets the system pick a free port.
 */
export async function startStaticServer(root: string, onRequest?: (path: string) => void): Promise<StaticServer> {
  let current = root;
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    // A deploy can happen between two requests (the worker's script, then its files).
    onRequest?.(path);
    let file = join(current, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    res.writeHead(found ? 200 : 404, {
      'Content-Type': TYPES[extname(found ? file : '.html')] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    res.end(readFileSync(found ? file : join(current, '404.html')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    serve: (next) => {
      current = next;
    },
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
