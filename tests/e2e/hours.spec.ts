// Opening hours as data (issue 18), judged with Playwright's clock at fixed moments in
// Scotland, and on the home page against the opening_hours library itself (an
// implementation independent of the phone's evaluator) for every hour of one week.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import OpeningHours from 'opening_hours';
import { parse } from 'yaml';
import { servicePath } from '../../src/lib/neutral-path';
import { localePath } from '../../src/lib/urls';

const BREATHING_SPACE = localePath('en', servicePath('breathing-space'));
const slot = (page: Page) => page.locator('[data-hours]').first();

async function openAt(page: Page, path: string, iso: string) {
  await page.clock.install({ time: new Date(iso) });
  await page.goto(path);
}

test.describe('a service page says whether the line is open now, in Scotland\'s time', () => {
  const cases: [string, string, RegExp][] = [
    ['a Tuesday at 11:00', '2026-12-01T11:00:00Z', /^Closed now · opens at 18:00$/],
    ['a Tuesday at 23:00', '2026-12-01T23:00:00Z', /^Open now · closes Wednesday at 0?2:00$/],
    ['a Wednesday at 01:00 (a range across midnight)', '2026-12-02T01:00:00Z', /^Open now · closes at 0?2:00$/],
    ['a Saturday at 03:00', '2026-12-05T03:00:00Z', /^Open now · closes Monday at 0?6:00$/],
    // 29 March 2026: 01:00 GMT becomes 02:00 BST; Sunday 02:30 BST is inside the weekend.
    ['the night the clocks go forward', '2026-03-29T01:30:00Z', /^Open now · closes Monday at 0?6:00$/],
    // 25 October 2026: 01:00–02:00 happens twice; Sunday, still the weekend.
    ['the night the clocks go back', '2026-10-25T01:30:00Z', /^Open now · closes Monday at 0?6:00$/],
  ];
  for (const [when, iso, expected] of cases) {
    test(`Breathing Space on ${when}`, async ({ page }) => {
      await openAt(page, BREATHING_SPACE, iso);
      await expect(slot(page)).toBeVisible();
      await expect(slot(page)).toHaveText(expected);
    });
  }

  for (const [day, iso] of [['Christmas Day', '2026-12-25T11:00:00Z'], ['St Andrew\'s Day', '2026-11-30T11:00:00Z']]) {
    test(`${day}: a line closed on bank holidays says so, and is not "open"`, async ({ page }) => {
      const id = servicesWith((value) => /PH off/.test(value))[0]!;
      await openAt(page, localePath('en', servicePath(id)), iso!);
      const closed = page.locator('[data-hours]').filter({ hasText: 'Closed today: it is a bank holiday.' });
      await expect(closed.first()).toBeVisible();
      await expect(closed.first()).toContainText('Closed now');
    });
  }

  test('in Arabic, right to left, with the phrases and day names in Arabic', async ({ page }) => {
    await openAt(page, localePath('ar', servicePath('breathing-space')), '2026-12-01T23:00:00Z');
    await expect(slot(page)).toContainText('مفتوح الآن');
    await expect(page.locator('.hours-week th').first()).toHaveText('الاثنين');
  });
});

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });
  test('the weekly table and the text show, and never an "open now"', async ({ page }) => {
    await page.goto(BREATHING_SPACE);
    await expect(page.locator('.hours-week').first()).toBeVisible();
    await expect(page.locator('.hours-week tr')).toHaveCount(7);
    await expect(page.locator('.hours-week').first()).toContainText('Saturday');
    await expect(page.getByText('Monday-Thursday 6pm-2am')).toBeVisible();
    await expect(slot(page)).toBeHidden();
    await expect(page.locator('main')).not.toContainText('Open now');
  });

  test('the home page lists only lines open at every hour, under "open day and night"', async ({ page }) => {
    await page.goto('/');
    const lines = page.locator('[data-open-now-line]:visible');
    expect(await lines.count()).toBeGreaterThan(0);
    for (const id of await lines.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.service!))) {
      expect(weeksOf(id).some((v) => v === '24/7'), id).toBe(true);
    }
    await expect(page.locator(`[data-service="breathing-space"]`)).toBeHidden();
  });
});

