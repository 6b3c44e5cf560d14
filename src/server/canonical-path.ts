// Refuses request paths that name a file in more than one way (issue 17): an encoded
// slash or backslash ("/_astro/..%2fsw.js"), a raw backslash, or a "." or ".." segment,
// raw or encoded. Browsers never send these (the URL parser resolves dot segments and
// leaves %2F alone), so only a hand-made request meets the refusal; without it such a
// path could reach a file outside the folder its address names and be cached as if it
// were in it. Runs under Node's type stripping.
import type { NodeHandler } from './security-headers.ts';

const ENCODED_SEPARATOR = /%(?:2f|5c)/i;

/** True when `url` (a request target: path and query) names its file in the one plain way. */
export function isCanonicalPath(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  if (!path.startsWith('/') || path.includes('\\') || ENCODED_SEPARATOR.test(path)) return false;
  return path.split('/').every((segment) => {
    let decoded = segment;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      // A malformed escape is not a dot segment; the router refuses it on its own.
    }
    return decoded !== '.' && decoded !== '..';
  });
}

/**
 * Wraps a handler so a non-canonical path gets a bare 400 (which the error-page wrapper
 * turns into Pathway's error page) and never reaches the static files or the routes.
 */
export function withCanonicalPaths(next: NodeHandler): NodeHandler {
  return (req, res) => {
    if (isCanonicalPath(req.url ?? '/')) return next(req, res);
    res.statusCode = 400;
    res.setHeader('cache-control', 'no-store');
    res.end();
  };
}
