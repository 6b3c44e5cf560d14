import { expect, test } from '@playwright/test';
import { builtPages } from './support/site';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLIENT_DIR, gzipBytes, pageWeight } from '../../scripts/lib/page-weight';

// Bytes are deterministic, so the budgets of DESIGN.md are asserted here (times never are).
test('the home page arrives in one round trip: HTML + CSS + inline script ≤ 14 KB gzip', () => {
  expect(pageWeight('/').htmlGzip).toBeLessThanOrEqual(14 * 1024);
});

test('no page loads more than 30 KB gzip of JavaScript before any interaction', () => {
  const over = builtPages()
    .map((p) => pageWeight(p))
    .filter((w) => w.jsGzip > 30 * 1024)
    .map((w) => `${w.page}: ${w.jsGzip} B (${w.scripts.join(', ')})`);
  expect(over).toEqual([]);
});

test('the JavaScript the browser really fetches on load stays within 30 KB gzip', async ({ page }) => {
  // The static count above cannot see workers or scripts added at run time; this one
  // measures what Chromium fetched on one page of each kind, without interaction.
  const kinds = ['/', '/find/', '/regions/glasgow/', '/services/samaritans/', '/about/'];
  for (const path of kinds.filter((p) => builtPages().includes(p))) {
    const fetched = new Set<string>();
    const onResponse = (r: { url(): string }) => {
      const { pathname } = new URL(r.url());
      if (pathname.endsWith('.js') || pathname.endsWith('.mjs')) fetched.add(pathname);
    };
    page.on('response', onResponse);
    await page.goto(path, { waitUntil: 'networkidle' });
    page.off('response', onResponse);
    const bytes = [...fetched].reduce((n, f) => n + gzipBytes(readFileSync(join(CLIENT_DIR, f))), 0);
    expect(bytes, `${path}: ${[...fetched].join(', ')}`).toBeLessThanOrEqual(30 * 1024);
  }
});

test('the server sends pages and scripts compressed, with the security headers, and the browser reads them', async ({ page, request }) => {
  // Budgets count compressed bytes, so the server must really send compressed bytes.
  const home = await request.get('/', { headers: { 'accept-encoding': 'gzip, br' } });
  expect(home.headers()['content-encoding']).toBe('br');
  expect(home.headers()['vary']).toBe('Accept-Encoding');
  expect(home.headers()['referrer-policy']).toBe('no-referrer');
  expect(home.headers()['content-security-policy']).toContain("default-src 'self'");
  const gz = await request.get('/about/', { headers: { 'accept-encoding': 'gzip' } });
  expect(gz.headers()['content-encoding']).toBe('gzip');
  expect(await gz.text()).toContain('<html');
  const plain = await request.get('/about/', { headers: { 'accept-encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect(await plain.text()).toBe(await gz.text());

  const encodings = new Map<string, string | undefined>();
  page.on('response', (r) => encodings.set(new URL(r.url()).pathname, r.headers()['content-encoding']));
  await page.goto('/find/?q=housing', { waitUntil: 'networkidle' });
  await expect(page.locator('h1')).toBeVisible();
  const js = [...encodings].filter(([path]) => path.endsWith('.js'));
  expect(js.length).toBeGreaterThan(0);
  expect(js.filter(([, encoding]) => !encoding)).toEqual([]);
});
