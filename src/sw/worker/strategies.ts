// How the worker answers each kind of request. The entry (sw.ts) only wires events.
import { PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { Route, Router } from 'workbox-routing';
import { NetworkFirst, NetworkOnly } from 'workbox-strategies';
import type { RouteHandlerCallbackOptions, WorkboxPlugin } from 'workbox-core/types';
import { SHARED_CACHE, VISITED_CACHE, pagesCache } from './cache-names';
import { LOCALE_CODES, isSearchIndex, languageOf, offlinePath, pageKey } from './site';
import { composedServicePage } from './service-pages';
import { matchesRevision } from '../../lib/revision';
import { canonicalPagePath } from '../../lib/offline-url';
import { keepNewest } from './keep-newest';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

/**
 * Refuses to store a shared file whose body is not the revision the build listed (the
 * revision rides in the file's precache key, as its __WB_REVISION__ parameter): the
 * install then fails and is tried again later, rather than keeping another version's
 * directory data under this version's revision.
 */
const checkRevision: WorkboxPlugin = {
  cacheWillUpdate: async ({ request, response }) => {
    const cacheKey = shared.getCacheKeyForURL(request.url) ?? request.url;
    const revision = new URL(cacheKey).searchParams.get('__WB_REVISION__');
    return (await matchesRevision(response, revision)) ? response : null;
  },
};

/** Scripts, icons, outlines and the directory's records, listed into the worker by workbox-build's injectManifest. */
export const shared = new PrecacheController({ cacheName: SHARED_CACHE, plugins: [checkRevision] });
shared.addToCacheList(self.__WB_MANIFEST);

/** A page of a precached language, straight from the phone: no wait for a slow network. */
export async function fromLanguagePrecache(url: URL): Promise<Response | undefined> {
  return caches.match(pageKey(url), { cacheName: pagesCache(languageOf(url)) });
}

// Queries stay out of cache keys: a stored `find/?q=…` would keep what she searched for.
const withoutQuery: WorkboxPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => pageKey(new URL(request.url)),
};

/** Pages of other languages: fresh from the network when there is one, else the copy she saw. */
const visited = new NetworkFirst({
  cacheName: VISITED_CACHE,
  networkTimeoutSeconds: 5,
  plugins: [withoutQuery, keepNewest(60)],
});

/** The offline page in the page's language if the phone has it, else in one it has. */
export async function offlinePage(url: URL): Promise<Response> {
  const langs = [languageOf(url), ...LOCALE_CODES];
  for (const lang of langs) {
    const path = new URL(offlinePath(lang), url).href;
    const page = (await caches.match(path, { cacheName: pagesCache(lang) })) ?? (await caches.match(path, { cacheName: VISITED_CACHE }));
    if (page) return page;
  }
  return Response.error();
}

/**
 * A language she reads but has not precached gets its offline page kept too (one small
 * page), so that an uncached page in that language later explains itself in it.
 */
async function keepOfflinePage(url: URL): Promise<void> {
  const path = new URL(offlinePath(languageOf(url)), url).href;
  const cache = await caches.open(VISITED_CACHE);
  if (!(await cache.match(path))) await cache.add(path).catch(() => undefined);
}

/**
 * Pages and search indexes: the phone's copy (or a service page built from the phone's
 * data), else the network, else the offline page. An address written another way than
 * the site's own (no trailing slash, an old service address) is redirected as the server
 * would, so it opens offline too; the query never chooses a page.
 */
export async function servePage({ request, url, event }: RouteHandlerCallbackOptions): Promise<Response> {
  const canonical = canonicalPagePath(url.pathname, LOCALE_CODES);
  if (request.mode === 'navigate' && canonical !== url.pathname) return Response.redirect(new URL(canonical + url.search, url).href, 301);
  const stored = (await fromLanguagePrecache(url)) ?? (await composedServicePage(url, shared));
  if (stored) return stored;
  try {
    const response = await visited.handle({ request, event });
    if (request.mode === 'navigate' && response.ok && event instanceof ExtendableEvent) event.waitUntil(keepOfflinePage(url));
    return response;
  } catch {
    if (request.mode !== 'navigate') return Response.error();
    // A council area's page she has not opened: the search, filtered to that area, is on the phone.
    const area = /^(\/(?:[a-z]{2}\/)?)areas\/([a-z0-9-]+)\/$/.exec(url.pathname);
    if (area && (await fromLanguagePrecache(new URL(`${area[1]}find/`, url)))) return Response.redirect(new URL(`${area[1]}find/?area=${area[2]}`, url).href, 302);
    return offlinePage(url);
  }
}

const sameOrigin = (url: URL) => url.origin === self.location.origin;

/**
 * Routes are GET only (Workbox's default): a POST, such as a callback request, is never
 * matched, so the browser sends it as if there were no worker.
 */
export function createRouter(): Router {
  const router = new Router();
  // The callback endpoint is never cached, whatever else changes below.
  router.registerRoute(new Route(({ url }) => sameOrigin(url) && url.pathname.startsWith('/api/'), new NetworkOnly()));
  router.registerRoute(new PrecacheRoute(shared));
  router.registerRoute(
    new Route(({ request, url }) => sameOrigin(url) && (request.mode === 'navigate' || isSearchIndex(url)), servePage),
  );
  return router;
}
