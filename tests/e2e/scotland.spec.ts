// All of Scotland (issue 16): every council area has a page, places outside the pilot
// regions find their own services, records say honestly how sure the hub is, and a card
// or page without a number still offers a way on.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { needPath, servicePath } from '../../src/lib/neutral-path';
import { builtPages, contentServices } from './support/site';
import { waitForOfflineReady } from './support/offline';

const resultIds = (page: Page) => page.locator('.find-results [data-service]').evaluateAll((els) => els.map((e) => e.getAttribute('data-service')));

async function search(page: Page, text: string) {
  await page.goto('/find/');
  await page.locator('#find-q').fill(text);
  await expect(page.locator('[data-share-url]')).toHaveAttribute('data-share-url', new RegExp(`q=${encodeURIComponent(text).replace(/%20/g, '\\+')}$`));
  await expect(page.locator('[data-find-count]')).toBeVisible();
}

test.describe('search finds places outside the pilot regions', () => {
  for (const [query, first] of [
    ['fife housing', 'fife-council-homelessness'],
    ['kirkcaldy', 'fife-council-homelessness'],
    ['stirling housing', 'stirling-council-homelessness'],
  ] as const) {
    test(`"${query}" puts ${first} first`, async ({ page }) => {
      await search(page, query);
      await expect.poll(async () => (await resultIds(page))[0]).toBe(first);
    });
  }

  for (const query of ['fife', 'falkirk', 'dunfermline', 'stirling']) {
    test(`"${query}" never finds 0`, async ({ page }) => {
      await search(page, query);
      await expect.poll(async () => (await resultIds(page)).length).toBeGreaterThan(0);
    });
  }
});

test('every council area has a page in every language', () => {
  const pages = new Set(builtPages());
  for (const area of ['fife', 'stirling', 'falkirk', 'na-h-eileanan-siar', 'glasgow-city']) {
    for (const root of ['/', '/ro/', '/pl/', '/zh/', '/th/', '/vi/', '/sq/', '/es/', '/ar/']) {
      expect(pages.has(`${root}areas/${area}/`), `${root}areas/${area}/`).toBe(true);
    }
  }
  expect([...pages].filter((p) => /^\/areas\/[^/]+\/$/.test(p))).toHaveLength(32);
});

test("Fife's area page lists Fife's council line first, then Scotland-wide services", async ({ page }) => {
  await page.goto('/areas/fife/');
  await expect(page.locator('h1')).toHaveText('Support in Fife');
  const first = page.locator('section[aria-labelledby="local"] [data-service]').first();
  await expect(first).toHaveAttribute('data-service', 'fife-council-homelessness');
  await expect(page.locator('section[aria-labelledby="national"] [data-service]').first()).toBeVisible();
});

test('"Where am I?" with KY1 1XX leads to Fife\'s page', async ({ page }) => {
  await page.goto('/find/');
  await page.locator('summary', { hasText: 'Where am I?' }).click();
  await page.getByLabel('Postcode, or just its first half').fill('KY1 1XX');
  await page.getByRole('button', { name: 'Find my area' }).click();
  await page.locator('[data-area-page]').click();
  await expect(page).toHaveURL(/\/areas\/fife\/$/);
  await expect(page.locator('section[aria-labelledby="local"] [data-service]').first()).toHaveAttribute('data-service', 'fife-council-homelessness');
});

test('the home page has a way in for every council area', async ({ page }) => {
  await page.goto('/');
  await page.locator('[data-elsewhere] summary').click();
  await expect(page.locator('[data-elsewhere] a')).toHaveCount(32);
  await page.locator('[data-elsewhere] a', { hasText: 'Stirling' }).click();
  await expect(page.locator('h1')).toHaveText('Support in Stirling');
});

