// Issue 20: "Report a problem with this listing" on a service page, as she would use it:
// offline first, then told when it has gone; in Arabic at 320 px, passing axe.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { servicePath } from '../../src/lib/neutral-path';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('a report made offline waits on the phone, goes when the connection returns, and she is told', async ({ page, context }) => {
  await page.goto(`/${servicePath('samaritans')}`);
  await page.getByText('Report a problem with this listing').click();
  await page.getByLabel('The opening hours are wrong').check();
  // (Opening the form loaded what sealing needs; the signal goes after that.)
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Send report' }).click();
  const status = page.locator('[data-report-status]');
  await expect(status).toHaveText(/kept on this phone/);
  await expect(status).toBeFocused();
  const posted = page.waitForResponse((r) => r.url().endsWith('/api/callback/') && r.status() === 202);
  await context.setOffline(false);
  await posted;
  await expect(status).toHaveText('Thank you. The hub will check this listing.');
});

test('the report form in Arabic at 320 px fits, reads right to left and passes axe', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`/ar/${servicePath('samaritans')}`);
  await page.locator('[data-report] summary').click();
  await expect(page.locator('[data-report-form] legend')).toHaveText('ما الخطأ؟');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.evaluate(() => scrollTo(0, 0));
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
