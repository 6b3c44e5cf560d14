import { readdirSync, readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** The pages the build listed for a language's offline copy. */
export function precachedPages(lang: string, client = 'dist/client'): string[] {
  const file = readdirSync(`${client}/sw-manifest`).find((f) => f.startsWith(`${lang}.`));
  if (!file) throw new Error(`No precache list for "${lang}" in ${client}: run npm run build`);
  const { entries } = JSON.parse(readFileSync(`${client}/sw-manifest/${file}`, 'utf8')) as { entries: { url: string }[] };
  return entries.map((e) => e.url).filter((url) => url.endsWith('/'));
}

/** Waits until the page's service worker is activated, which the worker reaches only once everything is cached. */
export async function waitForOfflineReady(page: Page): Promise<string> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active!;
    if (worker.state === 'activated') return;
    await new Promise<void>((resolve) =>
      worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()),
    );
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  return workerVersion(page);
}

/** The build version of the worker controlling the page. */
export function workerVersion(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(event.data as string);
        navigator.serviceWorker.controller!.postMessage({ type: 'GET_VERSION' }, [channel.port2]);
      }),
  );
}

/** What the site has stored on the device: worker registrations, caches and IndexedDB databases. */
export function storedTraces(page: Page) {
  return page.evaluate(async () => ({
    registrations: (await navigator.serviceWorker.getRegistrations()).length,
    caches: await caches.keys(),
    databases: (await indexedDB.databases()).map((d) => d.name),
  }));
}
