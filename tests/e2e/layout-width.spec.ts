import { expect, test } from '@playwright/test';
import { builtPages } from './support/site';

// No built page is wider than a small phone (issue 14): a page wider than the screen
// pushes numbers out of sight and lets the visual viewport pan away from the quick exit.
// A cheap sweep over every page in every language; the exit matrix tests each page kind
// in depth (safety-exit-cover.spec.ts).
const WIDTHS = [320, 360];

test('every built page fits 320 and 360 px without scrolling sideways', async ({ page }) => {
  test.setTimeout(20 * 60_000);
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(80);
  const failures: string[] = [];
  for (const path of pages) {
    await page.setViewportSize({ width: WIDTHS[0]!, height: 740 });
    await page.goto(path, { waitUntil: 'load' });
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 740 });
      const { scroll, client, widest } = await page.evaluate(() => {
        const root = document.documentElement;
        // The element that sticks out furthest, to name in the failure.
        let widest = '';
        let right = root.clientWidth;
        for (const $el of document.body.querySelectorAll<HTMLElement>('*')) {
          const r = $el.getBoundingClientRect().right;
          if (r > right + 0.5) {
            right = r;
            widest = `${$el.tagName.toLowerCase()}${$el.className ? '.' + String($el.className).split(' ')[0] : ''} (${Math.round(r)} px)`;
          }
        }
        return { scroll: root.scrollWidth, client: root.clientWidth, widest };
      });
      if (scroll > client) failures.push(`${path} at ${width} px: ${scroll} px wide; ${widest}`);
    }
  }
  expect(failures).toEqual([]);
});
