import { expect, test, type Page } from '@playwright/test';
import { EXIT_URL, STUB_TITLE, stubOtherSites } from './support/exit';
import { baseURL } from '../../playwright.config';

// The quick exit (issue 3). The exit destination is intercepted by a local stub
// (support/exit.ts), so the tests need no network and no request leaves.

const status = (page: Page) => page.locator('[data-quick-exit-status]');
const pressShiftAlone = (page: Page) => page.keyboard.press('Shift');

test.describe('with JavaScript', () => {
  test('a click hides the page, makes the title neutral and replaces history', async ({ page, context }) => {
    // The destination answers only once the page has reported how it looked while leaving:
    // a report still on its way when the page is replaced would be lost.
    let arrive!: () => void;
    const exits = await stubOtherSites(context, new Promise<void>((resolve) => (arrive = resolve)));
    // What the page looks like the moment it starts leaving, seen from inside it
    // (evaluate cannot run while the page is navigating away).
    const seen: { title: string; visibility: string }[] = [];
    await page.exposeFunction('reportLeaving', (s: { title: string; visibility: string }) => seen.push(s));
    await page.addInitScript(() => {
      const report = (window as unknown as { reportLeaving: (s: object) => void }).reportLeaving;
      new MutationObserver(() => {
        if (document.documentElement.classList.contains('quick-exit-leaving')) {
          report({ title: document.title, visibility: getComputedStyle(document.body).visibility });
        }
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['class'] });
    });
    await page.goto('/regions/glasgow/');
    const before = await page.evaluate(() => history.length);
    // Not awaited yet: the click waits for the held navigation.
    const clicked = page.locator('a[data-quick-exit]').click();
    await expect.poll(() => seen.length).toBeGreaterThan(0);
    arrive();
    await clicked;
    await expect(page).toHaveTitle(STUB_TITLE);
    expect(seen[0]).toEqual({ title: 'Loading', visibility: 'hidden' });
    expect(page.url()).toBe(EXIT_URL);
    expect(exits[0]?.headers()['referer']).toBeUndefined();
    expect(await page.evaluate(() => history.length)).toBe(before);
  });

  test('Back after the exit does not show Pathway', async ({ page, context }) => {
    await stubOtherSites(context);
    await page.goto('https://search.example/');
    await page.goto('/');
    await page.locator('main a[href="/regions/glasgow/"]').first().click();
    await expect(page).toHaveURL(/\/regions\/glasgow\/$/);
    await page.locator('a[data-quick-exit]').click();
    await expect(page).toHaveURL(EXIT_URL);
    await page.goBack();
    expect(page.url()).toBe('https://search.example/');
    await page.goForward();
    expect(page.url()).toBe(EXIT_URL);
  });

  test('Shift pressed three times leaves, announcing the presses left', async ({ page, context }) => {
    await stubOtherSites(context);
    await page.goto('/about/');
    await pressShiftAlone(page);
    await expect(status(page)).toHaveText('Press Shift 2 more times to leave this site.');
    await pressShiftAlone(page);
    await expect(status(page)).toHaveText('Press Shift 1 more time to leave this site.');
    await expect(status(page)).toHaveAttribute('role', 'status');
    await pressShiftAlone(page);
    await expect(page).toHaveURL(EXIT_URL);
  });

  test('rolling Shift presses (each starting before the last ended) leave on the third', async ({ page, context }) => {
    await stubOtherSites(context);
    await page.goto('/about/');
    await page.keyboard.down('ShiftLeft');
    await page.keyboard.down('ShiftRight');
    await page.keyboard.up('ShiftLeft');
    await page.keyboard.down('ShiftLeft');
    await expect(page).toHaveURL(EXIT_URL);
  });

  test('Shift pressed alone in a search field counts too', async ({ page, context }) => {
    await stubOtherSites(context);
    await page.goto('/');
    await page.getByLabel('What do you need help with?').click();
    for (let i = 0; i < 3; i++) await pressShiftAlone(page);
    await expect(page).toHaveURL(EXIT_URL);
  });

  test('Shift used for capital letters does not count', async ({ page }) => {
    await page.goto('/');
    const field = page.getByLabel('What do you need help with?');
    await field.click();
    for (const key of ['KeyG', 'KeyL', 'KeyA', 'KeyS']) {
      await page.keyboard.down('Shift');
      await page.keyboard.press(key);
      await page.keyboard.up('Shift');
    }
    await expect(field).toHaveValue('GLAS');
    expect(page.url()).toBe(`${baseURL}/`);
    // The count is still at zero: one press now leaves two to go.
    await pressShiftAlone(page);
    await expect(status(page)).toHaveText('Press Shift 2 more times to leave this site.');
  });

  test('another key starts the count again', async ({ page }) => {
    await page.goto('/');
    await pressShiftAlone(page);
    await pressShiftAlone(page);
    await page.keyboard.press('KeyX');
    await expect(status(page)).toHaveText('');
    await pressShiftAlone(page);
    await expect(status(page)).toHaveText('Press Shift 2 more times to leave this site.');
    expect(page.url()).toBe(`${baseURL}/`);
  });

  test('the presses expire after 5 seconds', async ({ page, context }) => {
    await stubOtherSites(context);
    await page.clock.install();
    await page.goto('/');
    await pressShiftAlone(page);
    await pressShiftAlone(page);
    await page.clock.fastForward(5_100);
    await expect(status(page)).toHaveText('');
    await pressShiftAlone(page);
    await expect(status(page)).toHaveText('Press Shift 2 more times to leave this site.');
    expect(page.url()).toBe(`${baseURL}/`);
    // Within the window, three presses still leave.
    await page.clock.fastForward(4_000);
    await pressShiftAlone(page);
    await pressShiftAlone(page);
    await expect(page).toHaveURL(EXIT_URL);
  });

  test('restored from the back/forward cache, the page leaves again', async ({ page, context }) => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const exits = await stubOtherSites(context, held);
    // A real restore cannot be forced here (the exit replaced the entry), so once the
    // page starts leaving, send it the event a browser sends when it shows a page from
    // the back/forward cache; the page must start leaving again.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.documentElement.classList.contains('quick-exit-leaving')) return;
        observer.disconnect();
        setTimeout(() => dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })), 300);
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['class'] });
    });
    await page.goto('/');
    await page.locator('a[data-quick-exit]').click({ noWaitAfter: true });
    await expect.poll(() => exits.length).toBe(2);
    release();
    await expect(page).toHaveURL(EXIT_URL);
  });

  test('the quick exit is the first thing Tab reaches on the safety page', async ({ page }) => {
    await page.goto('/safety/');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('data-quick-exit', '');
  });
});

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });

  test('the quick exit is a plain link that leaves without a referrer', async ({ page, context }) => {
    const exits = await stubOtherSites(context);
    await page.goto('/services/samaritans/');
    const exit = page.locator('a[data-quick-exit]');
    await expect(exit).toHaveAttribute('rel', /\bnoreferrer\b/);
    await expect(exit).toHaveAttribute('href', EXIT_URL);
    await expect(exit).toBeVisible();
    await exit.click();
    await expect(page).toHaveURL(EXIT_URL);
    expect(exits[0]?.headers()['referer']).toBeUndefined();
  });

  test('Shift does nothing without JavaScript, and the page says how to leave', async ({ page }) => {
    await page.goto('/safety/');
    for (let i = 0; i < 3; i++) await pressShiftAlone(page);
    expect(page.url()).toBe(`${baseURL}/safety/`);
    await expect(page.getByText('Press the red “Leave this site” button')).toBeVisible();
  });
});

test.describe('Shift-clicks', () => {
  test('Shift held to open links in new windows does not count as Shift alone', async ({ page, context }) => {
    await page.goto('/');
    for (let i = 0; i < 3; i++) {
      const popup = context.waitForEvent('page');
      await page.locator('nav a[href="/about/"]').click({ modifiers: ['Shift'] });
      await (await popup).close();
    }
    expect(page.url()).toBe(`${baseURL}/`);
    await expect(status(page)).toHaveText('');
  });
});
