import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { watchCspViolations } from './support/csp';
import { LOCALES } from '../../src/i18n/locales';
import { localePath } from '../../src/lib/urls';
import { baseURL } from '../../playwright.config';
import { ENDPOINT, expectedFields, fillForm, gotoForm, hubReadAll } from './support/callback';

// The e2e server's inbox (playwright.config.ts).
const DATA_DIR = '.data/e2e';
const token = () => `ref ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

async function outboxRecords(page: Page): Promise<Record<string, unknown>[] | null> {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((db) => db.name === 'outbox')) return null;
    return new Promise<Record<string, unknown>[]>((resolve, reject) => {
      const open = indexedDB.open('outbox');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const all = open.result.transaction('sealed').objectStore('sealed').getAll();
        all.onsuccess = () => {
          open.result.close();
          resolve(all.result as Record<string, unknown>[]);
        };
      };
    });
  });
}

test.describe('with JavaScript', () => {
  test('home and service pages link to the callback form', async ({ page }) => {
    for (const path of ['/', '/services/routes-out-glasgow/']) {
      await page.goto(path);
      await expect(page.getByRole('link', { name: 'Ask us to call you' })).toHaveAttribute('href', '/callback/');
    }
  });

  test('opening the form writes nothing to storage', async ({ page }) => {
    await gotoForm(page);
    await page.getByLabel('Phone number to call').fill('07911 123456');
    const stored = await page.evaluate(async () => ({
      databases: (await indexedDB.databases()).length,
      local: localStorage.length,
      session: sessionStorage.length,
      cookies: document.cookie,
    }));
    expect(stored).toEqual({ databases: 0, local: 0, session: 0, cookies: '' });
  });

  test('round trip: the form is sealed, stored (202) and the hub reads the same fields', async ({ page }) => {
    const message = token();
    const refused = watchCspViolations(page);
    await gotoForm(page);
    await fillForm(page, { phone: '07911 123 456', message });
    const posted = page.waitForResponse((r) => r.url().endsWith(ENDPOINT) && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Send request' }).click();
    const response = await posted;
    expect(response.status()).toBe(202);
    const body = response.request().postDataJSON() as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['ct', 'enc', 'id', 'kid', 'v']);
    expect(JSON.stringify(body)).not.toContain('7911');
    // The answer's own body ({ id }) is checked in callback-server.spec.ts.
    const id = body.id as string;
    // Issue 17 (7): a confirmation that takes focus and says what happens next.
    const confirmation = page.locator('[data-callback-confirmation]');
    await expect(confirmation).toBeFocused();
    await expect(confirmation.getByRole('heading', { name: 'Thank you. Your request was sent' })).toBeVisible();
    await expect(confirmation).toContainText('withheld number');
    await expect(confirmation).toContainText('If you miss the call');
    await expect(confirmation.getByRole('link', { name: 'If you are in danger now, call 999.' })).toHaveAttribute('href', 'tel:999');
    await expect(page.getByRole('button', { name: 'Send request' })).toHaveCount(0);
    expect(await confirmation.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(page.viewportSize()!.height);
    expect(refused).toEqual([]);

    const stored = hubReadAll(DATA_DIR).filter((r) => r.id === id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject(expectedFields('+447911123456', message));
    expect(stored[0]!.receivedHour).toMatch(/^\d{4}-\d\d-\d\dT\d\d:00Z$/);
  });

  test('mistakes are named in words and nothing is sent', async ({ page }) => {
    let posts = 0;
    page.on('request', (r) => void (r.method() === 'POST' && posts++));
    await gotoForm(page);
    await page.getByLabel('Phone number to call').fill('0791');
    await page.getByRole('button', { name: 'Send request' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Enter a phone number we can call');
    await expect(summary).toContainText('Choose at least one day.');
    await expect(page.locator('#field-phone .error-text')).toBeVisible();
    await expect(page.getByLabel('Phone number to call')).toHaveAttribute('aria-invalid', 'true');
    expect(posts).toBe(0);
  });

  test('the form with its errors and its outbox showing passes axe (WCAG 2.2 AA)', async ({ page, context }) => {
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    // Checked at the top of the page, as a11y.spec.ts checks every page: scrolled, the
    // sticky quick exit covers whatever passes under it, which axe counts against them.
    const violations = async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      const { violations: found } = await new AxeBuilder({ page }).withTags(tags).analyze();
      return found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    await gotoForm(page);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await violations()).toEqual([]);
    await fillForm(page, { phone: '07911 123456', message: token() });
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByText('1 request is waiting to send.')).toBeVisible();
    expect(await violations()).toEqual([]);
    await page.getByRole('button', { name: 'Cancel and delete' }).click();
    await expect(page.getByText('Deleted. Nothing was sent.')).toBeVisible();
  });

  test('offline: the sealed request waits in the outbox, then is delivered exactly once', async ({ page, context }) => {
    const message = token();
    const delivered: string[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith(ENDPOINT) && r.status() === 202) delivered.push(r.url());
    });
    await gotoForm(page);
    await fillForm(page, { phone: '+48 512 345 678', message });
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.locator('.callback-status')).toContainText('You seem to be offline');
    await expect(page.getByText('1 request is waiting to send.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Cancel and delete' })).toBeVisible();

    const waiting = await outboxRecords(page);
    expect(waiting).toHaveLength(1);
    expect(Object.keys(waiting![0]!).sort()).toEqual(['ct', 'enc', 'id', 'kid', 'v']);
    // Nothing readable: the ciphertext and encapsulated key are random base64url and the id
    // a random UUID (any of which can hold "512" by chance); the rest says nothing either.
    const { ct, enc, id, ...rest } = waiting![0]! as Record<string, string>;
    expect(ct).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(enc).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(JSON.stringify(rest)).not.toMatch(/512|345|678|Polish|curtains|ref /);

    await context.setOffline(false);
    await expect(page.getByText('Your waiting request was sent.')).toBeVisible();
    expect(await outboxRecords(page)).toBeNull();
    expect(delivered).toHaveLength(1);
    const stored = hubReadAll(DATA_DIR).filter((r) => r.id === id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject(expectedFields('+48512345678', message));
  });

  test('a request waiting from an earlier visit is sent when the page opens again', async ({ playwright }) => {
    // A profile on disk, as on a phone: a normal Playwright context keeps IndexedDB in
    // memory, and Chromium may drop it while no page of the site is open between visits.
    const { launchOptions } = test.info().project.use;
    const profile = mkdtempSync(join(tmpdir(), 'pathway-profile-'));
    const context = await playwright.chromium.launchPersistentContext(profile, { ...launchOptions, baseURL, serviceWorkers: 'block' });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const message = token();
      await gotoForm(page);
      await fillForm(page, { phone: '07911 123456', message });
      await context.setOffline(true);
      await page.getByRole('button', { name: 'Send request' }).click();
      await expect(page.getByText('1 request is waiting to send.')).toBeVisible();
      const id = (await outboxRecords(page))![0]!.id as string;
      // She closes the page, and opens it again later with a connection.
      await page.close();
      await context.setOffline(false);
      const later = await context.newPage();
      await gotoForm(later);
      await expect(later.getByText('Your waiting request was sent.')).toBeVisible();
      expect(await outboxRecords(later)).toBeNull();
      expect(hubReadAll(DATA_DIR).filter((r) => r.id === id)).toHaveLength(1);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

  test('offline before the form was first used: a clear message, and what she typed stays', async ({ page, context }) => {
    await gotoForm(page);
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    await fillForm(page, { phone: '07911 123456', message: token() });
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.locator('.callback-status')).toHaveText(/We could not lock your request on this phone/);
    await expect(page.getByLabel('Phone number to call')).toHaveValue('07911 123456');
    await context.setOffline(false);
  });

  test('cancelling deletes the waiting request and nothing is sent', async ({ page, context }) => {
    await gotoForm(page);
    await fillForm(page, { phone: '07911 123456', message: token() });
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByText('1 request is waiting to send.')).toBeVisible();
    const id = ((await outboxRecords(page)) ?? [])[0]?.id;
    expect(id).toBeTruthy();
    await page.getByRole('button', { name: 'Cancel and delete' }).click();
    await expect(page.getByText('Deleted. Nothing was sent.')).toBeVisible();
    expect(await outboxRecords(page)).toBeNull();
    await context.setOffline(false);
    await page.reload();
    expect(hubReadAll(DATA_DIR).filter((r) => r.id === id)).toHaveLength(0);
  });
});

test.describe('what she reads (issue 17)', () => {
  for (const { code } of LOCALES) {
    test(`${code}: the language field starts as the page's own language`, async ({ page }) => {
      const strings = JSON.parse(readFileSync(`src/i18n/locales/${code}.json`, 'utf8')) as Record<string, string>;
      await page.goto(localePath(code, 'callback/'));
      await expect(page.locator('#input-language')).toHaveValue(strings['callback.language.default']!);
    });
  }

  test('Arabic draws the example numbers in the order she types them', async ({ page }) => {
    /** Left edge, on screen, of where `text` starts inside the element `selector`. */
    const leftOf = (selector: string, text: string) => page.evaluate(([selector, text]) => {
      const $el = document.querySelector(selector)!;
      const walker = document.createTreeWalker($el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        return range.getBoundingClientRect().left;
      }
      throw new Error(`${text} not in ${selector}`);
    }, [selector, text] as const);
    await gotoForm(page, '/ar');
    expect(await leftOf('#phone-hint', '07400')).toBeLessThan(await leftOf('#phone-hint', '123456'));
    await page.locator('button[type=submit]').click();
    await expect(page.locator('#phone-error')).toBeVisible();
    expect(await leftOf('#phone-error', '07400')).toBeLessThan(await leftOf('#phone-error', '123456'));
    expect(await leftOf('#phone-error', '+48')).toBeLessThan(await leftOf('#phone-error', '678'));
  });
});

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });

  test('the plain form post is sealed on arrival, stored and confirmed', async ({ page }) => {
    const message = token();
    await page.goto('/callback/');
    await fillForm(page, { phone: '07911 123456', message });
    const posted = page.waitForResponse((r) => r.url().endsWith(ENDPOINT));
    await page.getByRole('button', { name: 'Send request' }).click();
    expect((await posted).status()).toBe(303);
    await expect(page).toHaveURL(/\/callback\/sent\/$/);
    await expect(page.locator('h1')).toHaveText('Thank you. Your request was sent');
    await expect(page.locator('[data-quick-exit]')).toBeVisible();
    // The same confirmation as with JavaScript, and 999 said once.
    await expect(page.locator('main')).toContainText('withheld number');
    await expect(page.locator('main')).toContainText('If you miss the call');
    expect((await page.locator('main').innerText()).match(/999/g)).toHaveLength(1);

    const stored = hubReadAll(DATA_DIR).filter((r) => r.message === message);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject(expectedFields('+447911123456', message));
  });

  test('a form with mistakes gets a page that names them, with the quick exit first', async ({ page }) => {
    await page.goto('/callback/');
    await page.getByLabel('Phone number to call').fill('12');
    // The browser's own checks would stop the post: the server must check too.
    await page.locator('form').evaluate((form) => form.setAttribute('novalidate', ''));
    const posted = page.waitForResponse((r) => r.url().endsWith(ENDPOINT));
    await page.getByRole('button', { name: 'Send request' }).click();
    expect((await posted).status()).toBe(400);
    await expect(page.locator('h1')).toHaveText('Please check your answers');
    await expect(page.getByText('Enter a phone number we can call')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go back to the form' })).toHaveAttribute('href', '/callback/');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('data-quick-exit', '');
  });
});

