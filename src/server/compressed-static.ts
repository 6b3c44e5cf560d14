// Serves the build's precompressed copies (scripts/compress.ts writes <file>.br and
// <file>.gz) of pages, scripts, styles and data, so a phone on bad signal downloads the
// compressed bytes the budgets count. @astrojs/node's static server sends files as they
// are; anything this does not answer (no copy, no matching Accept-Encoding, POST, the
// callback endpoint) falls through to it. Runs under Node's type stripping: .ts imports.
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

/** File types worth compressing, with the Content-Type Astro's static server would send. */
export const COMPRESSIBLE: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

export type Encoding = 'br' | 'gzip';
const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/** The best encoding the client accepts, Brotli first; "q=0" refuses one. */
export function pickEncoding(acceptEncoding: string | undefined): Encoding | null {
  const accepted = new Set<string>();
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';').map((s) => s.trim());
    const q = params.find((p) => p.startsWith('q='));
    if (q && Number(q.slice(2)) === 0) continue;
    accepted.add(name);
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return null;
}

/**
 * The built file a URL path names, or null: "/ro/" → "<client>/ro/index.html". Paths that
 * leave the folder, hidden files and malformed escapes are refused (null), never thrown.
 */
export function staticFileFor(client: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/, 1)[0] ?? '/');
  } catch {
    return null;
  }
  if (path.includes('\0') || /(^|\/)\./.test(path)) return null;
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(client, path));
  return file.startsWith(client.endsWith(sep) ? client : client + sep) ? file : null;
}

/** A handler that answers GET/HEAD for a precompressed file, or calls `next`. */
export function withCompressedStatic(
  client: string,
  next: (req: IncomingMessage, res: ServerResponse) => void,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const file = req.method === 'GET' || req.method === 'HEAD' ? staticFileFor(client, req.url ?? '/') : null;
    const type = file ? COMPRESSIBLE[extname(file)] : undefined;
    const encoding = type ? pickEncoding(req.headers['accept-encoding']) : null;
    const copy = file && encoding ? file + SUFFIX[encoding] : null;
    const size = copy ? sizeOf(copy) : null;
    if (!file || !type || !encoding || size === null) return next(req, res);
    res.statusCode = 200;
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Length', size);
    res.setHeader('Vary', 'Accept-Encoding');
    // Hashed build assets never change; everything else is checked again each time.
    res.setHeader('Cache-Control', (req.url ?? '').startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (req.method === 'HEAD') return res.end();
    createReadStream(copy!).pipe(res);
  };
}

function sizeOf(file: string): number | null {
  try {
    const stat = statSync(file);
    return stat.isFile() ? stat.size : null;
  } catch {
    return null;
  }
}
