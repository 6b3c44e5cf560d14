// Every answer the server gives a browser is a Pathway page with the quick exit, its
// language and a way home (issue 14, repros 5 and 6). Each status is requested for real
// from the built server; a 500 the server cannot be made to send here is covered by
// tests/unit/server-error-pages.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ENDPOINT, fillForm, startServer, type TestServer } from './support/callback';
import { watchCspViolations } from './support/csp';

const HTML = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

async function expectPathwayPage(page: Page, lang: string) {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  const $exit = page.locator('a[data-quick-exit]');
  await expect($exit).toBeVisible();
  const box = (await $exit.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(40);
  await expect(page.locator('main a[href="/"], main a[href="/ar/"]').first()).toBeVisible();
}

test.describe('links with a broken or stray %', () => {
  for (const path of ['/find?q=caf%E9', '/services/breathing-space?ref=50%off', '/ar?x=%']) {
    test(`${path} serves the page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response!.status()).toBe(200);
      await expect(page.locator('a[data-quick-exit]')).toBeVisible();
    });
  }

  test('a path that cannot be decoded gets the 400 page in its language', async ({ page }) => {
    for (const [path, lang] of [['/%E0%A4%A/', 'en'], ['/ar/%E0%A4%A/', 'ar']] as const) {
      const response = await page.goto(path);
      expect(response!.status()).toBe(400);
      await expectPathwayPage(page, lang);
    }
  });
});

test.describe('each error status is a page for a browser, JSON for the endpoint\'s clients', () => {
  let dataDir: string;
  let server: TestServer;
  test.beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pathway-errors-'));
    server = await startServer(dataDir, { PATHWAY_CALLBACK_RATE_LIMIT: '2' });
  });
  test.afterAll(async () => {
    await server.stop('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('404, 405, 413 and 429 to a browser are HTML pages with the exit; no body is plain text', async ({ request }) => {
    const form = { ...HTML, 'content-type': 'application/x-www-form-urlencoded', origin: server.url };
    const answers = [
      await request.get(`${server.url}/no-such-page/`, { headers: HTML }),
      await request.get(`${server.url}/ar/no-such-page/`, { headers: HTML }),
      await request.get(server.url + ENDPOINT, { headers: HTML }),
      await request.put(`${server.url}/`, { headers: HTML, data: 'x' }),
      await request.post(server.url + ENDPOINT, { headers: form, data: `phone=${'1'.repeat(20_000)}` }),
      await request.post(server.url + ENDPOINT, { headers: form, data: 'phone=1' }),
      await request.post(server.url + ENDPOINT, { headers: form, data: 'phone=1' }),
    ];
    const statuses = answers.map((a) => a.status());
    expect(statuses.slice(0, 3)).toEqual([404, 404, 405]);
    expect(statuses).toContain(413);
    expect(statuses.at(-1)).toBe(429);
    for (const a of answers.filter((x) => x.status() >= 400)) {
      expect(a.headers()['content-type'], `${a.url()} ${a.status()}`).toMatch(/^text\/html/);
      const body = await a.text();
      expect(body).toMatch(/<html lang="[a-zA-Z-]+"/);
      expect(body).toContain('data-quick-exit');
      expect(body).toMatch(/<a href="\/(ar\/)?">/);
    }
  });

  test('a client of the endpoint still gets JSON', async ({ request }) => {
    const answer = await request.get(server.url + ENDPOINT, { headers: { accept: 'application/json' } });
    expect(answer.status()).toBeGreaterThanOrEqual(400);
    expect(answer.headers()['content-type']).toMatch(/^application\/json/);
    await answer.json();
  });
});

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });

  test('the form error page is styled within its CSP, with a full-size exit', async ({ page }) => {
    const refused = watchCspViolations(page);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/callback/');
    // Every field filled as the browser requires, with a phone number the server refuses.
    await fillForm(page, { phone: '12', message: '' });
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(page.url()).toContain('/api/callback');
    const $exit = page.locator('a[data-quick-exit]');
    const box = (await $exit.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(350);
    expect(box.height).toBeGreaterThanOrEqual(40);
    expect(await $exit.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(179, 38, 30)');
    expect(refused).toEqual([]);
  });

  test('the sent page names 999 once', async ({ page }) => {
    await page.goto('/callback/sent/');
    const text = await page.locator('main').innerText();
    expect(text.match(/999/g)).toHaveLength(1);
  });
});
