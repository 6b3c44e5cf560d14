// What the worker does when it is installed, takes over, or is spoken to by a page.
import { VERSION, isOutdated, SHARED_CACHE } from './cache-names';
import { languagesToPrecache, precacheLanguage } from './language-precache';
import { shared } from './strategies';

declare const self: ServiceWorkerGlobalScope;

/** Copies the scripts and icons an earlier version already has, so an update fetches only what changed. */
async function reuseSharedFiles(): Promise<void> {
  const wanted = new Set(shared.getURLsToCacheKeys().values());
  const target = await caches.open(SHARED_CACHE);
  for (const name of await caches.keys()) {
    if (!name.startsWith('pathway-shared-') || name === SHARED_CACHE) continue;
    const earlier = await caches.open(name);
    for (const key of await earlier.keys()) {
      const response = wanted.has(key.url) ? await earlier.match(key) : undefined;
      if (response) await target.put(key, response);
    }
  }
}

/**
 * Takes everything offline before the worker can be used: if any file fails, the install
 * fails and the browser tries again on a later visit, rather than half a site offline.
 */
export async function install(event: ExtendableEvent): Promise<void> {
  await reuseSharedFiles();
  await shared.install(event);
  for (const lang of await languagesToPrecache()) await precacheLanguage(lang);
}

/** Deletes every earlier version's caches, then serves the pages already open. */
export async function activate(): Promise<void> {
  const names = (await caches.keys()).filter(isOutdated);
  await Promise.all(names.map((name) => caches.delete(name)));
  await self.clients.claim();
}

/**
 * A waiting worker takes over only when the page asks for it ("Refresh" on the update
 * banner, src/sw/register.ts): an update never replaces a page in the middle of a task.
 */
export function onMessage(event: ExtendableMessageEvent): void {
  const type = (event.data as { type?: unknown } | null)?.type;
  if (type === 'SKIP_WAITING') event.waitUntil(self.skipWaiting());
  if (type === 'GET_VERSION') event.ports[0]?.postMessage(VERSION);
}
