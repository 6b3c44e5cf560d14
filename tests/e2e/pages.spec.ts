import { expect, test } from '@playwright/test';
import { builtPages, contentServices } from './support/site';
import { HUB_REGION_IDS } from '../../src/lib/schema/taxonomy';
import { servicePath } from '../../src/lib/neutral-path';

const services = contentServices();

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'when JavaScript is unavailable', () => {
    test.use({ javaScriptEnabled });

    test('home page offers 999, the 24-hour helplines, regions, needs and search', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('h1')).toHaveText('Find support in Scotland');
      await expect(page.locator('a[href="tel:999"]')).toBeVisible();
      const helplines = page.locator('section[aria-labelledby="helplines-heading"] a[href^="tel:"]');
      expect(await helplines.count()).toBeGreaterThanOrEqual(3);
      for (const region of HUB_REGION_IDS) {
        await expect(page.locator(`a[href="/regions/${region}/"]`).first()).toBeVisible();
      }
      await page.getByLabel('What do you need help with?').fill('housing');
      await page.getByRole('button', { name: 'Search' }).click();
      // Her words reach the search without entering the address: handed over on the phone
      // (issue 14), or without JavaScript posted to the server's search (issue 19).
      await expect(page).toHaveURL(/\/find\/(#served-results-heading)?$/);
      await expect(page.locator('#find-q')).toHaveValue('housing');
      await expect(page.locator('.find-results [data-service]').first()).toBeVisible();
    });

    test('a region page lists specialist services first, then national services', async ({ page }) => {
      await page.goto('/regions/glasgow/');
      // The sharing tools' own heading (src/islands/share) follows the lists.
      const headings = await page.locator('main h2:not(#share-heading)').allTextContents();
      expect(headings[0]).toContain('Specialist support');
      expect(headings.at(-1)).toBe('Services for all of Scotland');
      await expect(page.locator('#specialist ~ ul [data-service="routes-out-glasgow"], section[aria-labelledby="specialist"] [data-service="routes-out-glasgow"]')).toHaveCount(1);
    });

    test('every region has a page', async ({ page }) => {
      for (const region of HUB_REGION_IDS) {
        const response = await page.goto(`/regions/${region}/`);
        expect(response?.status(), region).toBe(200);
        await expect(page.locator('h1')).toContainText('Support in');
      }
    });

    test('a service page shows tel: links, hours, sources and last checked', async ({ page }) => {
      await page.goto('/services/scotlands-domestic-abuse-and-forced-marriage-helpline/');
      await expect(page.locator('a[href="tel:08000271234"]')).toBeVisible();
      await expect(page.locator('a[href="mailto:helpline@sdafmh.org.uk"]')).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Where this information comes from' })).toBeVisible();
      await expect(page.locator('[data-checked]')).toHaveText('Not yet checked');
      await expect(page.locator('.sources a[href="https://safer.scot/information/da/report/"]')).toBeVisible();
      await page.goto('/services/social-security-scotland/');
      await expect(page.getByText('8am-6pm Monday to Friday', { exact: false }).first()).toBeVisible();
    });
  });
}

test('every service in the content has a page with its numbers as tel: links and its sources', async ({ page }) => {
  expect(services.length).toBeGreaterThanOrEqual(62);
  const pages = new Set(builtPages());
  for (const s of services) {
    expect(pages.has(`/${servicePath(s.id)}`), s.id).toBe(true);
    await page.goto(`/services/${s.id}/`);
    for (const p of s.phone ?? []) {
      await expect(page.locator(`main a[href="tel:${p.number.replace(/[^+0-9]/g, '')}"]`).first(), `${s.id} ${p.number}`).toBeVisible();
    }
    await expect(page.locator('.sources li a')).toHaveCount(s.sources.length);
    await expect(page.locator('[data-checked]')).toHaveText(s.checked ? /^Last checked: / : /^Not yet checked$/);
  }
});

test('an unknown address answers 404 with a way home', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
});

test('pages fit a 360 px wide screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/', '/regions/glasgow/', '/services/social-security-scotland/', '/about/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('a skip link is the second stop after the quick exit and moves focus to main', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('data-quick-exit', '');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveClass(/skip-link/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});
