import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './support/site';

// axe with the WCAG 2.2 AA rule tags, on every built page in every language.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('axe finds no WCAG 2.2 AA violations on any built page', async ({ page }) => {
  test.setTimeout(30 * 60_000);
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(80);
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