test('a service with no phone offers the hub route, and mentions a website only when it has one', async ({ page }) => {
  const withoutPhone = contentServices().filter((s) => !s.phone && s.status !== 'closed' && s.status !== 'possibly-closed');
  const noWebsite = withoutPhone.find((s) => !s.website)!;
  const withWebsite = withoutPhone.find((s) => s.website)!;
  for (const s of [noWebsite, withWebsite]) {
    await page.goto(`/${servicePath(s.id)}`);
    const route = page.locator('[data-no-phone] a');
    await expect(route).toHaveText('No phone listed — ask the hub to put you in touch');
    await expect(route).toHaveAttribute('href', '/callback/');
    if (s.website) await expect(page.locator('[data-no-phone]')).toContainText('Its website');
    else await expect(page.locator('[data-no-phone]')).not.toContainText('website');
  }
  // The same route on a card in a list.
  await page.goto('/regions/glasgow/');
  await expect(page.locator('.card [data-no-phone] a').first()).toBeVisible();
});

test('a possibly closed service is in no list and no search; its page says so plainly', async ({ page }) => {
  const quay = contentServices().find((s) => s.id === 'quay-services-aberdeen')!;
  expect(quay.status).toBe('possibly-closed');
  for (const path of ['/regions/aberdeen/', '/areas/aberdeen-city/', '/']) {
    await page.goto(path);
    await expect(page.locator('[data-service="quay-services-aberdeen"]'), path).toHaveCount(0);
  }
  const index = readFileSync('dist/client/find/index.json', 'utf8');
  expect(index).not.toContain('quay-services-aberdeen');
  await page.goto(`/${servicePath('quay-services-aberdeen')}`);
  await expect(page.locator('[data-status="possibly-closed"]')).toHaveText(/may have closed/);
});

test('an unverified record says calmly where its details come from', async ({ page }) => {
  await page.goto(`/${servicePath('fife-council-homelessness')}`);
  await expect(page.locator('[data-status="unverified"]')).toHaveText(/^Details from [a-z0-9.-]+(, .+)?\. Not yet confirmed by the hub\.$/);
});

test('no built page publishes a note for the coordinator', () => {
  const phrases = /verify|before publishing|stored (?:source|page|copie)s?|possibly closed|do not use|no phone number found|re-checked|pass 3/i;
  const found: string[] = [];
  for (const path of builtPages()) {
    const file = path.endsWith('.html') ? path : `${path}index.html`;
    const text = readFileSync(`dist/client${file}`, 'utf8').replace(/<[^>]+>/g, ' ');
    const m = phrases.exec(text);
    if (m) found.push(`${path}: "${m[0]}"`);
  }
  expect(found).toEqual([]);
  // Nor the open data or the offline records.
  for (const file of ['dist/client/hsds/services.json', 'dist/client/directory/services/00.json']) {
    expect(readFileSync(file, 'utf8')).not.toMatch(phrases);
  }
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test("a council area's page she never opened shows the search for that area", async ({ page, context }) => {
    await page.goto('/');
    await waitForOfflineReady(page);
    await context.setOffline(true);
    await page.goto('/areas/fife/');
    await expect(page.locator('#find-area')).toHaveValue('fife');
    await expect(page.locator('.find-results [data-service="fife-council-homelessness"]')).toBeVisible();
  });
});

test('a search with no results still offers 999 and the hub', async ({ page }) => {
  await search(page, 'zzqqxxy');
  const none = page.locator('[data-find-none]');
  await expect(none.locator('a[href="tel:999"]')).toBeVisible();
  await expect(none.locator('a[href="/callback/"]')).toBeVisible();
});

test('a need page lists services outside the pilot regions under "Elsewhere in Scotland"', async ({ page }) => {
  await page.goto(`/${needPath('domestic-abuse')}`);
  await expect(page.locator('#in-elsewhere')).toHaveText('Elsewhere in Scotland');
  await expect(page.locator('section[aria-labelledby="in-elsewhere"] [data-service="fife-womens-aid"]')).toBeVisible();
});
