// Service pages built on the phone (issue 15): the precache keeps one shell and one set of
// strings per language, and the directory's records in buckets, not a page per service.
// A service page is composed from them exactly as the build composes the server's page.
import { composeServicePage } from '../../offline/compose';
import { bucketOf, bucketPath, type ServiceBucket } from '../../offline/service-record';
import type { ServiceStrings } from '../../offline/service-strings';
import { pagesCache } from './cache-names';
import { languageOf } from './site';
import type { PrecacheController } from 'workbox-precaching';

declare const self: ServiceWorkerGlobalScope;

const SERVICE_PAGE = /\/services\/([0-9a-z]{8})\/$/;

/** The page for a service address, built from what the phone holds, or undefined. */
export async function composedServicePage(url: URL, shared: PrecacheController): Promise<Response | undefined> {
  const code = SERVICE_PAGE.exec(url.pathname)?.[1];
  if (!code) return undefined;
  const lang = languageOf(url);
  const local = (path: string) => caches.match(new URL(path, self.location.href).href, { cacheName: pagesCache(lang) });
  const [shell, strings, bucket] = await Promise.all([
    local(`/directory/shell/${lang}.html`),
    local(`/directory/strings/${lang}.json`),
    shared.matchPrecache(bucketPath(bucketOf(code))),
  ]);
  if (!shell || !strings || !bucket) return undefined;
  const record = ((await bucket.json()) as ServiceBucket)[code];
  if (!record) return undefined;
  const html = composeServicePage(await shell.text(), code, record, (await strings.json()) as ServiceStrings);
  // The shell's own headers: its Content-Security-Policy is every service page's.
  return new Response(html, { status: 200, headers: shell.headers });
}