test('the home page never lists a line as open at a moment its data says it is closed (every hour of a week)', async ({ page }) => {
  test.setTimeout(120_000);
  // The library reads local time: judge in Scotland's.
  process.env.TZ = 'Europe/London';
  const start = new Date('2026-12-21T00:30:00Z'); // a Monday, with Christmas and Boxing Day's substitute in the week
  await page.clock.install({ time: start });
  await page.goto('/');
  await expect(page.locator('#helplines-heading')).toHaveText('Lines open now');
  let checked = 0;
  for (let hour = 0; hour < 7 * 24; hour++) {
    const now = new Date(start.getTime() + hour * 3_600_000);
    if (hour > 0) await page.clock.runFor(3_600_000);
    const shown = await page.locator('[data-open-now-line]').evaluateAll((els) =>
      els.map((e) => ({ id: (e as HTMLElement).dataset.service!, hidden: (e as HTMLElement).hidden })));
    for (const { id, hidden } of shown) {
      const open = weeksOf(id).some((value) => new OpeningHours(value, SCOTLAND).getState(now));
      // Shown only when open; and a line that is open is shown (Breathing Space at night).
      expect(hidden, `${id} at ${now.toISOString()}`).toBe(!open);
      checked += 1;
    }
  }
  expect(checked).toBeGreaterThan(7 * 24);
});

test('lists show "open now" on cards, and search results too', async ({ page }) => {
  await openAt(page, '/find/?q=breathing', '2026-12-01T23:00:00Z');
  // "Open now" on result cards from her first key or touch (the 30 KB budget of a shared link).
  await expect(page.locator('[data-service="breathing-space"]')).toBeVisible();
  await page.locator('#find-q').press('End');
  await expect(page.locator('[data-service="breathing-space"] [data-hours]')).toHaveText(/^Open now/);
});

for (const [when, iso, listed] of [['Tuesday 11:00', '2026-12-01T11:00:00Z', false], ['Tuesday 23:00', '2026-12-01T23:00:00Z', true]] as const) {
  test(`the "Open now" filter on ${when}: Breathing Space ${listed ? 'listed' : 'left out'}, and the filter is in the shared link`, async ({ page }) => {
    await openAt(page, '/find/?q=mental+health&open=1', iso);
    await expect(page.getByLabel('Open now')).toBeChecked();
    await expect(page.locator('[data-search-results]')).toBeVisible();
    await expect(page.locator('[data-service="breathing-space"]')).toHaveCount(listed ? 1 : 0);
    expect(await page.locator('[data-share-url]').getAttribute('data-share-url')).toMatch(/open=1/);
  });
}

test('the hours script a service page adds is at most 6 KB gzip', async ({ page }) => {
  const scripts = async (path: string) => {
    const seen = new Set<string>();
    page.on('request', (r) => void (r.resourceType() === 'script' && seen.add(new URL(r.url()).pathname)));
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    page.removeAllListeners('request');
    return seen;
  };
  // Against a service page without hours: the same islands, no hours script.
  const without = await scripts(localePath('en', servicePath(withoutHours())));
  const withHours = await scripts(BREATHING_SPACE);
  const added = [...withHours].filter((p) => !without.has(p));
  const bytes = added.reduce((sum, p) => sum + gzipSync(readFileSync(`dist/client${p}`), { level: 9 }).byteLength, 0);
  console.log(`hours on a service page: ${added.join(', ')}: ${bytes} bytes gzip`);
  expect(added.length).toBeGreaterThan(0);
  expect(bytes).toBeLessThanOrEqual(6 * 1024);
});

