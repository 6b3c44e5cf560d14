// A size limit for a runtime cache that records nothing about when she visited.
// workbox-expiration's ExpirationPlugin would keep every visited page's URL with a
// millisecond timestamp in an IndexedDB database ("workbox-expiration"): a log of her
// visits, to the millisecond, for anyone who opens the browser's storage (issue 17).
import type { WorkboxPlugin } from 'workbox-core/types';

/**
 * Keeps at most `maxEntries` responses in the cache it is used with, deleting the oldest
 * first. The Cache API keeps entries in the order they were stored, and storing a URL
 * again moves it to the end (Service Workers spec, "Batch Cache Operations"), so the
 * order alone is the age: no time is written anywhere. The cache name carries the build
 * version (cache-names.ts), so nothing outlives the next update either.
 */
export function keepNewest(maxEntries: number): WorkboxPlugin {
  return {
    cacheDidUpdate: async ({ cacheName }) => {
      const cache = await caches.open(cacheName);
      const keys = await cache.keys();
      for (const key of keys.slice(0, Math.max(0, keys.length - maxEntries))) await cache.delete(key);
    },
  };
}
