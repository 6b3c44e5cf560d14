import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { builtPages, contentServices } from './support/site';
import { LOCALES } from '../../src/i18n/locales';
import { servicePath } from '../../src/lib/neutral-path';

const OTHERS = LOCALES.filter((l) => l.code !== 'en');
const strings = (code: string) =>
  JSON.parse(readFileSync(`src/i18n/locales/${code}.json`, 'utf8')) as Record<string, string>;
const english = strings('en');
const prefixOf = (path: string) => OTHERS.find((l) => path.startsWith(`/${l.code}/`))?.code ?? 'en';
const within = (path: string) => path.replace(/^\/(ro|pl|zh|th|vi|sq|es|ar)\//, '/');

// A service with interpreting details, and one without.
const WITH_LANGUAGES = 'scotlands-domestic-abuse-and-forced-marriage-helpline';
const WITHOUT_LANGUAGES = contentServices().find((s) => !s.languages)!.id;

test('every page exists in every language', () => {
  const pages = builtPages().filter((p) => p !== '/404.html');
  const english = pages.filter((p) => prefixOf(p) === 'en').sort();
  expect(english.length).toBeGreaterThan(80);
  for (const { code } of OTHERS) {
    const inLanguage = pages.filter((p) => prefixOf(p) === code).map(within).sort();
    expect(inLanguage, code).toEqual(english);
  }
});

test('every internal link on a page in a language stays in that language', () => {
  // Read from the built HTML, every page of every language: only the language switcher
  // (data-locale) may lead to another language. The open-data export (/hsds/) is data in
  // one form for every language, not a page.
  const problems: string[] = [];
  for (const path of builtPages().filter((p) => p !== '/404.html')) {
    const code = prefixOf(path);
    const html = readFileSync(`dist/client${path}index.html`, 'utf8');
    for (const [tag] of html.matchAll(/<a\b[^>]*>/g)) {
      if (tag.includes('data-locale')) continue;
      const href = /href="([^"]*)"/.exec(tag)?.[1];
      if (!href?.startsWith('/') || href.startsWith('/hsds/')) continue;
      const ok = code === 'en' ? prefixOf(href) === 'en' : href.startsWith(`/${code}/`);
      if (!ok) problems.push(`${path}: ${href}`);
    }
  }
  expect(problems).toEqual([]);
});

test('each language keeps the quick exit and every exit string translated', () => {
  // Covers exit.label, exit.hint and any later exit.* string (e.g. announcements).
  const exitKeys = Object.keys(english).filter((k) => k.startsWith('exit.'));
  expect(exitKeys).toEqual(expect.arrayContaining(['exit.label', 'exit.hint']));
  for (const { code } of OTHERS) {
    const own = strings(code);
    for (const key of exitKeys) {
      // A plural key ("exit.pressesLeft_one") is present in the forms the language has
      // (Chinese has only "_other").
      const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
      const forms = Object.keys(own).filter((k) => k === key || (base !== key && k.startsWith(`${base}_`)));
      expect(forms, `${code} ${key}`).not.toEqual([]);
      for (const form of forms) {
        expect(own[form], `${code} ${form}`).toBeTruthy();
        expect(own[form], `${code} ${form}`).not.toBe(english[key]);
      }
    }
  }
});

