import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DOCUMENT_ONLY_HEADERS, parseCsp, SECURITY_HEADERS } from '../../src/lib/safety/headers';
import { cspHash } from '../../src/safety/build-inline';
import { servicePath } from '../../src/lib/neutral-path';

// The server sends the security headers on every response (issue 3): pages, assets,
// the 404 page. Plain HTTP requests, so there is no JavaScript to turn off here.

const asset = readdirSync('dist/client/_astro').find((f) => f.endsWith('.js'));
const quickExitCode = /<script data-exit-url[^>]*>([\s\S]*?)<\/script>/.exec(readFileSync('dist/client/index.html', 'utf8'))?.[1] ?? '';

for (const [path, status] of [
  ['/', 200],
  ['/safety/', 200],
  [`/${servicePath('samaritans')}`, 200],
  ['/icon.svg', 200],
  ['/no-such-page/', 404],
] as const) {
  test(`${path} answers ${status} with the security headers`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(status);
    const headers = response.headers();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], name).toBe(value);
    const csp = parseCsp(headers['content-security-policy'] ?? '');
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    // Scripts only from the site or by hash: never 'unsafe-inline' or another host.
    const scripts = csp.get('script-src') ?? [];
    expect(scripts).toContain(`'${cspHash(quickExitCode)}'`);
    expect(scripts.filter((s) => s !== "'self'" && !/^'sha(256|384|512)-/.test(s))).toEqual([]);
  });
}

test('scripts and data get only the headers that apply to them, not the page policy (issue 15)', async ({ request }) => {
  for (const path of [`/_astro/${asset}`, '/find/index.json', '/directory/services/00.json']) {
    const headers = (await request.get(path)).headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    for (const name of DOCUMENT_ONLY_HEADERS) expect(headers[name.toLowerCase()], `${path} ${name}`).toBeUndefined();
  }
  // The worker's own script keeps its policy: it governs what the worker may fetch.
  expect((await request.get('/sw.js')).headers()['content-security-policy']).toBeTruthy();
});

test('the open data, and nothing else, may be read by other sites (CORS)', async ({ request }) => {
  for (const path of ['/hsds/index.json', '/hsds/services.json']) {
    expect((await request.get(path)).headers()['access-control-allow-origin'], path).toBe('*');
  }
  for (const path of ['/', '/find/index.json', '/api/callback/']) {
    expect((await request.get(path)).headers()['access-control-allow-origin'], path).toBeUndefined();
  }
});

test('a page’s header policy matches the <meta> policy in the page', async ({ request }) => {
  const response = await request.get('/safety/');
  const html = await response.text();
  const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#39;', "'") ?? '';
  const header = parseCsp(response.headers()['content-security-policy'] ?? '');
  for (const [name, sources] of parseCsp(meta)) expect(header.get(name), name).toEqual(sources);
});

test('the built _headers file for static hosts carries the same headers', () => {
  const file = readFileSync('dist/client/_headers', 'utf8');
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(file).toContain(`${name}: ${value}`);
  expect(file).toContain(`'${cspHash(quickExitCode)}'`);
});
