import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Response } from '@playwright/test';
import { watchCspViolations } from './support/csp';
import { gzipSync } from 'node:zlib';
import { baseURL } from '../../playwright.config';
import { servicePath } from '../../src/lib/neutral-path';

// The map must never tell another website where she is looking: no tiles, no request
// leaving this site, and its code loaded only when she asks for it.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const REGION_PAGE = '/regions/glasgow/';

/** Every request the page makes to a host other than this site. */
function watchForeignRequests(page: Page): string[] {
  const foreign: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && new URL(url).origin !== origin) foreign.push(url);
  });
  return foreign;
}

/** The JavaScript responses, with their gzip size. */
function recordScripts(page: Page): { url: string; gzip: number }[] {
  const scripts: { url: string; gzip: number }[] = [];
  page.on('response', async (response: Response) => {
    if (!/javascript/.test(response.headers()['content-type'] ?? '')) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    scripts.push({ url: new URL(response.url()).pathname, gzip: gzipSync(body, { level: 9 }).length });
  });
  return scripts;
}

async function openMap(page: Page) {
  await page.getByRole('button', { name: 'Show map' }).click();
  await expect(page.locator('.map-canvas path.leaflet-interactive:not([d="M0 0"])').first()).toBeVisible();
}

test.describe('with JavaScript', () => {
  test('the map code is loaded only when she presses "Show map"', async ({ page }) => {
    const scripts = recordScripts(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(REGION_PAGE);
    await page.waitForLoadState('networkidle');
    const before = [...scripts];
    expect(before.map((s) => s.url).filter((u) => /mount|leaflet|MapIsland/i.test(u))).toEqual([]);
    expect(requests.filter((u) => u.startsWith('/geo/'))).toEqual([]);

    await openMap(page);
    await page.waitForLoadState('networkidle');
    if (process.env.MAP_SCREENSHOT) await page.screenshot({ path: process.env.MAP_SCREENSHOT, fullPage: true });
    const added = scripts.slice(before.length);
    expect(added.some((s) => /mount/.test(s.url))).toBe(true);
    expect(requests).toContain('/geo/council-areas.topo.json');
    const sum = (list: { gzip: number }[]) => list.reduce((n, s) => n + s.gzip, 0);
    console.log(
      `map JS (gzip): before opening ${sum(before)} B in ${before.length} files; ` +
        `opening added ${sum(added)} B in ${added.length} files (${added.map((s) => s.url).join(', ')})`,
    );
  });

  test('no request leaves the site and no tile is drawn while opening, dragging and zooming', async ({ page }) => {
    const foreign = watchForeignRequests(page);
    const refused = watchCspViolations(page);
    await page.goto(REGION_PAGE);
    await openMap(page);
    const $canvas = page.locator('.map-canvas');
    const box = (await $canvas.boundingBox())!;
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    // Motion is allowed here, so Leaflet animates (compare the reduced-motion test).
    await expect(page.locator('.leaflet-proxy')).toHaveCount(1);
    await expect(page.locator('.leaflet-fade-anim')).toHaveCount(1);
    const panesBefore = await page.locator('.leaflet-map-pane').getAttribute('style');
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    await page.mouse.move(centre.x + 80, centre.y + 40, { steps: 8 });
    await page.mouse.up();
    await expect(page.locator('.leaflet-map-pane')).not.toHaveAttribute('style', panesBefore ?? '');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    // Reached by Tab from the button, as a keyboard user would, so focus must show.
    await page.getByRole('button', { name: 'Hide map' }).focus();
    await page.keyboard.press('Tab');
    await expect($canvas).toBeFocused();
    // The site's own focus ring (3 px), not the browser's thin default.
    expect(await $canvas.evaluate((el) => getComputedStyle(el).outlineWidth)).toBe('3px');
    for (const key of ['ArrowLeft', 'ArrowUp', 'Equal', 'Minus', 'ArrowRight']) await page.keyboard.press(key);
    await page.waitForLoadState('networkidle');
    // Hidden and shown again, the map is still there and drawn at its size.
    await page.getByRole('button', { name: 'Hide map' }).click();
    await expect($canvas).toBeHidden();
    await page.setViewportSize({ width: 500, height: 800 });
    await page.getByRole('button', { name: 'Show map' }).click();
    await expect($canvas).toBeVisible();
    // Leaflet redraws at the new size a frame or two after it is shown: wait for that.
    await expect
      .poll(() => page.locator('.leaflet-overlay-pane svg').evaluate((el) => el.getBoundingClientRect().width))
      .toBeGreaterThan(400);
    await expect(page.locator('.leaflet-tile')).toHaveCount(0);
    await expect(page.locator('.leaflet-tile-pane img')).toHaveCount(0);
    expect(foreign).toEqual([]);
    expect(refused).toEqual([]);
  });

  test('choosing an area with the keyboard lists its services and announces it', async ({ page }) => {
    await page.goto(REGION_PAGE);
    const $show = page.getByRole('button', { name: 'Show map' });
    await $show.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Hide map' })).toHaveAttribute('aria-expanded', 'true');
    const $area = page.locator('.map-areas button[data-area="glasgow-city"]');
    await expect($area).toBeVisible();
    // Reach the area button by Tab alone: every step is a real keyboard step.
    for (let i = 0; i < 80 && !(await $area.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect($area).toBeFocused();
    await page.keyboard.press('Enter');
    await expect($area).toHaveAttribute('aria-pressed', 'true');
    const $selection = page.locator('[data-map-selection]');
    await expect($selection.getByRole('heading')).toHaveText('Services in Glasgow City');
    await expect($selection.locator(`a[href="/${servicePath('routes-out-glasgow')}"]`)).toBeVisible();
    await expect(page.locator('.map-island [aria-live="polite"]')).toContainText('Glasgow City chosen.');
    // The area's outline is drawn as chosen.
    await expect(page.locator('.map-canvas path.leaflet-interactive[stroke-width="4"]')).toHaveCount(1);
    // Focus is not trapped: Tab carries on past the map to the rest of the page.
    for (let i = 0; i < 60 && (await page.evaluate(() => !!document.activeElement?.closest('.map-island'))); i++) {
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => !!document.activeElement?.closest('.map-island'))).toBe(false);
  });

  test('clicking an area on the map chooses it too', async ({ page }) => {
    await page.goto('/regions/highland/');
    await openMap(page);
    const $path = page.locator('.map-canvas path.leaflet-interactive').nth(15); // Highland (alphabetical)
    await $path.click({ force: true });
    await expect(page.locator('[data-map-selection] h2')).toHaveText('Services in Highland');
    await expect(page.locator('.map-areas button[data-area="highland"]')).toHaveAttribute('aria-pressed', 'true');
  });

  test('with reduced motion the map does not animate', async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(REGION_PAGE);
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
    await openMap(page);
    // Leaflet creates its zoom-animation proxy and fade class only when it animates
    // (the test above sees them with motion allowed).
    await expect(page.locator('.leaflet-proxy')).toHaveCount(0);
    await expect(page.locator('.leaflet-fade-anim')).toHaveCount(0);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(page.locator('.leaflet-zoom-anim')).toHaveCount(0);
    await context.close();
  });

  test('services with coordinates are markers a keyboard can reach and choose', async ({ page }) => {
    // The seed has no coordinates (none are invented), so the test lists one on the page.
    await page.goto(REGION_PAGE);
    await page.evaluate(() => {
      const $item = document.querySelector<HTMLElement>('main [data-service="routes-out-glasgow"]')!;
      $item.dataset['lat'] = '55.8609';
      $item.dataset['lon'] = '-4.2514';
    });
    await openMap(page);
    const $marker = page.locator('.map-marker');
    await expect($marker).toHaveCount(1);
    await expect($marker).toHaveAttribute('aria-label', /Routes Out/);
    await $marker.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator(`[data-map-selection] a[href="/${servicePath('routes-out-glasgow')}"]`)).toBeVisible();
  });

  test('the page with the map open passes axe (WCAG 2.2 AA)', async ({ page }) => {
    await page.goto(REGION_PAGE);
    await openMap(page);
    await page.locator('.map-areas button[data-area="glasgow-city"]').click();
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('the search page opens the map too, highlighting the region filter', async ({ page }) => {
    const foreign = watchForeignRequests(page);
    await page.goto('/find/?region=dundee');
    await openMap(page);
    await expect(page.locator('.map-areas button.current')).toHaveAttribute('data-area', 'dundee-city');
    expect(foreign).toEqual([]);
  });
});

test('on the search page the map follows the listed results as they change', async ({ page }) => {
  // Stands in for the search's result list: the contract is [data-search-results] holding
  // items with the data attributes of ServiceCard.astro.
  await page.goto('/find/');
  await openMap(page);
  const $glasgow = page.locator('.map-areas button[data-area="glasgow-city"]');
  await expect($glasgow).toHaveText('Glasgow City: 0 services');
  await page.evaluate(() => {
    const item = (id: string) =>
      `<li data-service="${id}" data-areas="glasgow-city"><a href="/services/${id}/">${id}</a></li>`;
    document.querySelector('main')!.insertAdjacentHTML(
      'beforeend',
      `<ul data-search-results>${item('routes-out-glasgow')}${item('glasgow-womens-aid')}</ul>`,
    );
  });
  await expect($glasgow).toHaveText('Glasgow City: 2 services');
  await page.evaluate(() => {
    document.querySelector<HTMLElement>('[data-search-results] li')!.hidden = true;
  });
  await expect($glasgow).toHaveText('Glasgow City: 1 service');
  await $glasgow.click();
  await expect(page.locator('[data-map-selection] a')).toHaveText(['glasgow-womens-aid']);
});

test('in another language the map speaks it, with place names marked as English', async ({ page }) => {
  await page.goto('/ar/regions/glasgow/');
  await page.getByRole('button', { name: 'اعرضي الخريطة' }).click();
  await expect(page.locator('.map-areas h2')).toHaveText('مناطق المجالس المحلية');
  const $glasgow = page.locator('.map-areas button[data-area="glasgow-city"]');
  await expect($glasgow.locator('bdi[lang="en"]')).toHaveText('Glasgow City');
  await $glasgow.click();
  await expect(page.locator('.map-island [aria-live="polite"]')).toContainText('تم اختيار Glasgow City.');
});

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });

  test('there is no "Show map" button and the list is the page', async ({ page }) => {
    for (const path of [REGION_PAGE, '/find/']) {
      await page.goto(path);
      await expect(page.getByRole('button', { name: 'Show map' })).toHaveCount(0);
      await expect(page.locator('.map-island')).toHaveCount(0);
    }
    await page.goto(REGION_PAGE);
    await expect(page.locator('main [data-service="routes-out-glasgow"] .card-title a')).toBeVisible();
  });
});
