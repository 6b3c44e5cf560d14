import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../../src/i18n/locales';
import { pathWithinLocale } from '../../src/lib/urls';
import { builtPages } from './support/site';

// axe with the WCAG 2.2 AA rule tags: every built page in English and in Arabic (right to
// left), and one page of each kind in every other language. The directory grows, so the
// sweep grows with it only in two languages; the other languages' pages of one kind share
// their markup and differ only in strings, which cheaper sweeps cover (every page's width,
// tests/e2e/layout-width.spec.ts; every page's title, tests/e2e/safety-traces.spec.ts).
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const EVERY_PAGE = new Set(['en', 'ar']);

/** "/ro/services/ab12cd34/" → "ro" and the kind "services/*"; "/404.html" → "en", "404.html". */
function describe(path: string): { lang: string; kind: string } {
  const first = path.split('/')[1] ?? '';
  const lang = LOCALE_CODES.includes(first as never) && first !== DEFAULT_LOCALE ? first : DEFAULT_LOCALE;
  const within = pathWithinLocale(path, LOCALE_CODES);
  const [head = '', id] = within.split('/');
  return { lang, kind: id ? `${head}/*` : within };
}

/** The pages to check: all of English and Arabic, the first of each kind elsewhere. */
export function pagesToCheck(all: readonly string[]): string[] {
  const seen = new Set<string>();
  return all.filter((path) => {
    const { lang, kind } = describe(path);
    if (EVERY_PAGE.has(lang)) return true;
    const key = `${lang} ${kind}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

test('axe finds no WCAG 2.2 AA violations: every page in English and Arabic, every kind in every language', async ({ page }) => {
  test.setTimeout(30 * 60_000);
  const pages = pagesToCheck(builtPages());
  const kinds = new Set(pages.map((p) => `${describe(p).lang} ${describe(p).kind}`));
  // Every language has each kind: home, region, need, service, find, callback, sent, safety, about, offline, error.
  for (const lang of LOCALE_CODES) expect([...kinds].filter((k) => k.startsWith(`${lang} `)).length, lang).toBeGreaterThanOrEqual(11);
  const failures: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    for (const v of violations) {
      failures.push(`${path}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    }
  }
  expect(failures).toEqual([]);
});
