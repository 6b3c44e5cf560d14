// What the browser's History list keeps (issue 14, repro 9). history.length says nothing
// about it: Chromium records every URL a tab shows, location.replace and replaceState
// included, in the profile's History database, which feeds the History page and the
// address bar's suggestions. So this test uses a real profile on disk, walks a visit with
// JavaScript on, closes the browser and reads that database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { chromium, expect, test } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { contentServices } from './support/site';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const SEARCH_WORDS = ['rape', 'crisis'];
const NEED_IDS = (parse(readFileSync('content/needs.yaml', 'utf8')) as { id: string }[]).map((n) => n.id);

function historyUrls(profile: string): string[] {
  const db = new DatabaseSync(join(profile, 'Default', 'History'), { readOnly: true });
  try {
    return (db.prepare('SELECT url FROM urls').all() as { url: string }[]).map((r) => r.url);
  } finally {
    db.close();
  }
}

test('after home → find → "rape crisis" → a service → home, the History database holds no search or topic words', async ({}, testInfo) => {
  const profile = mkdtempSync(join(tmpdir(), 'pathway-profile-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      ...testInfo.project.use.launchOptions,
      baseURL,
      serviceWorkers: 'block',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await page.locator('nav a[href="/find/"]').click();
    await page.locator('#find-q').fill('rape crisis');
    const $first = page.locator('[data-search-results] a').first();
    await expect($first).toBeVisible();
    await $first.click();
    await page.waitForURL(/\/services\//);
    await page.locator('.site-bar a.brand').click();
    await page.waitForURL(`${baseURL}/`);
    // The home page's own search box, sent as a form: the words go to find/ unseen.
    await page.getByLabel('What do you need help with?').fill('rape crisis');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.locator('#find-q')).toHaveValue('rape crisis');
    await context.close();

    const urls = historyUrls(profile).filter((u) => u.startsWith(baseURL));
    expect(urls.length).toBeGreaterThanOrEqual(3);
    const topics = [...SEARCH_WORDS, ...NEED_IDS, ...contentServices().map((s) => s.id)];
    const leaks = urls.flatMap((url) => topics.filter((word) => decodeURIComponent(url).toLowerCase().includes(word)).map((w) => `${url} names "${w}"`));
    expect(leaks).toEqual([]);
    for (const url of urls) expect(new URL(url).search, url).toBe('');
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
