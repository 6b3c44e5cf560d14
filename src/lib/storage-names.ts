// The names of what Pathway itself may store in a browser, in one place, so "Forget this
// device" can delete them by name where the browser cannot list what an origin stored
// (`indexedDB.databases()` is missing in Firefox before 126 and some in-app browsers).

/** The callback outbox (src/islands/callback/outbox.ts). */
export const OUTBOX_DATABASE = 'outbox';

/**
 * Every IndexedDB database Pathway's pages or its service worker open: the outbox, and
 * workbox-expiration's timestamps of other-language pages (src/sw/worker/strategies.ts;
 * the name is workbox's own, node_modules/workbox-expiration/models/CacheTimestampsModel.js).
 */
export const PATHWAY_DATABASES: readonly string[] = [OUTBOX_DATABASE, 'workbox-expiration'];