/** A published service with no opening_hours value at all. */
function withoutHours(): string {
  return readdirSync('content/services').filter((f) => f.endsWith('.yaml'))
    .find((f) => { const text = readFileSync(`content/services/${f}`, 'utf8'); return !text.includes('openingHours') && /status: (active|unverified)/.test(text); })!
    .slice(0, -5);
}

const SCOTLAND = { lat: 56.5, lon: -4.2, address: { country_code: 'gb', state: 'Scotland' } };

/** The opening_hours values of a service's phones (or the service's own, as the card uses). */
function weeksOf(id: string): string[] {
  const data = parse(readFileSync(`content/services/${id}.yaml`, 'utf8')) as {
    openingHours?: string; phone?: { number: string; openingHours?: string }[];
  };
  const phones = (data.phone ?? []).filter((p) => p.number !== '999');
  const values = phones.map((p) => p.openingHours).filter((v): v is string => Boolean(v));
  return values.length > 0 ? values : data.openingHours ? [data.openingHours] : [];
}

/** Ids of services with an opening_hours value (their own or a phone's) that matches. */
function servicesWith(match: (value: string) => boolean): string[] {
  return readdirSync('content/services').filter((f) => f.endsWith('.yaml'))
    .filter((f) => [...readFileSync(`content/services/${f}`, 'utf8').matchAll(/openingHours: '([^']+)'/g)].some((m) => match(m[1]!)))
    .map((f) => f.slice(0, -5));
}

test('every phone number on a list and a service page is a call target of at least 44×44 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', BREATHING_SPACE]) {
    await page.goto(path);
    const sizes = await page.locator('a.phone:visible').evaluateAll((els) => els.map((e) => {
      const r = e.getBoundingClientRect();
      return { text: e.textContent, width: r.width, height: r.height };
    }));
    expect(sizes.length, path).toBeGreaterThan(0);
    for (const size of sizes) {
      expect(size.height, `${path} ${size.text}`).toBeGreaterThanOrEqual(44);
      expect(size.width, `${path} ${size.text}`).toBeGreaterThanOrEqual(44);
    }
  }
});

test('a card says what the data says about getting through: free, a number to text, interpreting', async ({ page }) => {
  await page.goto('/');
  // The national domestic abuse line: free, and its languages stated, in the content.
  const data = parse(readFileSync('content/services/scotlands-domestic-abuse-and-forced-marriage-helpline.yaml', 'utf8')) as { free: boolean | null; languages?: string; sms?: string };
  const card = page.locator('[data-service="scotlands-domestic-abuse-and-forced-marriage-helpline"]');
  const facts = card.locator('.card-facts');
  if (data.free) await expect(facts).toContainText('Free');
  if (data.languages) await expect(facts.getByRole('link', { name: 'Languages and interpreting' })).toHaveAttribute('href', /#languages$/);
  if (data.sms) await expect(facts.locator('a[href^="sms:"]')).toBeVisible();
  expect(Boolean(data.free || data.languages || data.sms)).toBe(true);
  // The same in search results.
  await page.goto('/find/?q=domestic+abuse+helpline');
  const result = page.locator('[data-search-results] [data-service="scotlands-domestic-abuse-and-forced-marriage-helpline"] .card-facts');
  if (data.free) await expect(result).toContainText('Free');
});

test('at 320 px the hours table keeps day names and times whole, and the open filters fit (English and Arabic)', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const lang of ['en', 'ar'] as const) {
    await page.goto(localePath(lang, servicePath('breathing-space')));
    const cells = await page.locator('.hours-week th, .hours-week .range').evaluateAll((els) =>
      els.map((e) => {
        // Line boxes of the text itself (a cell is as tall as its row).
        const range = document.createRange();
        range.selectNodeContents(e);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        return { text: e.textContent, lines: tops.size };
      }));
    for (const cell of cells) expect(cell.lines, `${lang} ${cell.text}`).toBeLessThanOrEqual(1);
    await page.goto(localePath(lang, 'find/'));
    await page.locator('[data-find-filters] summary').click();
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth), lang).toBeLessThanOrEqual(320);
  }
});
