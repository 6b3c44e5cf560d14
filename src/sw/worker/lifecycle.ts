// What the worker does when it is installed, takes over, or is spoken to by a page.
import { VERSION, isOutdated, SHARED_CACHE } from './cache-names';
import { earlierLanguages, languageBytes, languageKept, languagesToPrecache, precacheLanguage } from './language-precache';
import { shared } from './strategies';
import { matchesRevision } from '../../lib/revision';
import { languageOf } from './site';

/**
 * Data saving was on when the page registered the worker (src/sw/register.ts): store only
 * the pages she opens, until she asks for the whole directory (issue 15).
 */
const SAVE_DATA = new URL(self.location.href).searchParams.get('data') === 'save';

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
  const languages = SAVE_DATA ? await earlierLanguages() : await languagesToPrecache();
  if (languages.length === 0) return;
  await keepLanguages(event, languages);
}

async function keepLanguages(event: ExtendableEvent, languages: readonly string[]): Promise<void> {
  await reuseSharedFiles();
  // Workbox's precache stores files only in an install event; asked later (she chose to
  // keep the directory), the worker stores them itself, checked the same way.
  if (event.type === 'install') await shared.install(event);
  else await storeSharedFiles();
  for (const lang of languages) await precacheLanguage(lang);
}

/** Stores every shared file not yet stored, refusing a body that is not its revision. */
async function storeSharedFiles(): Promise<void> {
  const cache = await caches.open(SHARED_CACHE);
  for (const cacheKey of shared.getURLsToCacheKeys().values()) {
    if (await cache.match(cacheKey)) continue;
    const response = await fetch(cacheKey, { cache: 'no-cache', credentials: 'same-origin' });
    const revision = new URL(cacheKey).searchParams.get('__WB_REVISION__');
    if (!response.ok || !(await matchesRevision(response, revision))) throw new Error(`Cannot keep ${cacheKey} (${response.status})`);
    await cache.put(cacheKey, response);
  }
}

/** The language of the page that sent a message, or the default one. */
function senderLanguage(event: ExtendableMessageEvent): string {
  const source = event.source as Client | null;
  return languageOf(new URL(source?.url ?? self.location.href));
}

/** Answers a page's question on its message port. */
function reply(event: ExtendableMessageEvent, answer: () => Promise<unknown>): void {
  event.waitUntil(answer().then((value) => event.ports[0]?.postMessage(value)));
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
 * Pages also ask for the state of their language's offline copy and, with data saving
 * on, for the whole directory (src/sw/offline-offer.ts).
 */
export function onMessage(event: ExtendableMessageEvent): void {
  const type = (event.data as { type?: unknown } | null)?.type;
  if (type === 'SKIP_WAITING') event.waitUntil(self.skipWaiting());
  if (type === 'GET_VERSION') event.ports[0]?.postMessage(VERSION);
  if (type === 'GET_OFFLINE_STATUS') {
    const lang = senderLanguage(event);
    reply(event, async () => ({ saveData: SAVE_DATA, kept: await languageKept(lang), bytes: await languageBytes(lang).catch(() => 0) }));
  }
  if (type === 'KEEP_DIRECTORY') {
    const lang = senderLanguage(event);
    reply(event, () => keepLanguages(event, [lang]).then(() => ({ ok: true }), () => ({ ok: false })));
  }
}
