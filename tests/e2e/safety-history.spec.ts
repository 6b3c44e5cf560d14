import { expect, test } from '@playwright/test';
import { baseURL } from '../../playwright.config';

// History-light navigation (issue 3): moving around Pathway keeps one history entry.

// Ten links a visitor might follow, each as a selector on the page she is on.
const ROUTE = [
  'nav a[href="/safety/"]',
  '.breadcrumbs a[href="/"]',
  'main a[href="/regions/glasgow/"]',
  'main a[href^="/services/"]',
  '.breadcrumbs a[href="/regions/glasgow/"]',
  'nav a[href="/about/"]',
  'nav a[href="/find/"]',
  'main a[href^="/needs/"]',
  'main a[href^="/services/"]',
  '.site-bar a.brand',
];

test.describe('with JavaScript', () => {
  test('following 10 links inside Pathway adds no history entry', async ({ page }) => {
    await page.goto('/');
    const start = await page.evaluate(() => history.length);
    const visited: string[] = [];
    for (const selector of ROUTE) {
      const from = page.url();
      await page.locator(selector).first().click();
      await page.waitForURL((url) => url.href !== from);
      visited.push(new URL(page.url()).pathname);
      expect(await page.evaluate(() => history.length), `after ${selector}`).toBe(start);
    }
    expect(new Set(visited).size).toBeGreaterThanOrEqual(6);
    // With scripts on, the safety page's no-JS caveat (Back walks every page; words in the address) stays hidden.
    await page.goto('/safety/');
    const item = page.locator('li', { hasText: 'History list shows each Pathway page you open' });
    // innerText is what shows: a <noscript> is not rendered while scripts run.
    expect(await item.innerText()).not.toContain('so here Back goes through each page you opened');
  });

  test('a search sent from the home page adds no history entry', async ({ page }) => {
    await page.goto('/');
    const start = await page.evaluate(() => history.length);
    await page.getByLabel('What do you need help with?').fill('housing');
    await page.getByRole('button', { name: 'Search' }).click();
    // The words reach the search, not the address (issue 14).
    await expect(page).toHaveURL(`${baseURL}/find/`);
    await expect(page.locator('#find-q')).toHaveValue('housing');
    await expect(page.locator('[data-find-count]')).toBeVisible();
    expect(page.url()).toBe(`${baseURL}/find/`);
    expect(await page.evaluate(() => history.length)).toBe(start);
  });

  test('a shared search link opens its results, then leaves the address bar without its words', async ({ page }) => {
    await page.goto('/find/?q=housing&region=glasgow');
    await expect(page.locator('#find-q')).toHaveValue('housing');
    // The server answers the link first (issue 19); the island then takes the search over.
    await expect(page.locator('[data-served-results]')).toHaveCount(0);
    await expect(page.locator('[data-find-count]')).toBeVisible();
    expect(page.url()).toBe(`${baseURL}/find/`);
    // "Share" gives the search as a link, built without visiting it.
    expect(await page.locator('[data-share-url]').getAttribute('data-share-url')).toBe(`${baseURL}/find/?q=housing&region=glasgow`);
  });

  test('phone links, other sites, new tabs and modified clicks are left to the browser', async ({ page }) => {
    await page.goto('/services/samaritans/');
    // Which clicks did the head script take? A listener added after it sees whether it
    // cancelled the click, then cancels every click so nothing navigates.
    const taken = await page.evaluate(() => {
      addEventListener('click', (e) => {
        (window as unknown as { lastTaken: boolean }).lastTaken = e.defaultPrevented;
        e.preventDefault();
      });
      const click = (href: string, init: MouseEventInit = {}, target?: string) => {
        const $a = document.createElement('a');
        $a.href = href;
        if (target) $a.target = target;
        document.body.append($a);
        $a.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init }));
        $a.remove();
        return (window as unknown as { lastTaken: boolean }).lastTaken;
      };
      return {
        phone: click('tel:116123'),
        mail: click('mailto:jo@samaritans.org'),
        otherSite: click('https://www.samaritans.org/'),
        newTab: click('/about/', {}, '_blank'),
        ctrl: click('/about/', { ctrlKey: true }),
        meta: click('/about/', { metaKey: true }),
        shift: click('/about/', { shiftKey: true }),
        middle: click('/about/', { button: 1 }),
        // Last: the head script takes this one and navigates.
        inside: click('/about/'),
      };
    });
    expect(taken).toEqual({
      phone: false, mail: false, otherSite: false, newTab: false,
      ctrl: false, meta: false, shift: false, middle: false, inside: true,
    });
  });
});

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });

  test('links still work as plain links (each adds an entry, as the safety page says)', async ({ page }) => {
    await page.goto('/');
    await page.locator('nav a[href="/safety/"]').click();
    await expect(page).toHaveURL(`${baseURL}/safety/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Staying safe online');
    await expect(page.getByText('It does not delete your browser history.', { exact: false })).toBeVisible();
    const before = await page.evaluate(() => history.length);
    await page.locator('nav a[href="/about/"]').click();
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    await page.goBack();
    const item = page.locator('li', { hasText: 'History list shows each Pathway page you open' });
    expect(await item.innerText()).toContain('so here Back goes through each page you opened');
    // Exactly when Back leaves Pathway behind (issue 14 repro 8): not "on most phones".
    await expect(page.getByText('While scripts (JavaScript) are on in your browser, pressing Back then does not come back to Pathway', { exact: false })).toBeVisible();
    await expect(page.getByText('most phones', { exact: false })).toHaveCount(0);
  });
});
