// Pathway's offline service worker, built into /sw.js by scripts/build-sw.ts. This file
// only wires events: what happens lives in lifecycle.ts, how requests are answered in
// strategies.ts.
import { activate, install, onMessage } from './lifecycle';
import { createRouter } from './strategies';

declare const self: ServiceWorkerGlobalScope;

const router = createRouter();

self.addEventListener('install', (event) => event.waitUntil(install(event)));
self.addEventListener('activate', (event) => event.waitUntil(activate()));
self.addEventListener('message', onMessage);
self.addEventListener('fetch', (event) => {
  const response = router.handleRequest({ request: event.request, event });
  if (response) event.respondWith(response);
});
