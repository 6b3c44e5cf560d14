import { defineConfig } from '@playwright/test';

// End-to-end tests run against the built server (static pages + the callback endpoint)
// in Debian's Chromium: Playwright must never download a browser of its own.
const port = Number(process.env.E2E_PORT ?? 4329);
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL,
    // Pages are tested as pages: a service worker answering from its cache would hide what
    // the server sends and bypass page.route(). tests/e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-default-apps',
        '--no-pings',
      ],
    },
  },
  webServer: {
    command: 'node src/server/serve.ts',
    url: `${baseURL}/`,
    reuseExistingServer: false,
    // No search limit here: the suite's searches all come from one address (the limit has
    // its own test, on a server of its own, in find.spec.ts).
    env: { HOST: '127.0.0.1', PORT: String(port), PATHWAY_DATA_DIR: '.data/e2e', PATHWAY_SEARCH_RATE_LIMIT: '0' },
    stdout: 'pipe',
    timeout: 30_000,
  },
});
