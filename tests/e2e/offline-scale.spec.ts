// The whole directory offline at any size (issue 15): the phone keeps a shell and strings
// per language and the directory's records, and builds any service page from them. A
// page built on the phone must be byte for byte the page the server sends.
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { servicePath } from '../../src/lib/neutral-path';
import { bucketOf, bucketPath, type ServiceBucket } from '../../src/offline/service-record';
import { contentServices } from './support/site';
import { waitForOfflineReady } from './support/offline';

test.use({ serviceWorkers: 'allow' });

/** Every service's neutral id, from the built records. */
function builtCodes(): string[] {
  const dir = 'dist/client/directory/services';
  return readdirSync(dir).flatMap((f) => Object.keys(JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as ServiceBucket));
}

async function visitOnce(page: Page, path: string) {
  await page.goto(path);
  await waitForOfflineReady(page);
}

for (const lang of ['', 'ar/']) {
  test(`offline, 20 service pages never opened are built on the phone, identical to the server's${lang ? ' (Arabic)' : ''}`, async ({ page, context, request }) => {
    const codes = builtCodes().slice(0, 20);
    expect(codes).toHaveLength(20);
    const fromServer = new Map<string, string>();
    for (const code of codes) fromServer.set(code, await (await request.get(`/${lang}services/${code}/`)).text());
    await visitOnce(page, `/${lang}`);
    await context.setOffline(true);
    for (const code of codes) {
      const response = await page.goto(`/${lang}services/${code}/`);
      expect(response?.fromServiceWorker(), code).toBe(true);
      expect(response?.status(), code).toBe(200);
      expect(await response?.text(), code).toBe(fromServer.get(code));
      await expect(page.locator('a[data-quick-exit]')).toBeVisible();
    }
    // The composed page runs under the same policy as the server's: nothing refused.
    await expect(page.locator('html')).toHaveAttribute('lang', lang ? 'ar' : 'en');
  });
}

test('offline, an address written another way opens the stored page, not "No signal"', async ({ page, context }) => {
  await visitOnce(page, '/');
  await context.setOffline(true);
  const breathing = contentServices().find((s) => s.id === 'breathing-space')!;
  for (const [path, heading] of [
    ['/services/breathing-space', breathing.name],
    ['/services/breathing-space/', breathing.name],
    ['/regions/glasgow', 'Support in Glasgow'],
    [`/${servicePath('breathing-space')}?utm_source=x`, breathing.name],
    [`/${servicePath('breathing-space')}#phone`, breathing.name],
    ['/regions/glasgow/?utm_source=x', 'Support in Glasgow'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('h1'), path).toHaveText(heading);
  }
});

test('what is stored is what its revision says: a body from another version is refused', async ({ page, context }) => {
  // The server already serves another version of one bucket of records (a changed number)
  // while this build's worker installs: the install must not keep it.
  const code = servicePath('breathing-space').split('/')[1]!;
  const bucket = bucketPath(bucketOf(code));
  const original = readFileSync(`dist/client${bucket}`, 'utf8');
  const changed = original.replace(/"number":"[^"]+"/, '"number":"0800 000 0000"');
  expect(changed).not.toBe(original);
  await context.route(`${baseURL}${bucket}*`, (route) => route.fulfill({ contentType: 'application/json', body: changed }));
  await page.goto('/');
  // The install fails (the worker ends up redundant), and no cache holds the changed body.
  const outcome = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const settle = (w: ServiceWorker) => (w.state === 'redundant' || w.state === 'activated') && resolve(w.state);
        const look = async () => {
          const r = await navigator.serviceWorker.getRegistration();
          const worker = r?.installing ?? r?.waiting ?? r?.active;
          if (!worker) return void setTimeout(look, 50);
          settle(worker);
          worker.addEventListener('statechange', () => settle(worker));
        };
        void look();
      }),
  );
  expect(outcome).toBe('redundant');
  const stored = await page.evaluate(async () => {
    const found: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const key of await cache.keys()) if ((await (await cache.match(key))!.text()).includes('0800 000 0000')) found.push(key.url);
    }
    return { found, controlled: navigator.serviceWorker.controller !== null };
  });
  expect(stored).toEqual({ found: [], controlled: false });

  // With the right body back, the next visit installs, and offline the page shows the real number.
  await context.unroute(`${baseURL}${bucket}*`);
  await page.reload();
  await waitForOfflineReady(page);
  await context.setOffline(true);
  await page.goto(`/services/${code}/`);
  await expect(page.locator('h1')).toHaveText(contentServices().find((s) => s.id === 'breathing-space')!.name);
  await expect(page.locator('.facts')).not.toContainText('0800 000 0000');
});