test.describe('page weight', () => {
  // Sizes in bytes, not times: the DESIGN budget is 30 KB of compressed JavaScript before
  // any interaction; the sealing and phone libraries load when the form is first used.
  test('the callback page loads little JavaScript until the form is used', async ({ page }) => {
    const scripts = new Set<string>();
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
    });
    await page.goto('/callback/');
    await page.waitForLoadState('networkidle');
    const before = gzipBytes([...scripts]);
    await page.getByLabel('Phone number to call').focus();
    await page.waitForLoadState('networkidle');
    await expect.poll(() => scripts.size).toBeGreaterThan(0);
    const all = gzipBytes([...scripts]);
    console.log(`callback page JavaScript, gzip: ${before} bytes before interaction, ${all} bytes after the form is used`);
    expect(before).toBeLessThanOrEqual(30 * 1024);
    expect(all).toBeLessThanOrEqual(64 * 1024);

    for (const path of ['/', '/services/routes-out-glasgow/']) {
      scripts.clear();
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      // The page's one script looks for the outbox; the courier and outbox load only if it exists.
      expect([...scripts].filter((s) => /seal|request|courier|\/outbox\./.test(s)), path).toEqual([]);
    }
  });
});

function gzipBytes(paths: string[]): number {
  return paths.reduce((sum, p) => sum + gzipSync(readFileSync(`dist/client${p}`), { level: 9 }).byteLength, 0);
}
