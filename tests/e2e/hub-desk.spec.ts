// Issue 20: a woman's callback request and a problem report, sent from the site with
// JavaScript on and off, are pulled to the coordinator's machine, read on the local inbox
// page in English with the site's own labels, marked reached, closed, and then gone from
// both sides.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { CallbackStore } from '../../src/server/callback-store';
import { hubTokenHash, newHubToken } from '../../src/server/hub-token';
import { servicePath } from '../../src/lib/neutral-path';
import { ENDPOINT, fillForm, gotoForm, PRIVATE_KEY_PATH, sparePort, startServer, type TestServer } from './support/callback';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const hub = (args: string[], dataDir: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/hub.ts', ...args], { env: { ...process.env, PATHWAY_HUB_DIR: dataDir }, encoding: 'utf8' });
const count = (dir: string) => {
  const store = new CallbackStore(dir);
  try {
    return store.count();
  } finally {
    store.close();
  }
};

let dirs: string[] = [];
let server: TestServer | undefined;
let inbox: ReturnType<typeof spawn> | undefined;
test.afterEach(async () => {
  inbox?.kill('SIGTERM');
  await server?.stop('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});
const tempDir = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), name));
  dirs.push(dir);
  return dir;
};

/** Starts `hub inbox` and resolves with its address once it prints it. */
async function startInbox(dataDir: string, services: string): Promise<string> {
  const port = await sparePort();
  inbox = spawn(process.execPath, ['--import', 'tsx', 'scripts/hub.ts', 'inbox', '--key', PRIVATE_KEY_PATH, '--port', String(port), '--retention-days', '0', '--services', services], {
    env: { ...process.env, PATHWAY_HUB_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    inbox!.stdout!.on('data', (d: Buffer) => {
      out += String(d);
      const url = /Inbox: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
      if (url) resolve(url);
    });
    inbox!.on('exit', () => reject(new Error(`hub inbox ended: ${out}`)));
  });
}

for (const js of [true, false]) {
  test(`a request and a report sent with JavaScript ${js ? 'on' : 'off'} are pulled, read, reached, closed and gone from both sides`, async ({ browser }) => {
    test.setTimeout(90_000);
    const siteDir = tempDir('pathway-site-');
    const hubDir = tempDir('pathway-hub-');
    const token = newHubToken();
    const tokenFile = join(hubDir, 'hub-token.txt');
    writeFileSync(tokenFile, token, { mode: 0o600 });
    server = await startServer(siteDir, { PATHWAY_HUB_TOKEN_SHA256: hubTokenHash(token), PATHWAY_CALLBACK_RATE_LIMIT: '0' });

    // She asks for a call.
    const site = await browser.newContext({ javaScriptEnabled: js });
    const page = await site.newPage();
    if (js) await gotoForm(page, server.url);
    else await page.goto(`${server.url}/callback/`);
    await fillForm(page, { phone: '07911 123456', message: 'Best after the school run' });
    const posted = page.waitForResponse((r) => r.url().endsWith(ENDPOINT) && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Send request' }).click();
    expect((await posted).status()).toBe(js ? 202 : 303);
    await expect.poll(() => count(siteDir)).toBe(1);

    // Someone finds a number that does not work.
    await page.goto(`${server.url}/${servicePath('samaritans')}`);
    await page.getByText('Report a problem with this listing').click();
    await page.getByLabel('The phone number does not work').check();
    await page.getByLabel(/Anything else the hub should know/).fill('Rang twice, no answer');
    await page.getByRole('button', { name: 'Send report' }).click();
    if (js) await expect(page.locator('[data-report-status]')).toHaveText('Thank you. The hub will check this listing.');
    else await expect(page.locator('h1')).toHaveText('Thank you. Your report was sent');
    await expect.poll(() => count(siteDir)).toBe(2);
    await site.close();

    // The coordinator pulls: the site keeps nothing.
    const pulled = hub(['pull', '--from', server.url, '--token-file', tokenFile], hubDir);
    expect(pulled.status, pulled.stderr).toBe(0);
    expect(pulled.stdout).toContain('Pulled 2 request(s), 2 new');
    expect(count(siteDir)).toBe(0);

    // She reads it on her own machine, in English, with the form's own words.
    // A copy of the directory, which confirming from the inbox may change.
    const services = tempDir('pathway-content-');
    cpSync('content/services', services, { recursive: true });
    const url = await startInbox(hubDir, services);
    const desk = await (await browser.newContext()).newPage();
    await desk.goto(url);
    await expect(desk.getByRole('heading', { level: 1 })).toHaveText('Hub inbox');
    const card = desk.locator('article').first();
    await expect(card.getByRole('heading', { level: 3 })).toContainText('call ');
    for (const [label, value] of [
      ['Phone number to call', '+447911123456'],
      ['Which days are safe to call?', 'Tuesday, Thursday'],
      ['What times of day are safe?', 'Afternoon (12 noon to 5pm)'],
      ['Is it safe to leave a voicemail message?', 'No'],
      ['If someone else answers, what should we say?', 'Use my own words: “Ask if I ordered the blue curtains”'],
      ['Where are you?', 'Edinburgh and Borders'],
      ['What help do you want? (optional)', 'Help to leave selling sex, A safe place to stay'],
      ['Page language (the site in)', 'English'],
    ] as const) {
      await expect(card.locator('dt', { hasText: label }).locator('+ dd')).toHaveText(value);
    }
    const { violations } = await new AxeBuilder({ page: desk }).withTags(TAGS).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);

    // Reached, with a note; then closed, after saying yes.
    await card.getByLabel('Status').selectOption('reached');
    await card.getByLabel(/Note/).fill('Spoke on Tuesday; calling back Thursday');
    await card.getByRole('button', { name: 'Save' }).click();
    await expect(desk.locator('article').first()).toContainText('Status: Reached');
    await expect(desk.locator('article').first().getByLabel(/Note/)).toHaveValue('Spoke on Tuesday; calling back Thursday');
    await desk.getByRole('button', { name: 'Close request…' }).click();
    await expect(desk.getByRole('heading', { level: 1 })).toContainText('Close request');
    await desk.getByRole('button', { name: 'Yes, close it' }).click();
    await expect(desk.getByText('No callback requests. Nothing is waiting here.')).toBeVisible();

    // The report, under its service, beside the record as the directory has it now.
    const group = desk.locator('section', { has: desk.getByRole('heading', { name: /Samaritans.*1 report/ }) });
    await expect(group.locator('dt', { hasText: 'Record' }).locator('+ dd')).toContainText('content/services/samaritans.yaml');
    await expect(group.locator('dt', { hasText: 'Phone' }).locator('+ dd')).toContainText('116 123');
    const report = group.locator('article');
    await expect(report.getByRole('heading', { level: 4 })).toHaveText('The phone number does not work');
    await expect(report.locator('dt', { hasText: 'What else' }).locator('+ dd')).toHaveText('Rang twice, no answer');
    await report.getByLabel('Status').selectOption('reached');
    await report.getByRole('button', { name: 'Save' }).click();
    // check:content lists it among the records to look at, from the hub's inbox.
    const content = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', '--services', services, '--out', join(hubDir, 'check.md')], {
      env: { ...process.env, PATHWAY_HUB_DIR: hubDir }, encoding: 'utf8',
    });
    expect(content.stdout).toMatch(/open problem reports in the hub's inbox \(1\):\n {2}samaritans\n/);
    // Confirmed with the service, from the inbox: the record's file changes.
    await group.getByLabel('Checked with the service by').selectOption('phone');
    await group.getByRole('button', { name: 'Mark the record confirmed today' }).click();
    await expect(desk.getByRole('heading', { level: 1 })).toHaveText('Record confirmed');
    expect(readFileSync(join(services, 'samaritans.yaml'), 'utf8')).toMatch(/status: active[\s\S]*confirmed:\n {2}method: phone/);
    await desk.goto(url);
    await desk.getByRole('button', { name: 'Close report…' }).click();
    await desk.getByRole('button', { name: 'Yes, close it' }).click();
    await expect(desk.getByText('No problem reports.')).toBeVisible();
    expect(count(hubDir)).toBe(0);

    // Another page in the same browser can neither change nor read the inbox.
    const origin = new URL(url).origin;
    const forged = await fetch(`${origin}/update`, { method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' }, body: 'id=x&status=closed' });
    expect(forged.status).toBe(403);
    // A DNS-rebound name (fetch will not set Host, so node:http does).
    const rebound = await new Promise<number>((resolve, reject) => {
      request(url, { headers: { host: `evil.example:${new URL(url).port}` } }, (res) => resolve(res.statusCode ?? 0)).on('error', reject).end();
    });
    expect(rebound).toBe(421);
  });
}

test('the inbox refuses to serve any address but this machine', () => {
  const dir = tempDir('pathway-hub-');
  const result = hub(['inbox', '--key', PRIVATE_KEY_PATH, '--host', '0.0.0.0'], dir);
  expect(result.status).toBe(2);
  expect(result.stderr).toContain('this machine only');
});
