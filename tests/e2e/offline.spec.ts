import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../../src/i18n/locales';
import { precachedPages, storedTraces, waitForOfflineReady, workerVersion } from './support/offline';
import { startStaticServer } from './support/static-server';
import { servicePath } from '../../src/lib/neutral-path';

// The rest of the suite blocks service workers (playwright.config.ts); here they are the subject.
test.use({ serviceWorkers: 'allow' });

const EXIT_URL = process.env.PUBLIC_EXIT_URL ?? 'https://www.bbc.co.uk/weather';

test.describe('after one visit, with the network off', () => {
  test.beforeEach(async ({ page, context }) => {
    await page.goto('/');
    await waitForOfflineReady(page);
    await context.setOffline(true);
  });

  test('every page of her language opens', async ({ page }) => {
    // Every page but the service pages, which the phone builds from data (offline-scale.spec.ts).
    const urls = precachedPages(DEFAULT_LOCALE);
    expect(urls.length).toBeGreaterThanOrEqual(25);
    for (const url of urls) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      expect(response?.fromServiceWorker(), url).toBe(true);
      // The very page that was built, not the offline page in its place.
      expect(await response?.text(), url).toBe(readFileSync(join('dist/client', url, 'index.html'), 'utf8'));
    }
  });

  test('each kind of page shows its content', async ({ page }) => {
    const kinds: [string, RegExp | string][] = [
      ['/', 'Find support in Scotland'],
      ['/regions/glasgow/', 'Support in Glasgow'],
      [`/${servicePath('samaritans')}`, /Samaritans/],
      ['/find/?q=housing', 'Search'],
      ['/about/', 'About Pathway'],
      ['/safety/', 'Staying safe online'],
    ];
    for (const [path, heading] of kinds) {
      await page.goto(path);
      await expect(page.locator('h1'), path).toHaveText(heading);
    }
    // A call needs no data: the 24-hour lines are still there to press.
    await page.goto('/');
    expect(await page.locator('main a[href^="tel:"]').count()).toBeGreaterThanOrEqual(3);
  });

  test('a search on find/ returns results', async ({ page }) => {
    const index = await page.evaluate(() => fetch('/find/index.json').then((r) => r.text()));
    expect(index).toBe(readFileSync('dist/client/find/index.json', 'utf8'));
    // A shared link, then typing: both answered from the index on the phone.
    await page.goto('/find/?q=samaritans');
    await expect(page.locator('[data-search-results] [data-service="samaritans"]')).toBeVisible();
    await page.getByRole('searchbox', { name: 'What do you need help with?' }).fill('housing');
    await expect(page.locator('[data-search-results] [data-service]').first()).toBeVisible();
  });

  test('"Where am I?" finds a postcode district with no network', async ({ page }) => {
    await page.goto('/find/');
    await page.locator('summary', { hasText: 'Where am I?' }).click();
    const box = page.getByLabel('Postcode, or just its first half');
    await box.fill('PA1 1AA');
    await page.getByRole('button', { name: 'Find my area' }).click();
    await expect(page.locator('[data-postcode-answer]')).toContainText('PA1 is in Renfrewshire.');
    await box.fill('iv2');
    await page.getByRole('button', { name: 'Find my area' }).click();
    await expect(page.locator('[data-postcode-answer]')).toContainText('IV2 is in Highland.');
  });

  test('the map opens with no network, outlines and all', async ({ page }) => {
    await page.goto('/regions/glasgow/');
    await page.getByRole('button', { name: 'Show map' }).click();
    await expect(page.locator('.map-canvas path.leaflet-interactive:not([d="M0 0"])').first()).toBeVisible();
    await expect(page.locator('.map-areas button[data-area="glasgow-city"]')).toBeVisible();
  });

  test('a page that is not on the phone shows the offline page with helplines and the way home', async ({ page }) => {
    await page.goto('/services/not-on-this-phone/');
    await expect(page.locator('h1')).toHaveText('No signal right now');
    await expect(page.locator('a[href="tel:999"]')).toBeVisible();
    expect(await page.locator('section[aria-labelledby="helplines-heading"] a[href^="tel:"]').count()).toBeGreaterThanOrEqual(3);
    await page.locator('[data-offline-home]').click();
    await expect(page.locator('h1')).toHaveText('Find support in Scotland');
  });

  for (const lang of LOCALE_CODES.filter((l) => l !== DEFAULT_LOCALE).slice(0, 1)) {
    test(`a page in ${lang}, a language never opened, shows the offline page in hers`, async ({ page }) => {
      await page.goto(`/${lang}/about/`);
      await expect(page.locator('h1')).toHaveText('No signal right now');
      await expect(page.locator('[data-offline-home]')).toHaveAttribute('href', '/');
    });
  }

  test('the quick exit is first on the page and still leaves the site', async ({ page }) => {
    await page.goto('/regions/glasgow/');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('data-quick-exit', '');
    await expect(page.locator('[data-quick-exit]')).toHaveAttribute('href', EXIT_URL);
    await page.locator('[data-quick-exit]').click();
    await page.waitForURL((url) => !url.href.startsWith(baseURL));
  });
});

