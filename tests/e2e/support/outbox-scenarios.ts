// Issue 17's ways a callback request used to be lost, as scripted runs in a real browser.
// callback-outbox.spec.ts runs each once or twice in CI; scripts/bench-outbox.ts runs each
// hundreds of times and reports the loss rate. A run is judged at the server, by count of
// stored requests: every run must add exactly one.
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { CallbackStore } from '../../../src/server/callback-store';
import { ENDPOINT, fillForm, gotoForm } from './callback';
import { EXIT_URL, stubOtherSites } from './exit';

export interface Scenario {
  name: string;
  /** Sends one request the way the issue describes, ending on a Pathway page that has a connection. */
  run(context: BrowserContext, page: Page, base: string): Promise<void>;
}

const endpointGlob = `**${ENDPOINT}`;
const status = (page: Page) => page.locator('.callback-status');

async function fillAndSend(page: Page, base: string) {
  await gotoForm(page, base);
  await fillForm(page, { phone: '07911 123456', message: `run ${Math.random().toString(36).slice(2, 10)}` });
  await page.getByRole('button', { name: 'Send request' }).click();
}

/** A connection that takes the post and never answers (the phone still thinks it is online). */
async function hangPosts(page: Page) {
  await page.route(endpointGlob, () => undefined);
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'leaves by a link while "Sending…"',
    async run(_context, page, base) {
      await hangPosts(page);
      await fillAndSend(page, base);
      await expect(status(page)).toHaveAttribute('data-status', 'sending');
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      await page.locator('.brand').click();
      await page.waitForURL(`${base}/`);
    },
  },
  {
    name: 'presses the quick exit while "Sending…", comes back later',
    async run(context, page, base) {
      await stubOtherSites(context, undefined, base);
      await hangPosts(page);
      await fillAndSend(page, base);
      await expect(status(page)).toHaveAttribute('data-status', 'sending');
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      await page.locator('[data-quick-exit]').click();
      await page.waitForURL(EXIT_URL);
      await page.goto(`${base}/find/`);
    },
  },
  {
    name: 'a 4xx answer (a changed key, a proxy), then the site takes it',
    async run(_context, page, base) {
      await page.route(endpointGlob, (route) =>
        route.fulfill({ status: 422, contentType: 'application/json', body: '{"error":"unknown-key"}' }));
      await fillAndSend(page, base);
      await expect(status(page)).toHaveAttribute('data-status', 'rejected');
      await expect(page.getByRole('button', { name: 'Cancel and delete' })).toBeVisible();
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      await page.goto(`${base}/safety/`);
    },
  },
  {
    name: 'the post fails while the phone says online, then another page opens',
    async run(_context, page, base) {
      await page.route(endpointGlob, (route) => route.abort('connectionreset'));
      await fillAndSend(page, base);
      await expect(status(page)).toHaveAttribute('data-status', 'queued');
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      await page.locator('.brand').click();
      await page.waitForURL(`${base}/`);
    },
  },
  {
    name: 'the connection returns just as she leaves',
    async run(context, page, base) {
      await gotoForm(page, base);
      await fillForm(page, { phone: '07911 123456', message: 'returns as she leaves' });
      await context.setOffline(true);
      await page.getByRole('button', { name: 'Send request' }).click();
      await expect(status(page)).toHaveAttribute('data-status', 'queued');
      await context.setOffline(false);
      await page.locator('.brand').click();
      await page.waitForURL(`${base}/`);
    },
  },
];

/** How many requests the inbox in `dataDir` holds (the server's own SQLite file). */
export function inboxCount(dataDir: string): number {
  const store = new CallbackStore(dataDir);
  try {
    return store.list().length;
  } finally {
    store.close();
  }
}

/**
 * Waits (bounded) until the inbox holds `expected` requests; the count it reached. The
 * page left open is a Pathway page: its courier is what sends what waits.
 */
export async function awaitInbox(dataDir: string, expected: number, timeoutMs = 15_000): Promise<number> {
  const until = Date.now() + timeoutMs;
  let count = inboxCount(dataDir);
  while (count < expected && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    count = inboxCount(dataDir);
  }
  return count;
}