async function openSwitcher(page: Page) {
  await page.locator('details.languages > summary').click();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'when JavaScript is unavailable', () => {
    test.use({ javaScriptEnabled });

    test('html lang and dir, and the quick exit label and hint, in every language', async ({ page }) => {
      for (const { code, tag, dir } of LOCALES) {
        const own = strings(code);
        const path = code === 'en' ? `/services/${WITH_LANGUAGES}/` : `/${code}/services/${WITH_LANGUAGES}/`;
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('lang', tag);
        await expect(page.locator('html')).toHaveAttribute('dir', dir);
        const exit = page.locator('a[data-quick-exit]');
        await expect(exit).toContainText(own['exit.label']!);
        await expect(exit.locator('.visually-hidden')).toHaveText(`. ${own['exit.hint']}`);
      }
    });

    test('the switcher goes to the same page in the other language', async ({ page }) => {
      await page.goto(`/ro/services/${WITH_LANGUAGES}/`);
      await openSwitcher(page);
      const polski = page.locator('details.languages a[lang="pl"]');
      await expect(polski).toHaveText('Polski');
      await polski.click();
      await expect(page).toHaveURL(`/pl/${servicePath(WITH_LANGUAGES)}`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'pl');

      await openSwitcher(page);
      await page.locator('details.languages a[lang="ar"]').click();
      await expect(page).toHaveURL(`/ar/${servicePath(WITH_LANGUAGES)}`);
      await openSwitcher(page);
      await page.locator('details.languages a[lang="en"]').click();
      await expect(page).toHaveURL(`/${servicePath(WITH_LANGUAGES)}`);

      await page.goto('/regions/glasgow/');
      await openSwitcher(page);
      await page.locator('details.languages a[lang="zh-Hans"]').click();
      await expect(page).toHaveURL('/zh/regions/glasgow/');
      await expect(page.locator('details.languages a[aria-current="true"]')).toHaveText('中文');
    });

    test('the switcher names every language in itself', async ({ page }) => {
      await page.goto('/about/');
      await openSwitcher(page);
      const links = page.locator('details.languages a');
      await expect(links).toHaveText(LOCALES.map((l) => l.name));
      for (const { tag } of LOCALES) await expect(page.locator(`details.languages a[lang="${tag}"]`)).toHaveCount(1);
    });

    test('a woman who arrives in Romanian stays in Romanian', async ({ page }) => {
      await page.goto('/ro/');
      await page.locator('main a[href="/ro/regions/glasgow/"]').click();
      await expect(page).toHaveURL('/ro/regions/glasgow/');
      await page.locator('main .card-title a').first().click();
      await expect(page).toHaveURL(/^.*\/ro\/services\/[a-z0-9-]+\/$/);
      await page.locator('.breadcrumbs a').first().click();
      await expect(page).toHaveURL('/ro/');
      await page.getByRole('link', { name: 'Despre noi' }).click();
      await expect(page).toHaveURL('/ro/about/');
    });

    test('service details say once that they are in English, and point to interpreting', async ({ page }) => {
      await page.goto(`/es/services/${WITH_LANGUAGES}/`);
      const note = page.locator('[data-english-only]');
      await expect(note).toHaveCount(1);
      await expect(note).toContainText('solo están en inglés');
      await note.locator('a[href="#languages"]').click();
      await expect(page.locator('#languages')).toBeInViewport();
      await expect(note.locator('bdi[lang="en"]')).toHaveText('Spanish interpreter, please');
      await expect(page.locator('h1 bdi[lang="en"]')).toHaveCount(1);

      await page.goto(`/ar/services/${WITHOUT_LANGUAGES}/`);
      await expect(page.locator('[data-english-only]')).toHaveCount(1);
      await expect(page.locator('[data-english-only] a')).toHaveCount(0);
      await expect(page.locator('[data-english-only] bdi')).toHaveText('Arabic interpreter, please');

      await page.goto('/vi/regions/glasgow/');
      await expect(page.locator('[data-english-only]')).toHaveCount(1);
      await page.goto('/th/needs/housing/');
      await expect(page.locator('[data-english-only]')).toHaveCount(1);
      await page.goto(`/services/${WITH_LANGUAGES}/`);
      await expect(page.locator('[data-english-only]')).toHaveCount(0);
    });

    test('the 404 page offers every language home', async ({ page }) => {
      const response = await page.goto('/ro/no-such-page/');
      expect(response?.status()).toBe(404);
      for (const { code, tag } of OTHERS) {
        const link = page.locator(`main a[data-locale="${code}"]`);
        await expect(link).toHaveAttribute('href', `/${code}/`);
        await expect(link.locator('xpath=..')).toHaveAttribute('lang', tag);
      }
      await openSwitcher(page);
      await expect(page.locator('details.languages a[lang="th"]')).toHaveAttribute('href', '/th/');
    });
  });
}

test('an Arabic service page at 360 px has no clipped or overlapping text', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/ar/services/${WITH_LANGUAGES}/`);
  await page.locator('details.languages').evaluate((d) => d.setAttribute('open', ''));
  await page.screenshot({ path: testInfo.outputPath('ar-service-360.png'), fullPage: true });
  await page.screenshot({ path: 'test-results/ar-service-360.png', fullPage: true });

  const problems = await page.evaluate(() => {
    const found: string[] = [];
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ').join('.') : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    const shown = (el: Element) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return style.visibility !== 'hidden' && style.display !== 'none' && box.width > 1 && box.height > 1 && !el.closest('.visually-hidden, .skip-link');
    };
    const blocks = [...document.querySelectorAll('h1, h2, h3, h4, p, li, dt, dd, summary, a, nav, header, main, footer, dl, ul, ol')].filter(shown);
    for (const el of blocks) {
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) found.push(`clipped: ${name(el)} ${el.scrollWidth} > ${el.clientWidth}`);
      const box = el.getBoundingClientRect();
      if (box.left < -1 || box.right > window.innerWidth + 1) found.push(`off screen: ${name(el)}`);
    }
    for (const parent of new Set(blocks.map((el) => el.parentElement))) {
      const kids = [...(parent?.children ?? [])].filter(shown).filter((el) => getComputedStyle(el).position === 'static');
      for (let i = 0; i < kids.length; i++) {
        for (let j = i + 1; j < kids.length; j++) {
          // Line boxes, not bounding boxes: an inline element that wraps has a bounding
          // box as wide as the line, which would "overlap" its neighbour on the same line.
          const overlap = [...kids[i]!.getClientRects()].some((a) =>
            [...kids[j]!.getClientRects()].some(
              (b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1,
            ),
          );
          if (overlap) found.push(`overlap: ${name(kids[i]!)} / ${name(kids[j]!)}`);
        }
      }
    }
    return found;
  });
  expect(problems).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

test('the About page says, in each translation, whether a native speaker has checked it yet (issue 22)', async ({ page }) => {
  await page.goto('/ro/about/');
  await expect(page.locator('[data-translation-review]')).toHaveText(/nicio persoană vorbitoare nativă nu i-a verificat încă/);
  await page.goto('/about/');
  await expect(page.locator('[data-translation-review]')).toHaveCount(0);
});
