// The whole directory offline at any size (issue 15): the phone keeps a shell and strings
// per language and the directory's records, and builds any service page from them. A
// page built on the phone must be byte for byte the page the server sends.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { servicePath } from '../../src/lib/neutral-path';
import { bucketOf, bucketPath, type ServiceBucket } from '../../src/offline/service-record';
import { contentServices } from './support/site';
import { waitForOfflineReady } from './support/offline';
import { startStaticServer } from './support/static-server';
import { startServer, type TestServer } from './support/callback';
import { writeSyntheticDirectory } from '../../scripts/lib/synthetic-files';

test.use({ serviceWorkers: 'allow' });

/** Every service's neutral id, from the built records. */
function builtCodes(client = 'dist/client'): string[] {
  const dir = `${client}/directory/services`;
  return readdirSync(dir).filter((f) => f.endsWith('.json')).flatMap((f) => Object.keys(JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as ServiceBucket));
}

async function visitOnce(page: Page, path: string) {
  await page.goto(path);
  await waitForOfflineReady(page);
}

for (const lang of ['', 'ar/']) {
  test(`offline, 20 service pages never opened are built on the phone, identical to the server's${lang ? ' (Arabic)' : ''}`, async ({ page, context, request }) => {
    const codes = builtCodes().slice(0, 20);
    expect(codes).toHaveLength(20);
    const fromServer = new Map<string, string>();
    for (const code of codes) fromServer.set(code, await (await request.get(`/${lang}services/${code}/`)).text());
    await visitOnce(page, `/${lang}`);
    await context.setOffline(true);
    for (const code of codes) {
      const response = await page.goto(`/${lang}services/${code}/`);
      expect(response?.fromServiceWorker(), code).toBe(true);
      expect(response?.status(), code).toBe(200);
      expect(await response?.text(), code).toBe(fromServer.get(code));
      await expect(page.locator('a[data-quick-exit]')).toBeVisible();
    }
    // The composed page runs under the same policy as the server's: nothing refused.
    await expect(page.locator('html')).toHaveAttribute('lang', lang ? 'ar' : 'en');
  });
}

test.describe('at a few hundred services (a synthetic directory built in the test)', () => {
  // The build steps of `npm run build` that make pages and the worker, on 400 synthetic
  // services in a folder of the test's own; the built server serves that build.
  let tmp: string;
  let server: TestServer;
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    tmp = mkdtempSync(join(tmpdir(), 'pathway-synthetic-'));
    symlinkSync(join(process.cwd(), 'node_modules'), join(tmp, 'node_modules'), 'dir');
    writeSyntheticDirectory(join(tmp, 'services'), 400);
    const env = { ...process.env, PATHWAY_SERVICES_DIR: join(tmp, 'services'), PATHWAY_CACHE_DIR: join(tmp, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
    const dist = join(tmp, 'dist');
    const run = (args: string[]) => execFileSync(args[0]!, args.slice(1), { env, stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 });
    run(['node_modules/.bin/astro', 'build', '--outDir', dist]);
    run([process.execPath, '--import', 'tsx', 'scripts/build-service-pages.ts', dist]);
    run([process.execPath, '--import', 'tsx', 'scripts/build-sw.ts', join(dist, 'client')]);
    server = await startServer(join(tmp, 'data'), { PATHWAY_DIST_DIR: dist });
  });
  test.afterAll(async () => {
    await server?.stop('SIGKILL');
    rmSync(tmp, { recursive: true, force: true });
  });

  test('offline, 20 service pages never opened, in English and Arabic, are the server\'s pages', async ({ browser, request }) => {
    const codes = builtCodes(join(tmp, 'dist', 'client'));
    expect(codes.length).toBe(400);
    // Spread over the directory, not only the first bucket.
    const sample = codes.filter((_, i) => i % 20 === 0).slice(0, 20);
    expect(sample).toHaveLength(20);
    for (const lang of ['', 'ar/']) {
      const fromServer = new Map<string, string>();
      for (const code of sample) fromServer.set(code, await (await request.get(`${server.url}/${lang}services/${code}/`)).text());
      // A phone of her own per language: the first visit takes her language offline.
      const context = await browser.newContext({ serviceWorkers: 'allow' });
      const page = await context.newPage();
      await visitOnce(page, `${server.url}/${lang}`);
      await context.setOffline(true);
      for (const code of sample) {
        const response = await page.goto(`${server.url}/${lang}services/${code}/`);
        expect(response?.fromServiceWorker(), code).toBe(true);
        expect(await response?.text(), `${lang}${code}`).toBe(fromServer.get(code));
      }
      await context.close();
    }
  });
});

