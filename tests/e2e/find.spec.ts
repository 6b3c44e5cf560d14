import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { watchCspViolations } from './support/csp';
import { contentServices } from './support/site';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './support/callback';
import { baseURL } from '../../playwright.config';
import { CLIENT_DIR, gzipBytes } from '../../scripts/lib/page-weight';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const resultIds = (page: Page) => page.locator('.find-results [data-service]').evaluateAll((els) => els.map((e) => e.getAttribute('data-service')));

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const openFilters = (page: Page) => page.locator('summary', { hasText: 'Narrow the results' }).click();
const openPostcode = (page: Page) => page.locator('summary', { hasText: 'Where am I?' }).click();

/**
 * The search as a link to share: the page's own URL stays /find/ (her words never enter
 * it, issue 14); the search's share link carries the state.
 */
async function expectSearchLink(page: Page, link: RegExp) {
  await expect(page.locator('[data-share-url]')).toHaveAttribute('data-share-url', link);
  expect(new URL(page.url()).search).toBe('');
}
const searchLink = (page: Page) => page.locator('[data-share-url]').getAttribute('data-share-url') as Promise<string>;

async function typeQuery(page: Page, text: string) {
  const box = page.getByRole('searchbox', { name: 'What do you need help with?' });
  await box.click();
  await box.pressSequentially(text);
}

