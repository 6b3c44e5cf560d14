// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import node from '@astrojs/node';
import { LOCALE_CODES } from './src/i18n/locales.ts';
import { buildQuickExitScript, quickExitModule } from './src/safety/build-inline.ts';
import { CSP_DIRECTIVES } from './src/lib/safety/headers.ts';
import securityHeaders from './src/safety/headers-integration.ts';

// The quick-exit head script is bundled once here so its CSP hash and the code the
// layout inlines are the same bytes.
const quickExit = await buildQuickExitScript();
import { callbackKey, callbackKeyInfo } from './src/integrations/callback-key.ts';
import { bankHolidays } from './src/integrations/bank-holidays.ts';

// Pathway is a static site with one on-demand route (POST /api/callback/), so the node
// adapter serves both the built pages and that endpoint.
export default defineConfig({
  site: process.env.PUBLIC_SITE_URL ?? 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'always',
  adapter: node({ mode: 'standalone', bodySizeLimit: 64 * 1024 }),
  session: false,
  integrations: [preact(), securityHeaders(), callbackKeyInfo()],
  i18n: {
    locales: LOCALE_CODES,
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  build: {
    // The home page must arrive in one round trip: CSS inline, no extra request.
    inlineStylesheets: 'always',
    format: 'directory',
  },
  devToolbar: { enabled: false },
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { hashes: [/** @type {`sha256-${string}`} */ (quickExit.hash)] },
    },
  },
  // The search worker is bundled on its own (an ES module, so "open now" and the bank
  // holidays can load only when a search asks for open services).
  vite: {
    plugins: [quickExitModule(quickExit), callbackKey(), bankHolidays()],
    worker: { format: 'es', plugins: () => [bankHolidays()] },
  },
  // A separate cache lets a test build a fixture without touching the real build's.
  cacheDir: process.env.PATHWAY_CACHE_DIR ?? './node_modules/.astro',
});
