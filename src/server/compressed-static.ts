// Serves the build's precompressed copies (scripts/compress.ts writes <file>.br and
// <file>.gz) of pages, scripts, styles and data, so a phone on bad signal downloads the
// compressed bytes the budgets count. @astrojs/node's static server sends files as they
// are; anything this does not answer (no copy, no matching Accept-Encoding, POST, the
// callback endpoint) falls through to it. Runs under Node's type stripping: .ts imports.
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';

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
 * leave the folder, hidden files, malformed escapes and encoded or back slashes (a second
 * way to name a file, see canonical-path.ts) are refused (null), never thrown.
 */
export function staticFileFor(client: string, urlPath: string): string | null {
  const raw = urlPath.split(/[?#]/, 1)[0] ?? '/';
  if (raw.includes('\\') || /%(?:2f|5c)/i.test(raw)) return null;
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (path.includes('\0') || /(^|\/)\./.test(path)) return null;
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(client, path));
  return file.startsWith(client.endsWith(sep) ? client : client + sep) ? file : null;
}

/**
 * A handler that answers GET/HEAD for a compressible built file: its precompressed copy,
 * or, for a file the build does not compress (the service pages, thousands of them, see
 * scripts/compress.ts), a copy compressed as it is sent (Brotli quality 5, about half a
 * millisecond for a page). Anything else goes to `next`.
 */
export function withCompressedStatic(
  client: string,
  next: (req: IncomingMessage, res: ServerResponse) => void,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const file = req.method === 'GET' || req.method === 'HEAD' ? staticFileFor(client, req.url ?? '/') : null;
    const type = file ? COMPRESSIBLE[extname(file)] : undefined;
    const encoding = type ? pickEncoding(req.headers['accept-encoding']) : null;
    if (!file || !type || !encoding) return next(req, res);
    const copy = file + SUFFIX[encoding];
    const size = sizeOf(copy);
    if (size === null && sizeOf(file) === null) return next(req, res);
    const head = () => {
      res.statusCode = 200;
      res.setHeader('Content-Type', type);
      res.setHeader('Content-Encoding', encoding);
      if (size !== null) res.setHeader('Content-Length', size);
      res.setHeader('Vary', 'Accept-Encoding');
      res.setHeader('Cache-Control', cacheControlFor(client, file));
    };
    if (req.method === 'HEAD') {
      head();
      return res.end();
    }
    // Headers wait for the file to open: a file gone since its stat, or no descriptor
    // left (EMFILE), is a 500 (the error page), not a 200 that stops short.
    const source = createReadStream(size !== null ? copy : file);
    const failed = () => {
      source.destroy();
      res.statusCode = 500;
      res.setHeader('Cache-Control', 'no-store');
      res.end();
    };
    source.once('error', failed);
    source.once('open', () => {
      source.off('error', failed);
      // She may have gone while the file opened: piping into a closed response throws
      // (ERR_STREAM_UNABLE_TO_PIPE), which would take the whole server down.
      if (res.destroyed || res.writableEnded) {
        source.destroy();
        return;
      }
      head();
      // pipeline closes the file when the client goes away (tests/unit/compressed-static-fds.test.ts
      // counts the descriptors) and ends the response on a read error instead of leaving it hanging.
      const done = (error: NodeJS.ErrnoException | null) => {
        if (error) res.destroy();
      };
      if (size !== null) pipeline(source, res, done);
      else pipeline(source, compressor(encoding), res, done);
    });
  };
}

function compressor(encoding: Encoding) {
  return encoding === 'br'
    ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
    : createGzip({ level: 6 });
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The Cache-Control of a built file, decided on the file itself: only the hashed build
 * assets in `<client>/_astro/` never change; everything else is checked again each time.
 */
export function cacheControlFor(client: string, file: string): string {
  const assets = join(client, '_astro') + sep;
  return normalize(file).startsWith(assets) ? IMMUTABLE : 'no-cache';
}

function sizeOf(file: string): number | null {
  try {
    const stat = statSync(file);
    return stat.isFile() ? stat.size : null;
  } catch {
    return null;
  }
}
