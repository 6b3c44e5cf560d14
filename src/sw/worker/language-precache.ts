// One language's pages, cached at install. Workbox's precache keeps its list inside the
// worker script, which would mean shipping every language's list to every visitor; here
// each language's list is a small file fetched at install (only for her languages) and
// stored beside the pages, so nothing needs to stay in memory between worker restarts.
import { languageManifestUrl } from '../../lib/precache';
import { isLocale } from '../../i18n/locales';
import { DEFAULT_LOCALE, languageOf } from './site';
import { VERSION, languageOfCache, pagesCache } from './cache-names';
import { matchesRevision } from '../../lib/revision';

declare const self: ServiceWorkerGlobalScope;

interface Entry {
  url: string;
  revision: string | null;
}
interface LanguageManifest {
  version: string;
  lang: string;
  /** The language's offline copy in bytes on the wire (gzip), shared files included. */
  bytes: number;
  entries: Entry[];
}

const isManifestKey = (request: Request) => new URL(request.url).pathname.startsWith('/sw-manifest/');

/** The languages an earlier version of the worker took offline. */
export async function earlierLanguages(): Promise<string[]> {
  return [...new Set((await caches.keys()).map(languageOfCache).filter(isLocale))];
}

/**
 * The languages to take offline: on an update, those an earlier version had; on a first
 * visit, the language of the pages open now (the page that registered the worker).
 */
export async function languagesToPrecache(): Promise<string[]> {
  const earlier = await earlierLanguages();
  if (earlier.length > 0) return earlier;
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = windows.map((w) => languageOf(new URL(w.url)));
  return [...new Set(open.length > 0 ? open : [DEFAULT_LOCALE])];
}

/** Whether this version holds the whole of a language (its list is stored last). */
export async function languageKept(lang: string): Promise<boolean> {
  return (await caches.match(languageManifestUrl(lang, VERSION), { cacheName: pagesCache(lang) })) !== undefined;
}

/** How many bytes taking a language offline costs, from its page list. */
export async function languageBytes(lang: string): Promise<number> {
  return (await fetchManifest(lang)).bytes;
}

async function fetchManifest(lang: string): Promise<LanguageManifest> {
  const response = await fetch(languageManifestUrl(lang, VERSION), { cache: 'no-cache' });
  if (!response.ok) throw new Error(`No page list for "${lang}" (${response.status})`);
  const manifest = (await response.json()) as LanguageManifest;
  if (manifest.version !== VERSION) throw new Error(`Page list for "${lang}" is from version ${manifest.version}`);
  return manifest;
}

/** An earlier version's copy of each page, by URL, with the revision it was stored at. */
async function earlierCopies(lang: string): Promise<Map<string, { revision: string | null; cache: Cache }>> {
  const copies = new Map<string, { revision: string | null; cache: Cache }>();
  for (const name of await caches.keys()) {
    if (languageOfCache(name) !== lang || name === pagesCache(lang)) continue;
    const cache = await caches.open(name);
    const stored = (await cache.keys()).find(isManifestKey);
    const manifest = stored && ((await (await cache.match(stored))?.json()) as LanguageManifest | undefined);
    for (const entry of manifest?.entries ?? []) copies.set(new URL(entry.url, self.location.href).href, { revision: entry.revision, cache });
  }
  return copies;
}

/**
 * A page as the build listed it. A body that does not match its revision (the server
 * already serves another version, or a cache in between kept an old one) is fetched once
 * more past every cache, then refused: the install fails and the browser tries again on a
 * later visit, rather than keeping one version's page under another's revision.
 */
async function fetchPage(url: string, revision: string | null): Promise<Response> {
  for (const cache of ['no-cache', 'reload'] as const) {
    const response = await fetch(url, { cache, credentials: 'same-origin' });
    // A redirected response cannot answer a navigation, and an error page must not be kept.
    if (!response.ok || response.redirected) throw new Error(`Cannot take ${url} offline (${response.status})`);
    if (await matchesRevision(response, revision)) return response;
  }
  throw new Error(`${url} is not the version this worker lists (revision ${revision})`);
}

/**
 * Stores every page of a language under this version. Pages whose revision has not changed
 * are copied from the earlier version's cache instead of downloaded again: on a phone with
 * little data an update of one service should not cost the whole directory.
 */
export async function precacheLanguage(lang: string): Promise<void> {
  const manifest = await fetchManifest(lang);
  const cache = await caches.open(pagesCache(lang));
  const earlier = await earlierCopies(lang);
  // One at a time, as Workbox does: gentle on a poor connection, and on the server.
  for (const entry of manifest.entries) {
    const url = new URL(entry.url, self.location.href).href;
    if (await cache.match(url)) continue; // an interrupted install of this same version
    const copy = earlier.get(url);
    const earlierCopy = entry.revision && copy?.revision === entry.revision ? await copy.cache.match(url) : undefined;
    // An earlier copy is carried forward only if its body really is this revision.
    const reused = earlierCopy && (await matchesRevision(earlierCopy, entry.revision)) ? earlierCopy : undefined;
    await cache.put(url, reused ?? (await fetchPage(url, entry.revision)));
  }
  // Stored last: its presence means the language is complete.
  await cache.put(languageManifestUrl(lang, VERSION), new Response(JSON.stringify(manifest), {
    headers: { 'Content-Type': 'application/json' },
  }));
}
