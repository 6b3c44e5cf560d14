import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { errorPageFor, withErrorPages, withoutBrokenQuery, type ErrorPages } from '../../src/server/error-pages';

const pages: ErrorPages = new Map([
  ['en', { body: Buffer.from('<html lang="en"><a data-quick-exit href="x">Leave</a></html>'), csp: "default-src 'self'" }],
  ['ar', { body: Buffer.from('<html lang="ar" dir="rtl"><a data-quick-exit href="x">اخرجي</a></html>'), csp: "default-src 'self'" }],
]);

type Inner = (req: IncomingMessage, res: ServerResponse) => void;
let close: (() => void) | undefined;
afterEach(() => close?.());

/** Serves `inner` behind withErrorPages on a free port and fetches `path`. */
async function answer(inner: Inner, path: string, init: RequestInit = {}) {
  const server = createServer(withErrorPages(inner, pages));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  close = () => server.close();
  const { port } = server.address() as AddressInfo;
  const res = await fetch(`http://127.0.0.1:${port}${path}`, init);
  return { status: res.status, type: res.headers.get('content-type') ?? '', csp: res.headers.get('content-security-policy'), body: await res.text() };
}

const plain400: Inner = (_req, res) => {
  res.statusCode = 400;
  res.end('Bad request.');
};
const headed500: Inner = (_req, res) => {
  res.writeHead(500, { 'Content-Type': 'text/plain', 'Content-Length': '5' });
  res.write('oops!');
  res.end();
};
const json422: Inner = (_req, res) => {
  res.writeHead(422, { 'content-type': 'application/json' });
  res.end('{"error":"unknown-key"}');
};

describe('withErrorPages', () => {
  it('sends a bare plain-text error to a browser as the error page, with its status and CSP', async () => {
    const r = await answer(plain400, '/services/x/', { headers: { accept: 'text/html' } });
    expect(r).toMatchObject({ status: 400, type: 'text/html; charset=utf-8', csp: "default-src 'self'" });
    expect(r.body).toContain('data-quick-exit');
  });

  it('picks the page in the language of the path', async () => {
    expect((await answer(headed500, '/ar/find/')).body).toContain('lang="ar"');
    expect((await answer(headed500, '/zz/find/')).body).toContain('lang="en"');
  });

  it('leaves success and HTML answers alone', async () => {
    expect((await answer((_q, s) => s.end('fine'), '/')).body).toBe('fine');
    const html404: Inner = (_q, s) => (s.writeHead(404, { 'content-type': 'text/html' }), s.end('<p>own page</p>'));
    expect(await answer(html404, '/x/')).toMatchObject({ status: 404, body: '<p>own page</p>' });
  });

  it('keeps JSON for a client of the API, and turns other errors there into JSON', async () => {
    expect(await answer(json422, '/api/callback/')).toMatchObject({ status: 422, body: '{"error":"unknown-key"}' });
    const r = await answer(plain400, '/api/callback/');
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toEqual({ error: 'http-400', message: 'Bad Request' });
  });

  it('gives a browser that navigates to the API a page, not JSON', async () => {
    const r = await answer(json422, '/api/callback/', { headers: { accept: 'text/html,*/*' } });
    expect(r.status).toBe(422);
    expect(r.body).toContain('data-quick-exit');
  });

  it('sends no body to HEAD', async () => {
    const r = await answer(plain400, '/x/', { method: 'HEAD' });
    expect(r).toMatchObject({ status: 400, body: '' });
  });
});

describe('errorPageFor', () => {
  it('falls back to the default language', () => {
    expect(errorPageFor(pages, '/?x').body.toString()).toContain('lang="en"');
    expect(errorPageFor(pages, '/ar').body.toString()).toContain('lang="ar"');
  });
});

describe('withoutBrokenQuery', () => {
  it('drops a query that cannot be decoded and keeps the path', () => {
    expect(withoutBrokenQuery('/find?q=caf%E9')).toBe('/find');
    expect(withoutBrokenQuery('/services/breathing-space?ref=50%off')).toBe('/services/breathing-space');
    expect(withoutBrokenQuery('/ar?x=%')).toBe('/ar');
  });

  it('keeps a good query and a path without one', () => {
    expect(withoutBrokenQuery('/find/?q=caf%C3%A9+x&region=glasgow')).toBe('/find/?q=caf%C3%A9+x&region=glasgow');
    expect(withoutBrokenQuery('/%E0%A4%A/')).toBe('/%E0%A4%A/');
  });
});