test.describe('search on find/', () => {
  test('typing shows ranked results, without growing history and without leaving the site', async ({ page }) => {
    const otherHosts: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(baseURL) && !r.url().startsWith('data:')) otherHosts.push(r.url());
    });
    const refused = watchCspViolations(page);
    await page.goto('/find/');
    const before = await page.evaluate(() => history.length);
    await typeQuery(page, 'housing glasgow');
    await expect(page.locator('[data-find-count]')).toContainText('found');
    // The list may still show an earlier keystroke's answer: wait until it settles.
    await expectSearchLink(page, /\/find\/\?q=housing\+glasgow$/);
    await expect.poll(async () => (await resultIds(page))[0]).toBe('glasgow-city-council-homelessness');
    const ids = await resultIds(page);
    // National housing lines serve Glasgow too, below the local service.
    expect(ids).toContain('shelter-scotland-helpline');
    expect(ids).not.toContain('city-of-edinburgh-council-homelessness');
    expect(await page.evaluate(() => history.length)).toBe(before);
    await expectSearchLink(page, /\/find\/\?q=housing\+glasgow$/);
    expect(otherHosts).toEqual([]);
    expect(refused).toEqual([]);
    // The map (issue 8) reads the listed services from the same attributes as ServiceCard.
    const local = page.locator('[data-search-results] [data-service="glasgow-city-council-homelessness"]');
    await expect(local).toHaveAttribute('data-areas', 'glasgow-city');
    await expect(page.locator('[data-search-results] [data-service="shelter-scotland-helpline"]')).toHaveAttribute('data-national', '');
  });

  test('keeps what she typed before the page finished loading', async ({ page }) => {
    // Hold the island's script back so the box is typed into before it hydrates.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/FindSearch\.[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/find/', { waitUntil: 'domcontentloaded' });
    await page.getByRole('searchbox').fill('samaritans');
    release();
    await expect(page.locator('.find-results [data-service="samaritans"]')).toBeVisible();
    await expect(page.getByRole('searchbox')).toHaveValue('samaritans');
  });

  test('finds a service through a typo', async ({ page }) => {
    await page.goto('/find/');
    await typeQuery(page, 'samaritns');
    await expect(page.locator('.find-results [data-service="samaritans"]')).toBeVisible();
  });

  test('filters narrow the results and go into the search link, not the page URL', async ({ page }) => {
    await page.goto('/find/');
    await openFilters(page);
    await page.getByLabel('Kind of help').selectOption('exit-support');
    await page.getByLabel('Type of service').selectOption('specialist');
    await expectSearchLink(page, /\/find\/\?need=exit-support&kind=specialist$/);
    // Results follow the filters a moment later (the worker answers): wait for them.
    const cards = page.locator('.find-results .card');
    await expect
      .poll(async () => {
        const all = await cards.count();
        return all > 0 && all === (await cards.locator('.badge').count());
      })
      .toBe(true);
    await page.getByLabel('Region').selectOption('edinburgh-borders');
    await expect(page.locator('.find-results [data-service="routes-out-glasgow"]')).toHaveCount(0);
    await expect(page.locator('.find-results [data-service="another-way-sacro-edinburgh"]')).toBeVisible();
  });

  test('a shared link restores the same results', async ({ page, context }) => {
    await page.goto('/find/');
    await typeQuery(page, 'housng');
    await openFilters(page);
    await page.getByLabel('Region').selectOption('glasgow');
    await page.getByLabel('Free only').check();
    await expectSearchLink(page, /\/find\/\?q=housng&region=glasgow&free=1$/);
    const link = await searchLink(page);

    const other = await context.newPage();
    await other.goto(link);
    await expect(other.locator('[data-find-count]')).toContainText('found');
    // Both pages settle on the same list (the first may still be answering its last change).
    await expect.poll(async () => JSON.stringify(await resultIds(page))).toBe(JSON.stringify(await resultIds(other)));
    const restored = await resultIds(other);
    expect(restored.length).toBeGreaterThan(0);
    // Every result is free (the filter came along with the words).
    const free = new Set(contentServices().filter((s) => s.free === true).map((s) => s.id));
    expect(restored.filter((id) => !free.has(id!))).toEqual([]);
    await expect(other.getByRole('searchbox')).toHaveValue('housng');
    await expect(other.getByLabel('Free only')).toBeChecked();
  });

  test('the home page search box opens find/ with its results', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('What do you need help with?').fill('samaritans');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.locator('.find-results [data-service="samaritans"]')).toBeVisible();
    await expectSearchLink(page, /\/find\/\?q=samaritans$/);
  });

  test('says so when nothing matches', async ({ page }) => {
    await page.goto('/find/?q=zzqqxxy');
    await expect(page.getByText('No service matches.')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a shared search link loads at most 30 KB gzip of JavaScript, the worker included', async ({ page }) => {
    const fetched = new Set<string>();
    page.on('response', (r) => {
      const { pathname } = new URL(r.url());
      if (pathname.endsWith('.js')) fetched.add(pathname);
    });
    await page.goto('/find/?q=housing');
    // The server's cards come first (issue 19); the island's replace them once it searched.
    await expect(page.locator('[data-served-results]')).toHaveCount(0);
    await expect(page.locator('.find-results .card').first()).toBeVisible();
    expect([...fetched].some((p) => p.includes('search-worker'))).toBe(true);
    const bytes = [...fetched].reduce((n, f) => n + gzipBytes(readFileSync(join(CLIENT_DIR, f))), 0);
    expect(bytes, [...fetched].join(', ')).toBeLessThanOrEqual(30 * 1024);
  });

  test('passes axe with results', async ({ page }) => {
    await page.goto('/find/?q=housing&region=glasgow');
    await expect(page.locator('.find-results .card').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('where am I?', () => {
  const postcode = (page: Page) => page.getByLabel('Postcode, or just its first half');

  test('a full postcode gives its council area and filters the results', async ({ page }) => {
    await page.goto('/find/');
    await openPostcode(page);
    await postcode(page).fill('PA1 1AA');
    await page.getByRole('button', { name: 'Find my area' }).click();
    await expect(page.locator('[data-postcode-answer]')).toContainText('PA1 is in Renfrewshire.');
    await expect(page.getByLabel('Council area')).toHaveValue('renfrewshire');
    await expectSearchLink(page, /\/find\/\?area=renfrewshire$/);
  });

  test('the first half works, and the hub region is named', async ({ page }) => {
    await page.goto('/find/');
    await openPostcode(page);
    await postcode(page).fill('iv2');
    await page.getByRole('button', { name: 'Find my area' }).click();
    await expect(page.locator('[data-postcode-answer]')).toContainText('IV2 is in Highland. Hub region: Highland.');
  });

  test('a district with several council areas lets her choose', async ({ page }) => {
    await page.goto('/find/');
    await openPostcode(page);
    await postcode(page).fill('DD2');
    await page.getByRole('button', { name: 'Find my area' }).click();
    const choices = page.locator('[data-postcode-choices]');
    await expect(choices.getByRole('radio')).toHaveCount(3);
    await expectNoAxeViolations(page);
    await choices.getByLabel('Dundee City').check();
    await expect(page.getByLabel('Council area')).toHaveValue('dundee-city');
    await expect(page.locator('[data-postcode-answer]')).toContainText('Hub region: Dundee.');
  });

  test('the home page postcode box opens find/ with the area found', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Postcode, or just its first half').fill('G1 1AA');
    await page.getByRole('button', { name: 'Find my area' }).click();
    await expect(page.locator('[data-postcode-answer]')).toContainText('G1 is in Glasgow City.');
    await expect(page.getByLabel('Council area')).toHaveValue('glasgow-city');
    await expect(page.locator('.find-results [data-service="routes-out-glasgow"]')).toBeVisible();
    await expectSearchLink(page, /\/find\/\?area=glasgow-city$/);
  });

  test('the home page keeps her words when she looks up a postcode, and the answer takes focus', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('What do you need help with?').fill('housing tonight');
    await page.getByLabel('Postcode, or just its first half').fill('G1 1AA');
    await page.getByLabel('Postcode, or just its first half').press('Enter');
    await expect(page.locator('#find-q')).toHaveValue('housing tonight');
    await expect(page.getByLabel('Council area')).toHaveValue('glasgow-city');
    await expect(page.locator('[data-postcode-answer]')).toBeFocused();
    expect(new URL(page.url()).search).toBe('');
    // With JavaScript the postcode never left the phone, and the page says so.
    await expect(page.locator('#postcode-hint')).toContainText('It is not sent anywhere');
  });

  test('the answer shows by the box and takes focus; the filters stay folded', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto('/find/');
    await openPostcode(page);
    await postcode(page).fill('EH6 5AA');
    await postcode(page).press('Enter');
    await expect(page.locator('[data-postcode-answer]')).toBeFocused();
    await expect(page.locator('[data-postcode-answer]')).toBeInViewport();
    await expect(page.locator('[data-find-filters]')).not.toHaveAttribute('open');
  });

  test('bad input gets a plain message', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/find/');
    await openPostcode(page);
    await postcode(page).fill('hello!');
    await page.getByRole('button', { name: 'Find my area' }).click();
    await expect(page.locator('[data-postcode-answer]')).toContainText('does not look like a postcode');
    await postcode(page).fill('SW1A 1AA');
    await page.getByRole('button', { name: 'Find my area' }).click();
    await expect(page.locator('[data-postcode-answer]')).toContainText('We do not know SW1A');
    expect(errors).toEqual([]);
  });
});

