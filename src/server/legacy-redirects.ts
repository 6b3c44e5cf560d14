// Answers the old, topic-naming addresses of service and need pages with a 301 to their
// neutral ones (issue 14), read from the build's `_redirects` (scripts/build-service-pages.ts),
// so links and QR codes shared before the change keep working. Runs under Node's type
// stripping.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NodeHandler } from './security-headers.ts';

/** Old path (with its trailing slash) → new path, from a `_redirects` file's text. */
export function parseRedirects(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split('\n')) {
    const [from, to, status] = line.trim().split(/\s+/);
    if (!from || from.startsWith('#') || !to || status !== '301') continue;
    map.set(from, to);
  }
  return map;
}

export function loadRedirects(client: string): Map<string, string> {
  return parseRedirects(readFileSync(join(client, '_redirects'), 'utf8'));
}

/** The new address for a request target, keeping its query, or null. "/x" and "/x/" both match. */
export function redirectFor(redirects: ReadonlyMap<string, string>, url: string): string | null {
  const at = url.search(/[?#]/);
  const path = at < 0 ? url : url.slice(0, at);
  const to = redirects.get(path.endsWith('/') ? path : `${path}/`);
  return to === undefined ? null : to + (at < 0 ? '' : url.slice(at));
}

export function withLegacyRedirects(redirects: ReadonlyMap<string, string>, next: NodeHandler): NodeHandler {
  return (req, res) => {
    const to = req.method === 'GET' || req.method === 'HEAD' ? redirectFor(redirects, req.url ?? '/') : null;
    if (to === null) return next(req, res);
    res.writeHead(301, { location: to, 'cache-control': 'no-cache' });
    res.end();
  };
}