test('an uncached page while online is fetched, not replaced by the offline page', async ({ page }) => {
  await page.goto('/');
  await waitForOfflineReady(page);
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('We cannot find that page');
});

for (const lang of LOCALE_CODES.filter((l) => l !== DEFAULT_LOCALE).slice(0, 1)) {
  test(`a page in ${lang} seen online opens offline, and its offline page is kept in ${lang}`, async ({ page, context }) => {
    await page.goto('/');
    await waitForOfflineReady(page);
    await page.goto(`/${lang}/about/`);
    await context.setOffline(true);
    await page.goto(`/${lang}/about/`);
    await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${lang}`));
    await expect(page.locator('[data-offline-home]')).toHaveCount(0);
    // Not seen: her language's offline page, in that language.
    await page.goto(`/${lang}/regions/glasgow/`);
    await expect(page.locator('[data-offline-home]')).toHaveAttribute('href', `/${lang}/`);
    // Issue 17: the visited page is kept with no record of when (no workbox-expiration
    // database of URLs and millisecond timestamps).
    expect((await storedTraces(page)).databases).toEqual([]);
  });

  test(`a first visit in ${lang} takes every ${lang} page offline`, async ({ page, context }) => {
    await page.goto(`/${lang}/`);
    await waitForOfflineReady(page);
    await context.setOffline(true);
    for (const url of precachedPages(lang)) {
      const response = await page.goto(url);
      expect(await response?.text(), url).toBe(readFileSync(join('dist/client', url, 'index.html'), 'utf8'));
    }
  });
}

test('the callback endpoint always goes to the network: a POST never meets the worker, nothing is stored', async ({ page, context }) => {
  await page.goto('/');
  await waitForOfflineReady(page);
  const posts: boolean[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/api/') && r.request().method() === 'POST') posts.push(r.fromServiceWorker());
  });
  const send = (method: string) =>
    page.evaluate(
      (m) => fetch('/api/callback', { method: m, ...(m === 'POST' ? { body: '{}', headers: { 'Content-Type': 'application/json' } } : {}) })
        .then((r) => r.status, () => 'failed'),
      method,
    );
  expect(await send('POST')).not.toBe('failed');
  expect(await send('GET')).not.toBe('failed');
  expect(posts).toEqual([false]);
  const stored = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const key of await (await caches.open(name)).keys()) urls.push(key.url);
    return urls;
  });
  expect(stored.length).toBeGreaterThan(80);
  expect(stored.filter((url) => url.includes('/api/'))).toEqual([]);
  // Offline there is no stored answer to fall back on.
  await context.setOffline(true);
  expect(await send('GET')).toBe('failed');
});

test('installable in Chromium: no installability errors, neutral name and icons', async ({ playwright }) => {
  // Chromium never offers to install from an incognito-like context, which is what a
  // normal Playwright context is: this test uses a profile on disk, as a phone would.
  const { launchOptions } = test.info().project.use;
  const profile = mkdtempSync(join(tmpdir(), 'pathway-profile-'));
  const context = await playwright.chromium.launchPersistentContext(profile, { ...launchOptions, baseURL, serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    await page.goto('/');
    await waitForOfflineReady(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const { errors, data } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);
    const manifest = JSON.parse(data ?? '{}') as Record<string, unknown>;
    expect(manifest).toMatchObject({ name: 'Pathway', short_name: 'Pathway', display: 'standalone', start_url: '/', scope: '/' });
    const icons = (manifest['icons'] as { purpose: string; sizes: string }[]).map((i) => `${i.purpose} ${i.sizes}`);
    expect(icons).toEqual(expect.arrayContaining(['any 192x192', 'any 512x512', 'maskable 512x512']));
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test.describe('an update', () => {
  // Two builds on one origin: this one, and a copy with one page changed and the worker
  // rebuilt under another version, as a real deploy would be.
  let next: string;
  test.beforeAll(() => {
    next = mkdtempSync(join(tmpdir(), 'pathway-next-'));
    cpSync('dist/client', join(next, 'client'), { recursive: true });
    const about = join(next, 'client/about/index.html');
    writeFileSync(about, readFileSync(about, 'utf8').replace('<h1>About Pathway</h1>', '<h1>About Pathway, updated</h1>'));
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-sw.ts', join(next, 'client')], {
      env: { ...process.env, PATHWAY_BUILD_VERSION: 'e2enext' },
      stdio: 'pipe',
    });
  });
  test.afterAll(() => rmSync(next, { recursive: true, force: true }));

  test('is offered with a banner, and takes over only when she presses Refresh', async ({ page }) => {
    const server = await startStaticServer('dist/client');
    try {
      await page.goto(`${server.origin}/about/`);
      const first = await waitForOfflineReady(page);
      await expect(page.locator('[data-update-banner]')).toBeHidden();

      server.serve(join(next, 'client'));
      await page.reload();
      // Until she chooses, the version she is using stays, and so does the page.
      await expect(page.locator('[data-update-banner]')).toBeVisible();
      await expect(page.locator('[data-update-message]')).toHaveText('A newer version is ready.');
      await expect(page.locator('h1')).toHaveText('About Pathway');
      expect(await workerVersion(page)).toBe(first);
      const { violations } = await new AxeBuilder({ page })
        .include('[data-update-banner]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(violations.map((v) => v.id)).toEqual([]);

      await page.getByRole('button', { name: 'Refresh' }).click();
      await expect(page.locator('h1')).toHaveText('About Pathway, updated');
      expect(await workerVersion(page)).toBe('e2enext');
      await expect(page.locator('[data-update-banner]')).toBeHidden();
      // Old caches are gone once the new version is active.
      const names = await page.evaluate(() => caches.keys());
      expect(names.length).toBeGreaterThan(0);
      expect(names.filter((n) => !n.endsWith('-e2enext'))).toEqual([]);
    } finally {
      await server.close();
    }
  });

  test('"Not now" puts the banner away and keeps the page as it is', async ({ page }) => {
    const server = await startStaticServer('dist/client');
    try {
      await page.goto(`${server.origin}/about/`);
      const first = await waitForOfflineReady(page);
      server.serve(join(next, 'client'));
      await page.reload();
      // The browser looks for a new worker on navigation; asking again makes the check
      // certain on a busy machine, where the first look can miss the new deploy.
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      await page.getByRole('button', { name: 'Not now' }).click({ timeout: 30_000 });
      await expect(page.locator('[data-update-banner]')).toBeHidden();
      await expect(page.locator('h1')).toHaveText('About Pathway');
      expect(await workerVersion(page)).toBe(first);
    } finally {
      await server.close();
    }
  });
});

test('"Forget this device" leaves no worker, no cache and no database behind', async ({ page, context }) => {
  await context.route(`${new URL(EXIT_URL).origin}/**`, (route) => route.fulfill({ body: 'weather', contentType: 'text/plain' }));
  await page.goto('/');
  await waitForOfflineReady(page);
  const before = await storedTraces(page);
  expect(before.registrations).toBe(1);
  expect(before.caches.length).toBeGreaterThan(0);

  await page.goto('/safety/');
  await page.locator('[data-forget-device]').getByRole('button').click();
  await page.waitForURL((url) => url.href.startsWith(new URL(EXIT_URL).origin));

  // Looked at from a file of the site that is not a page, so nothing registers again.
  await page.goto('/icon.svg');
  expect(await storedTraces(page)).toEqual({ registrations: 0, caches: [], databases: [] });
});

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });

  test('pages work as plain pages and no worker is registered', async ({ page, context }) => {
    await page.goto('/');
    await expect(page.locator('h1')).toHaveText('Find support in Scotland');
    await expect(page.locator('[data-update-banner]')).toBeHidden();
    await page.goto('/regions/glasgow/');
    await expect(page.locator('h1')).toHaveText('Support in Glasgow');
    expect(context.serviceWorkers()).toEqual([]);
  });

  test('the offline page shows the helplines and the way home', async ({ page }) => {
    await page.goto('/offline/');
    await expect(page.locator('h1')).toHaveText('No signal right now');
    expect(await page.locator('main a[href^="tel:"]').count()).toBeGreaterThanOrEqual(4);
    await expect(page.locator('[data-offline-home]')).toHaveAttribute('href', '/');
  });
});
