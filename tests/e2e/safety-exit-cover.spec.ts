// Nothing may hide or block the quick exit (issue 14). Every kind of page, in English and
// Arabic, at phone widths, desktop and 400 % zoom, scrolled through the whole page: the
// element at the exit's centre is the exit, only the exit bar sticks, and a click (a tap
// on the touch phone) at that point leaves. The map, error summaries and server error
// pages are opened as she would meet them.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { EXIT_URL, stubOtherSites } from './support/exit';

interface Viewport { name: string; width: number; height: number; touch?: boolean }
const VIEWPORTS: Viewport[] = [
  { name: '320', width: 320, height: 740 },
  { name: '360', width: 360, height: 740 },
  { name: '390 touch', width: 390, height: 844, touch: true },
  { name: '1280', width: 1280, height: 800 },
  // 400 % zoom of a 1280×1024 screen: 320×256 CSS px.
  { name: '400 % zoom', width: 320, height: 256 },
];

interface Kind { name: string; path: string; prepare?: (page: Page) => Promise<void> }
const showMap = async (page: Page) => {
  await page.locator('[data-map-launcher] button').first().click();
  await page.locator('.leaflet-container').waitFor();
};
const KINDS: Kind[] = [
  { name: 'home', path: '' },
  { name: 'region with the map open', path: 'regions/glasgow/', prepare: showMap },
  { name: 'need', path: 'needs/housing/' },
  { name: 'service', path: 'services/glasgow-city-council-homelessness/' },
  {
    name: 'find with results and the map open', path: 'find/',
    prepare: async (page) => {
      await page.locator('#find-q').fill('housing');
      await page.locator('[data-find-count]').waitFor();
      await showMap(page);
    },
  },
  {
    name: 'callback with errors', path: 'callback/',
    prepare: async (page) => {
      await page.locator('form.callback-form[novalidate]').waitFor();
      await page.locator('form.callback-form button[type="submit"]').click();
      await page.locator('.error-summary a').first().click();
    },
  },
  { name: 'callback sent', path: 'callback/sent/' },
  { name: 'safety', path: 'safety/' },
  { name: 'about', path: 'about/' },
  { name: 'offline', path: 'offline/' },
  { name: '404', path: 'no-such-page/' },
  { name: 'server error (400)', path: '%E0%A4%A/' },
];

/** Scroll positions from top to bottom, about half a screen apart (at most 12). */
async function scrollStops(page: Page): Promise<number[]> {
  const { max, step } = await page.evaluate(() => ({
    max: document.documentElement.scrollHeight - innerHeight,
    step: Math.max(innerHeight / 2, 1),
  }));
  const stops = new Set<number>([0, Math.max(max, 0)]);
  const every = Math.max(step, max / 11);
  for (let y = every; y < max; y += every) stops.add(Math.round(y));
  return [...stops].sort((a, b) => a - b);
}

/** What is at the exit's centre, and where that centre is. */
function hitTest(page: Page) {
  return page.evaluate(() => {
    const $exit = document.querySelector<HTMLElement>('a[data-quick-exit]')!;
    const r = $exit.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const $hit = document.elementFromPoint(x, y);
    const onTop = $hit !== null && $exit.contains($hit);
    const what = $hit ? `${$hit.tagName.toLowerCase()}.${($hit.getAttribute("class") ?? "").split(" ")[0]}` : 'nothing';
    return { x, y, onTop, what, visible: r.bottom > 0 && r.top < innerHeight };
  });
}

/** Every element that sticks or is fixed and shows, as "tag.class height". */
function stuck(page: Page) {
  return page.evaluate(() =>
    [...document.body.querySelectorAll<HTMLElement>('*')]
      .filter(($el) => ['sticky', 'fixed'].includes(getComputedStyle($el).position) && $el.getClientRects().length > 0)
      .map(($el) => ({ what: `${$el.tagName.toLowerCase()}.${($el.getAttribute("class") ?? "").split(" ")[0]}`, height: $el.getBoundingClientRect().height })),
  );
}

async function openPage(browser: Browser, viewport: Viewport) {
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    hasTouch: viewport.touch ?? false,
    isMobile: viewport.touch ?? false,
    serviceWorkers: 'block',
  });
  await stubOtherSites(context);
  return { context, page: await context.newPage() };
}

for (const lang of ['', 'ar/']) {
  for (const kind of KINDS) {
    test(`the exit stays on top and leaves: ${kind.name}${lang ? ' (Arabic)' : ''}`, async ({ browser }) => {
      test.setTimeout(120_000);
      const failures: string[] = [];
      for (const viewport of VIEWPORTS) {
        const { context, page } = await openPage(browser, viewport);
        await page.goto(`/${lang}${kind.path}`);
        await kind.prepare?.(page);
        for (const y of await scrollStops(page)) {
          await page.evaluate((top) => window.scrollTo(0, top), y);
          const hit = await hitTest(page);
          if (!hit.visible || !hit.onTop) failures.push(`${viewport.name}, scrollY ${y}: ${hit.visible ? `covered by ${hit.what}` : 'off screen'}`);
        }
        const sticking = await stuck(page);
        const others = sticking.filter((s) => s.what !== 'div.exit-bar');
        if (others.length > 0) failures.push(`${viewport.name}: also sticks: ${others.map((s) => s.what).join(', ')}`);
        const bar = sticking.find((s) => s.what === 'div.exit-bar');
        if (!bar) failures.push(`${viewport.name}: the exit bar does not stick`);
        else if (viewport.width === 360 && bar.height > 56) failures.push(`360: exit bar ${bar.height} px tall`);
        // Leave from the middle of the page, where the map or the form sits.
        const stops = await scrollStops(page);
        await page.evaluate((top) => window.scrollTo(0, top), stops[Math.floor(stops.length / 2)]!);
        const { x, y } = await hitTest(page);
        if (viewport.touch) await page.touchscreen.tap(x, y);
        else await page.mouse.click(x, y);
        await expect(page, `${viewport.name}: the exit leaves`).toHaveURL(EXIT_URL);
        await context.close();
      }
      expect(failures).toEqual([]);
    });
  }
}
