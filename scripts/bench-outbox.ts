// The loss rate of callback requests in issue 17's scenarios (tests/e2e/support/
// outbox-scenarios.ts): each run sends one request in a fresh browser context and is
// judged at the server: the inbox must hold one more request. Run `npm run build` first;
// this starts the built server with an inbox of its own. RUNS per scenario (default 200).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { startServer } from '../tests/e2e/support/callback.ts';
import { awaitInbox, inboxCount, SCENARIOS } from '../tests/e2e/support/outbox-scenarios.ts';

const RUNS = Number(process.env['RUNS'] ?? 200);
const only = process.env['SCENARIO'];

const dataDir = mkdtempSync(join(tmpdir(), 'pathway-bench-outbox-'));
const server = await startServer(dataDir, { PATHWAY_CALLBACK_RATE_LIMIT: '0' });
const launch = () => chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-default-apps', '--no-pings'],
});
let browser = await launch();
let relaunches = 0;

try {
  console.log(`callback loss rate, ${RUNS} runs per scenario (a run is lost when the inbox does not gain its request within 15 s)`);
  for (const [index, scenario] of SCENARIOS.entries()) {
    if (only && String(index + 1) !== only) continue;
    let lost = 0;
    let errors = 0;
    const started = Date.now();
    for (let run = 0; run < RUNS; run++) {
      const before = inboxCount(dataDir);
      // A browser that died (out of memory on a busy machine) is started again; the run
      // before it still counted, judged at the server.
      if (!browser.isConnected()) {
        browser = await launch();
        relaunches += 1;
      }
      const context = await browser.newContext({ baseURL: server.url, serviceWorkers: 'block' });
      const page = await context.newPage();
      try {
        await scenario.run(context, page, server.url);
      } catch (error) {
        // A step that did not happen as scripted (a slow machine): the run still counts,
        // judged at the server like any other.
        errors += 1;
        if (errors <= 3) console.error(`  run ${run + 1}: ${(error as Error).message.split('\n')[0]}`);
      }
      const after = await awaitInbox(dataDir, before + 1);
      if (after !== before + 1) lost += 1;
      await context.close().catch(() => undefined);
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(`${index + 1}. ${scenario.name}: lost ${lost} of ${RUNS} (${((100 * lost) / RUNS).toFixed(1)} %), ` +
      `${errors} runs with a step out of script, ${(seconds / RUNS).toFixed(1)} s a run` +
      (relaunches ? `, browser restarted ${relaunches} times so far` : ''));
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
