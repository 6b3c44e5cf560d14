// Issue 17's reproductions of lost callback requests, each judged at the server: a run must
// add exactly one request to the inbox. Each runs against a server of its own (its own
// inbox); scripts/bench-outbox.ts runs them hundreds of times for the loss rate.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { fillForm, startServer, type TestServer } from './support/callback';
import { awaitInbox, SCENARIOS } from './support/outbox-scenarios';

let dataDir: string;
let server: TestServer;
test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'pathway-outbox-'));
  server = await startServer(dataDir, { PATHWAY_CALLBACK_RATE_LIMIT: '0' });
});
test.afterAll(async () => {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

let expected = 0;
for (const scenario of SCENARIOS) {
  test(`not lost: ${scenario.name}`, async ({ context, page }) => {
    // Twice: the first run of a fresh context and a second with the courier's module warm.
    for (let run = 0; run < 2; run++) {
      expected += 1;
      await scenario.run(context, page, server.url);
      expect(await awaitInbox(dataDir, expected), `run ${run + 1}`).toBe(expected);
    }
  });
}

test('a request refused with a 4xx stays, says so, and can be cancelled', async ({ page }) => {
  await page.route(`**/api/callback/`, (route) =>
    route.fulfill({ status: 422, contentType: 'application/json', body: '{"error":"unknown-key"}' }));
  await page.goto(`${server.url}/callback/`);
  await page.locator('form.callback-form[novalidate]').waitFor();
  await fillForm(page, { phone: '07911 123456', message: 'refused then cancelled' });
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.locator('.callback-status')).toHaveText(/could not be sent: the site did not accept it/);
  // The form is cleared: focus goes to what happened, not back to the top of the page.
  await expect(page.locator('.callback-status')).toBeFocused();
  await expect(page.locator('.outbox-refused')).toBeVisible();
  await expect(page.getByText('1 request is waiting to send.')).toBeVisible();
  // The form is clear: the request is on the phone, not in the form.
  await expect(page.getByLabel('Phone number to call')).toHaveValue('');
  await page.getByRole('button', { name: 'Cancel and delete' }).click();
  await expect(page.getByText('Deleted. Nothing was sent.')).toBeVisible();
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
});

test('another page says a waiting request was refused, and links to the form', async ({ page }) => {
  await page.route(`**/api/callback/`, (route) => route.fulfill({ status: 403, body: 'Forbidden by proxy' }));
  await page.goto(`${server.url}/callback/`);
  await page.locator('form.callback-form[novalidate]').waitFor();
  await fillForm(page, { phone: '07911 123456', message: 'refused elsewhere' });
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.locator('.callback-status')).toHaveAttribute('data-status', 'rejected');
  await page.goto(`${server.url}/about/`);
  await expect(page.getByRole('status').filter({ hasText: 'Something waiting on this phone could not be sent.' })).toBeVisible();
  await page.getByRole('link', { name: 'See what you can do' }).click();
  await expect(page).toHaveURL(`${server.url}/callback/`);
  await expect(page.locator('.outbox-refused')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel and delete' }).click();
  await expect(page.getByText('Deleted. Nothing was sent.')).toBeVisible();
});