test.describe('sharing', () => {
  test('copies the link and confirms it where the Web Share API is missing', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'share', { value: undefined }));
    await page.goto('/find/?q=housing');
    await expect(page.locator('[data-share-url]')).toHaveAttribute('data-share-url', /q=housing$/);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator('[data-share-status]')).toHaveText('Link copied. You can paste it in a message.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/find/?q=housing`);
  });

  test('falls back to copying, with a message, when the Web Share API refuses', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // Issue 17 (8): share exists but refuses (not her cancel): before, nothing happened.
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'share', {
      value: () => Promise.reject(new DOMException('Share is not allowed here', 'NotAllowedError')),
    }));
    await page.goto('/find/?q=housing');
    await page.getByRole('button', { name: 'Share link' }).click();
    await expect(page.locator('[data-share-status]')).toHaveText('Link copied. You can paste it in a message.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/find/?q=housing`);
  });

  test('says nothing and copies nothing when she cancels the share sheet', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'share', {
      value: () => {
        document.documentElement.dataset.shareCalls = String(Number(document.documentElement.dataset.shareCalls ?? 0) + 1);
        return Promise.reject(new DOMException('Share canceled', 'AbortError'));
      },
    }));
    await page.goto('/find/?q=housing');
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await page.getByRole('button', { name: 'Share link' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-share-calls', '1');
    // A copy would follow the refusal within a task or two; give it the chance to be wrong.
    await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
    await expect(page.locator('[data-share-status]')).toHaveText('');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before');
  });

  test('shows a QR code of the page as an SVG drawn on the page', async ({ page }) => {
    const requests: string[] = [];
    await page.goto('/services/samaritans/');
    page.on('request', (r) => requests.push(r.url()));
    await page.getByRole('button', { name: 'Show QR code' }).click();
    const qr = page.getByRole('img', { name: 'QR code of the link to this page' });
    await expect(qr.locator('svg')).toBeVisible();
    // The QR encoder's script came from this site; nothing went anywhere else.
    expect(requests.some((u) => /\/_astro\/qr\.[\w-]+\.js$/.test(u))).toBe(true);
    expect(requests.filter((u) => !u.startsWith(baseURL))).toEqual([]);
    // From the top: scrolled, the sticky exit bar covers whatever passes under it, and axe
    // counts a covered link as too small a target.
    await page.evaluate(() => scrollTo(0, 0));
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Hide QR code' }).click();
    await expect(qr).toHaveCount(0);
  });

  test('is on region pages too', async ({ page }) => {
    await page.goto('/regions/glasgow/');
    await expect(page.getByRole('button', { name: 'Show QR code' })).toBeVisible();
  });

  test('prints a clean list with phone numbers and checked dates', async ({ page }) => {
    await page.goto('/find/?q=samaritans');
    await expect(page.locator('.find-results [data-service="samaritans"]')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-quick-exit]')).toBeHidden();
    await expect(page.locator('.site-nav')).toBeHidden();
    await expect(page.locator('[data-share]')).toBeHidden();
    await expect(page.getByRole('searchbox')).toBeHidden();
    const card = page.locator('.find-results [data-service="samaritans"]');
    await expect(card.locator('.phone').first()).toBeVisible();
    await expect(card.locator('.card-checked')).toContainText('Last checked');

    await expect(page.locator('.languages')).toBeHidden();
    await expect(page.locator('[data-map-launcher]')).toBeHidden();

    await page.goto('/regions/glasgow/');
    await expect(page.locator('[data-quick-exit]')).toBeHidden();
    await expect(page.locator('.card .phone').first()).toBeVisible();
    await page.goto('/services/samaritans/');
    await expect(page.locator('.callback-link')).toBeHidden();
    await expect(page.locator('.phone').first()).toBeVisible();
  });
});

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });

  test('find/ sends the search to the server, says so, and keeps her words out of the address', async ({ page }) => {
    await page.goto('/find/');
    // Said plainly: the search goes to the server here; nothing claims it stays on the phone.
    await expect(page.locator('[data-find-nojs]')).toContainText('your search is sent to this site’s server');
    await expect(page.getByText('Nothing you type leaves this phone.')).toBeHidden();
    await expect(page.getByRole('link', { name: 'Glasgow' }).first()).toHaveAttribute('href', '/regions/glasgow/');
    await page.getByRole('searchbox').fill('doctor');
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Search', exact: true }).click(),
    ]);
    // Never kept by any cache, and never in the address bar or the History list.
    expect(answer.headers()['cache-control']).toBe('no-store');
    // The answer opens at its results, not at the top of the page again.
    expect(page.url()).toMatch(/\/find\/#served-results-heading$/);
    await expect(page.locator('#served-results-heading')).toBeInViewport();
    await expect(page.getByRole('searchbox')).toHaveValue('doctor');
    await expect(page.locator('[data-find-count]')).toContainText('found');
    await expect(page.locator('.find-results [data-service]').first()).toHaveAttribute('data-service', 'nhs-24');
    // The island's own results and its script-only controls stay out of the way.
    await expect(page.locator('[data-share]')).toHaveCount(0);
  });

  test('a shared link is answered by the server with its filters shown', async ({ page }) => {
    await page.goto('/find/?q=housing&region=glasgow&kind=specialist');
    await expect(page.locator('#find-region')).toHaveValue('glasgow');
    await expect(page.locator('#find-kind')).toHaveValue('specialist');
    await expect(page.locator('[data-find-filters]')).toHaveAttribute('open', '');
    await expect(page.locator('.find-results [data-service="routes-out-glasgow"]')).toBeVisible();
    // Filters alone (no words) answer too; nothing matching still leaves a way on.
    await page.goto('/find/?need=health&region=highland');
    await expect(page.locator('.find-results [data-service]').first()).toBeVisible();
    await page.goto('/find/?q=zzqxw');
    await expect(page.locator('[data-find-none]')).toContainText('999');
  });

  test('the home page sends words and postcode together, and the postcode keeps the words', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('What do you need help with?').fill('housing');
    await page.getByLabel('Postcode, or just its first half').fill('G1 1AA');
    await page.getByRole('button', { name: 'Find my area' }).click();
    await expect(page).toHaveURL(/\/find\/#served-results-heading$/);
    await expect(page.getByRole('searchbox')).toHaveValue('housing');
    await expect(page.locator('[data-postcode-answer]')).toContainText('G1 is in Glasgow City.');
    // Her postcode went to the server: nothing here may say it was not sent anywhere.
    await expect(page.locator('#postcode-hint')).toBeVisible();
    await expect(page.locator('#postcode-hint [data-js-only]')).toBeHidden();
    await expect(page.locator('#find-area')).toHaveValue('glasgow-city');
    await expect(page.locator('.find-results [data-service="routes-out-glasgow"]')).toBeVisible();
  });

  test('a district of several areas is answered with a choice, and the choice is kept', async ({ page }) => {
    await page.goto('/find/');
    await page.locator('[data-postcode] summary').click();
    await page.locator('#postcode').fill('DD2');
    await page.locator('[data-postcode-button]').click();
    await page.locator('[data-postcode-choices]').getByLabel('Dundee City').check();
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page.locator('#find-area')).toHaveValue('dundee-city');
    await expect(page.locator('[data-postcode-answer]')).toContainText('Hub region: Dundee.');
  });

  test('a bad search request gets a Pathway page, and the server stays up', async ({ request }) => {
    const origin = { origin: baseURL };
    const wrongType = await request.post('/find/', { headers: { ...origin, 'content-type': 'text/plain' }, data: 'q=x' });
    expect(wrongType.status()).toBe(415);
    expect(await wrongType.text()).toContain('data-quick-exit');
    const huge = await request.post('/find/', { headers: origin, form: { q: 'x'.repeat(100_000) } });
    expect(huge.status()).toBe(413);
    const otherSite = await request.post('/find/', { headers: { origin: 'https://example.org' }, form: { q: 'x' } });
    expect(otherSite.status()).toBe(403);
    expect((await request.fetch('/find/results/', { method: 'PUT', headers: origin })).status()).toBe(405);
    expect((await request.get('/xx/find/results/')).status()).toBe(404);
    const fine = await request.post('/ar/find/', { headers: origin, form: { q: 'سكن' } });
    expect(fine.status()).toBe(200);
    expect(await fine.text()).toContain('data-served-results');
  });

  test('a flood of searches from one client gets 429, Pathway\'s page, and the site keeps serving', async ({ page }) => {
    const dir = mkdtempSync(join(tmpdir(), 'pathway-search-limit-'));
    const server = await startServer(dir, { PATHWAY_SEARCH_RATE_LIMIT: '2' });
    try {
      for (let i = 0; i < 2; i++) expect((await page.goto(`${server.url}/find/?q=housing`))!.status()).toBe(200);
      const refused = await page.goto(`${server.url}/find/?q=housing`);
      expect(refused!.status()).toBe(429);
      await expect(page.locator('[data-quick-exit]')).toBeVisible();
      // The built pages (and the lists on them) still answer.
      expect((await page.goto(`${server.url}/find/`))!.status()).toBe(200);
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('service and region pages show no sharing buttons that could not work', async ({ page }) => {
    for (const path of ['/services/samaritans/', '/regions/glasgow/']) {
      // (the old service address redirects to its neutral one)
      await page.goto(path);
      await expect(page.locator('[data-share]')).toHaveCount(0);
      await expect(page.locator('.card .phone, .facts .phone').first()).toBeVisible();
    }
  });
});

test.describe('keeping her place (issue 19)', () => {
  test('the language switcher carries the search and filters, both ways, with no words in any URL', async ({ page }) => {
    await page.goto('/find/?q=housing&region=glasgow&kind=specialist');
    await expect(page.locator('[data-find-count]')).toBeVisible();
    await page.locator('.languages summary').click();
    await page.locator('.languages a[data-locale="ar"]').click();
    await page.waitForURL('**/ar/find/');
    await expect(page.locator('#find-q')).toHaveValue('housing');
    await expect(page.locator('#find-region')).toHaveValue('glasgow');
    await expect(page.locator('#find-kind')).toHaveValue('specialist');
    expect(page.url()).not.toContain('housing');
    await page.locator('.languages summary').click();
    await page.locator('.languages a[data-locale="en"]').click();
    await page.waitForURL(/\/find\/$/);
    await expect(page.locator('#find-q')).toHaveValue('housing');
    await expect(page.locator('#find-region')).toHaveValue('glasgow');
  });

  test('a shared link opens on a phone without the page moving or a "JavaScript is off" flash', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number };
      w.shifts = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!e.hadRecentInput) w.shifts += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/find/?q=housing');
    // The server's results give way to the island's, in the same place.
    await expect(page.locator('[data-served-results]')).toHaveCount(0);
    await expect(page.locator('.find-results [data-service]').first()).toBeVisible();
    await expect(page.locator('[data-find-nojs]')).toHaveCount(0);
    await expect(page.getByText('Nothing you type leaves this phone.')).toBeVisible();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThanOrEqual(0.02);
  });

  test('pressing Search moves focus to the result count, on find/ and from the home page', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto('/find/');
    await page.locator('#find-q').fill('housing');
    await page.locator('#find-q').press('Enter');
    await expect(page.locator('[data-find-count]')).toBeFocused();
    await expect(page.locator('[data-find-count]')).toBeInViewport();
    await page.goto('/');
    await page.getByLabel('What do you need help with?').fill('money');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL(/\/find\/$/);
    await expect(page.locator('[data-find-count]')).toBeFocused();
    await expect(page.locator('[data-find-count]')).toBeInViewport();
  });
});
