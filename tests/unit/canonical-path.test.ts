import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { isCanonicalPath, withCanonicalPaths } from '../../src/server/canonical-path';
import { withErrorPages, errorPageFor, type ErrorPages } from '../../src/server/error-pages';
import { redirectFor } from '../../src/server/legacy-redirects';

describe('isCanonicalPath', () => {
  it('takes ordinary paths, encoded letters and queries', () => {
    for (const url of ['/', '/ro/find/?q=a%2Fb', '/_astro/x.js', '/%E4%B8%AD/', '/services/abc/', '/api/callback/', '/hsds/services.json', '/a.b/c..d/']) {
      expect(isCanonicalPath(url), url).toBe(true);
    }
  });

  it('refuses encoded slashes and backslashes, raw backslashes and dot segments', () => {
    for (const url of [
      '/_astro/..%2fsw.js', '/_astro/..%2Fsw.js', '/_astro/..%5csw.js', '/_astro/..%5Csw.js', '/a\\b',
      '/_astro/../sw.js', '/_astro/%2e%2e/sw.js', '/_astro/%2E%2E/sw.js', '/./x', '/x/.', '/x/%2e/', 'x', '',
    ]) {
      expect(isCanonicalPath(url), url).toBe(false);
    }
  });
});

const pages: ErrorPages = new Map([['en', { body: Buffer.from('<html lang="en"><a data-quick-exit href="x">Leave</a></html>'), csp: "default-src 'self'" }]]);
let close: (() => void) | undefined;
afterEach(() => close?.());

/** Raw request (fetch would normalise the path) through the guard and the error pages. */
async function raw(path: string): Promise<{ status: number; cache: string | undefined; body: string }> {
  let served = false;
  const server = createServer(withErrorPages(withCanonicalPaths((_req, res) => {
    served = true;
    res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    res.end('the file');
  }), pages));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  close = () => server.close();
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { accept: 'text/html' } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, cache: res.headers['cache-control'], body: served ? `served: ${body}` : body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('withCanonicalPaths', () => {
  it('answers /_astro/..%2fsw.js with the error page, uncached, and never reaches the files', async () => {
    const r = await raw('/_astro/..%2fsw.js');
    expect(r.status).toBe(400);
    expect(r.cache).toBe('no-store');
    expect(r.body).toContain('data-quick-exit');
  });

  it('passes a canonical path on', async () => {
    expect((await raw('/_astro/x.js')).body).toBe('served: the file');
  });
});

describe('the other handlers and non-canonical paths', () => {
  it('legacy redirects match canonical paths only', () => {
    const redirects = new Map([['/services/old/', '/services/new/']]);
    expect(redirectFor(redirects, '/services/old/')).toBe('/services/new/');
    expect(redirectFor(redirects, '/services%2fold/')).toBeNull();
    expect(redirectFor(redirects, '/services/x/..%2fold/')).toBeNull();
  });

  it('the error page for an odd path is the default language', () => {
    expect(errorPageFor(pages, '/ar%2f..%2f/').body.toString()).toContain('lang="en"');
  });
});
