import { expect, test } from '@playwright/test';
import { EXIT_URL, stubOtherSites } from './support/exit';

// "Forget this device" on the safety page (issue 3).

test.describe('with JavaScript', () => {
  // The site's own offline worker registers itself on the first page.
  test.use({ serviceWorkers: 'allow' });

  test('removes caches, storage, databases and service workers, then leaves', async ({ page, context }) => {
    await stubOtherSites(context);
    await page.goto('/safety/');
    await page.evaluate(async () => {
      localStorage.setItem('a', '1');
      sessionStorage.setItem('b', '2');
      await (await caches.open('pages-v1')).put('/x', new Response('x'));
      await new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('outbox', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('s');
        req.onsuccess = () => (req.result.close(), resolve());
        req.onerror = () => reject(req.error);
      });
      await navigator.serviceWorker.ready;
    });
    const before = await page.evaluate(async () => ({
      caches: (await caches.keys()).includes('pages-v1'),
      databases: (await indexedDB.databases()).length,
      workers: (await navigator.serviceWorker.getRegistrations()).length,
    }));
    expect(before).toEqual({ caches: true, databases: 1, workers: 1 });

    await page.getByRole('button', { name: 'Remove and leave' }).click();
    await expect(page).toHaveURL(EXIT_URL);

    // Back on the site's origin (an image, so no page script runs), nothing is left.
    await page.goto('/icon.svg');
    const after = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      caches: await caches.keys(),
      databases: await indexedDB.databases(),
      workers: (await navigator.serviceWorker.getRegistrations()).length,
    }));
    expect(after).toEqual({ local: 0, session: 0, caches: [], databases: [], workers: 0 });
  });
});

test.describe('where the browser cannot list its databases (no indexedDB.databases)', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the outbox with a request waiting in it is removed all the same', async ({ page, context }) => {
    await stubOtherSites(context);
    // As in Firefox before 126 and some in-app browsers; the test keeps a hidden copy to look.
    await page.addInitScript(() => {
      const proto = IDBFactory.prototype as unknown as Record<string, unknown>;
      proto['listForTest'] = proto['databases'];
      delete proto['databases'];
    });
    await page.goto('/safety/');
    await page.evaluate(async () => {
      await new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('outbox', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('sealed', { keyPath: 'id' });
        req.onsuccess = () => {
          const tx = req.result.transaction('sealed', 'readwrite');
          tx.objectStore('sealed').put({ id: 'waiting', ct: 'x' });
          tx.oncomplete = () => (req.result.close(), resolve());
        };
        req.onerror = () => reject(req.error);
      });
    });
    const list = () =>
      page.evaluate(async () => {
        const factory = indexedDB as unknown as { listForTest(): Promise<{ name?: string }[]>; databases?: unknown };
        return { canList: typeof factory.databases, names: (await factory.listForTest()).map((d) => d.name) };
      });
    expect(await list()).toEqual({ canList: 'undefined', names: ['outbox'] });

    await page.getByRole('button', { name: 'Remove and leave' }).click();
    await expect(page).toHaveURL(EXIT_URL);
    await page.goto('/icon.svg');
    expect((await list()).names).toEqual([]);
  });
});

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });

  test('the button is hidden and the page explains how to remove data by hand', async ({ page }) => {
    await page.goto('/safety/');
    await expect(page.getByRole('button', { name: 'Remove and leave' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Do it yourself' })).toBeVisible();
    await expect(page.getByText('delete the data for this website', { exact: false })).toBeVisible();
  });
});
