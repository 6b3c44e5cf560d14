// The HSDS export as the built server serves it, and the about page that credits it.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { contentServices } from './support/site';
import { createHsdsValidator } from '../../src/lib/hsds/validator';
import { loadHsdsSchemas } from '../../scripts/lib/hsds-schemas';

const services = contentServices();

test('the built /hsds/ files are the root document, one page of every service, and one file each', async ({ request }) => {
  const root = await request.get('/hsds/index.json');
  expect(root.headers()['content-type']).toContain('application/json');
  expect(await root.json()).toMatchObject({ version: '3.0' });

  const response = await request.get('/hsds/services.json');
  expect(response.status()).toBe(200);
  const page = await response.json();
  expect(page).toMatchObject({ total_items: services.length, total_pages: 1, page_number: 1, size: services.length, first_page: true, last_page: true, empty: false });

  const validator = createHsdsValidator(loadHsdsSchemas());
  expect(validator.pageProblems(page)).toEqual([]);
  for (const record of page.contents) {
    expect(validator.problems('service', record), record.name).toEqual([]);
    const one = await request.get(`/hsds/services/${record.id}.json`);
    expect(one.status(), record.name).toBe(200);
    expect(await one.json()).toEqual(record);
  }
});

test('the published services.json imports back to content/services, all but the editor notes it never publishes', async ({ request }) => {
  const dir = mkdtempSync(join(tmpdir(), 'pathway-hsds-e2e-'));
  try {
    writeFileSync(join(dir, 'services.json'), await (await request.get('/hsds/services.json')).body());
    await promisify(execFile)('node_modules/.bin/tsx', ['scripts/import-hsds.ts', join(dir, 'services.json'), '--out', join(dir, 'out')]);
    const files = readdirSync('content/services').sort();
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(files);
    for (const f of files) {
      const { editorNotes: _notes, ...published } = parse(readFileSync(join('content/services', f), 'utf8')) as Record<string, unknown>;
      expect(parse(readFileSync(join(dir, 'out', f), 'utf8')), f).toEqual(published);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'when JavaScript is unavailable', () => {
    test.use({ javaScriptEnabled });

    test('the about page links staff to the export and credits HSDS and the boundaries', async ({ page }) => {
      await page.goto('/about/');
      const licences = page.locator('#licences + ul');
      await expect(licences).toContainText('Open data format: Human Services Data Specification (HSDS) 3.0, an Open Referral resource. The specification is licensed under Creative');
      await expect(licences.locator('a[href="https://creativecommons.org/licenses/by-sa/4.0/"]')).toBeVisible();
      await expect(licences.locator('a[href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"]')).toBeVisible();
      await expect(licences).toContainText('Office for National Statistics');

      const link = page.locator('a[data-hsds-export]');
      await expect(link).toHaveText('The directory as HSDS 3.0 data (JSON)');
      const [response] = await Promise.all([page.waitForEvent('response', (r) => r.url().endsWith('/hsds/services.json')), link.click()]);
      expect(response.status()).toBe(200);
      expect((await response.json()).total_items).toBe(services.length);
    });
  });
}