test('offline, an address written another way opens the stored page, not "No signal"', async ({ page, context }) => {
  await visitOnce(page, '/');
  await context.setOffline(true);
  const breathing = contentServices().find((s) => s.id === 'breathing-space')!;
  for (const [path, heading] of [
    ['/services/breathing-space', breathing.name],
    ['/services/breathing-space/', breathing.name],
    ['/regions/glasgow', 'Support in Glasgow'],
    [`/${servicePath('breathing-space')}?utm_source=x`, breathing.name],
    [`/${servicePath('breathing-space')}#phone`, breathing.name],
    ['/regions/glasgow/?utm_source=x', 'Support in Glasgow'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('h1'), path).toHaveText(heading);
  }
});

test.describe('what is stored is what its revision says', () => {
  // Three deploys on one origin: v1 (this build), v2 (one service's number changed, the
  // worker rebuilt), and v3 (a rollback: v1's content under a new version).
  const code = servicePath('breathing-space').split('/')[1]!;
  const bucket = bucketPath(bucketOf(code));
  const V2_NUMBER = '0800 000 0000';
  let builds: string;
  const deploy = (name: string, version: string, change?: (text: string) => string) => {
    const client = join(builds, name, 'client');
    cpSync('dist/client', client, { recursive: true });
    if (change) {
      const file = join(client, bucket);
      writeFileSync(file, change(readFileSync(file, 'utf8')));
      rmSync(`${file}.br`, { force: true });
      rmSync(`${file}.gz`, { force: true });
    }
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-sw.ts', client], {
      env: { ...process.env, PATHWAY_BUILD_VERSION: version },
      stdio: 'pipe',
    });
    return client;
  };
  let v1: string;
  let v2: string;
  let v3: string;
  test.beforeAll(() => {
    builds = mkdtempSync(join(tmpdir(), 'pathway-deploys-'));
    v1 = deploy('v1', 'e2ev1');
    v2 = deploy('v2', 'e2ev2', (text) => text.replace(/"number":"[^"]+"/, `"number":"${V2_NUMBER}"`));
    v3 = deploy('v3', 'e2ev3');
    expect(readFileSync(join(v2, bucket), 'utf8')).toContain(V2_NUMBER);
  });
  test.afterAll(() => rmSync(builds, { recursive: true, force: true }));

  test('a worker installing while the server already serves the next version keeps nothing of it; after a rollback the phone shows the rolled-back number', async ({ page, context }) => {
    let deployed = false;
    // v1's page and worker script, then v2 for everything the worker fetches.
    const server = await startStaticServer(v1, (path) => {
      if (path === '/sw.js' && !deployed) {
        deployed = true;
        queueMicrotask(() => server.serve(v2));
      }
    });
    try {
      await page.goto(`${server.origin}/`);
      const outcome = await page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const settle = (w: ServiceWorker) => (w.state === 'redundant' || w.state === 'activated') && resolve(w.state);
            const look = async () => {
              const r = await navigator.serviceWorker.getRegistration();
              const worker = r?.installing ?? r?.waiting ?? r?.active;
              if (!worker) return void setTimeout(look, 50);
              settle(worker);
              worker.addEventListener('statechange', () => settle(worker));
            };
            void look();
          }),
      );
      // v1's worker refused v2's body under v1's revision: its install failed.
      expect(outcome).toBe('redundant');
      const stored = await page.evaluate(async (number) => {
        const found: string[] = [];
        for (const name of await caches.keys()) {
          const cache = await caches.open(name);
          for (const key of await cache.keys()) {
            const body = await (await cache.match(key))!.arrayBuffer();
            if (!new TextDecoder().decode(body).includes(number)) continue;
            const digest = [...new Uint8Array(await crypto.subtle.digest('SHA-256', body))].map((b) => b.toString(16).padStart(2, '0')).join('').slice(0, 32);
            found.push(`${name} ${key.url} sha ${digest}`);
          }
        }
        return found;
      }, V2_NUMBER);
      expect(stored).toEqual([]);

      // The rollback: v1's content as v3. The phone shows v3's number, online and offline.
      server.serve(v3);
      await page.reload();
      expect(await waitForOfflineReady(page)).toBe('e2ev3');
      const original = contentServices().find((s) => s.id === 'breathing-space')!.phone![0]!.number;
      await page.goto(`${server.origin}/services/${code}/`);
      await expect(page.locator('.facts')).toContainText(original);
      await context.setOffline(true);
      await page.goto(`${server.origin}/services/${code}/`);
      await expect(page.locator('.facts')).toContainText(original);
      await expect(page.locator('.facts')).not.toContainText(V2_NUMBER);
    } finally {
      await server.close();
    }
  });
});

test.describe('with data saving on', () => {
  test.beforeEach(async ({ page }) => {
    // As Chromium's Data Saver sets it (navigator.connection.saveData).
    await page.addInitScript(() => {
      const info = (globalThis as unknown as { NetworkInformation: { prototype: object } }).NetworkInformation;
      Object.defineProperty(info.prototype, 'saveData', { get: () => true });
    });
  });

  test('only pages she opens are stored, until she chooses to keep the whole directory', async ({ page, context }) => {
    await page.goto('/');
    await waitForOfflineReady(page);
    const offer = page.locator('[data-offline-offer]');
    await expect(offer).toBeVisible();
    await expect(offer.getByRole('button')).toHaveText(/^Keep the whole directory on this phone \(about \d+(\.\d)? MB\)$/);
    expect(await page.evaluate(() => caches.keys())).not.toContainEqual(expect.stringMatching(/^pathway-(pages|shared)-/));

    // A page she opens is kept; one she never opened is not.
    await page.goto('/about/');
    await context.setOffline(true);
    await page.goto('/about/');
    await expect(page.locator('h1')).toHaveText('About Pathway');
    await page.goto('/regions/highland/');
    await expect(page.locator('h1')).not.toHaveText(/Highland/);
    await context.setOffline(false);

    // Her choice: the whole directory, then every service opens with no signal.
    await page.goto('/');
    await offer.getByRole('button').click();
    await expect(offer.getByRole('status')).toHaveText('Done: every service now opens on this phone without signal.', { timeout: 30_000 });
    await context.setOffline(true);
    const code = servicePath('breathing-space');
    await page.goto(`/${code}`);
    await expect(page.locator('h1')).toHaveText(contentServices().find((s) => s.id === 'breathing-space')!.name);
    await page.goto('/regions/highland/');
    await expect(page.locator('h1')).toContainText('Highland');
  });
});

test('without data saving, the offer never shows', async ({ page }) => {
  await page.goto('/');
  await waitForOfflineReady(page);
  await expect(page.locator('[data-offline-offer]')).toBeHidden();
});
