// The names of what Pathway itself may store in a browser, in one place, so "Forget this
// device" can delete them by name where the browser cannot list what an origin stored
// (`indexedDB.databases()` is missing in Firefox before 126 and some in-app browsers).

/** The callback outbox (src/islands/callback/outbox.ts). */
export const OUTBOX_DATABASE = 'outbox';

/**
 * Every IndexedDB database Pathway's pages or its service worker open or once opened: the
 * outbox, and "workbox-expiration", the visit timestamps that versions before issue 17
 * kept (workbox-expiration's own name; the worker no longer writes it: keep-newest.ts).
 */
export const PATHWAY_DATABASES: readonly string[] = [OUTBOX_DATABASE, 'workbox-expiration'];
