// Quick exit latency in Chromium: from the click (or the third Shift) to the start of
// the navigation away, median over several runs, at normal speed and with a 4× CPU
// slowdown (a cheap phone). Run `npm run build` first; this starts the built server.
//
// How it is timed: both ends are read from the browser's own clocks. The input's time
// is `performance.timeOrigin + event.timeStamp` on Pathway's page (the time the
// browser received the input); the navigation's start is `performance.timeOrigin` of
// the destination page, which by the HTML spec is when that navigation started. The
// destination is a local stub (page.route), so nothing leaves the machine.
import { spawn } from 'node:child_process';
import { chromium, type Page } from '@playwright/test';
import { setTimeout as sleep } from 'node:timers/promises';

const RUNS = Number(process.env['RUNS'] ?? 15);
const PORT = Number(process.env['BENCH_PORT'] ?? 4398);
const BASE = `http://127.0.0.1:${PORT}`;
const PAGE = '/regions/glasgow/';

const server = spawn(process.execPath, ['src/server/serve.ts'], {
  env: { ...process.env, HOST: '127.0.0.1', PORT: String(PORT) },
  stdio: ['ignore', 'inherit', 'pipe'],
});
await new Promise<void>((resolve, reject) => {
  // The server's start line goes to stderr (src/server/log.ts).
  server.stderr!.on('data', (d: Buffer) => (String(d).includes('Pathway:') ? resolve() : undefined));
  server.on('exit', (code) => reject(new Error(`server exited with ${code}: run npm run build first`)));
});

const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-default-apps', '--no-pings'],
});

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function once(trigger: 'click' | 'shift', slowdown: number): Promise<number> {
  const context = await browser.newContext();
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  let inputAt = 0;
  let resolveStart!: (t: number) => void;
  const navigationStart = new Promise<number>((r) => (resolveStart = r));
  // Raw CDP bindings: Playwright's exposeFunction drops calls from a page that is
  // already navigating away, which is exactly when the input is reported.
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: 'benchInput' });
  await cdp.send('Runtime.addBinding', { name: 'benchStart' });
  cdp.on('Runtime.bindingCalled', ({ name, payload }) => {
    if (name === 'benchInput') inputAt = Number(payload);
    if (name === 'benchStart') resolveStart(Number(payload));
  });
  // Runs before the page's own scripts, so its capturing listeners see the input first.
  await page.addInitScript(() => {
    const w = window as unknown as { benchInput(t: string): void; benchStart(t: string): void };
    if (location.protocol === 'https:') {
      w.benchStart(String(performance.timeOrigin));
      return;
    }
    // No named functions in here: tsx would wrap them in a helper the page lacks.
    addEventListener('click', (e) => w.benchInput(String(performance.timeOrigin + e.timeStamp)), true);
    addEventListener('keyup', (e) => {
      if (e.key === 'Shift') w.benchInput(String(performance.timeOrigin + e.timeStamp));
    }, true);
  });
  await context.route((url) => !url.href.startsWith(BASE), (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>stub</title>' }),
  );
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  await page.goto(BASE + PAGE);
  if (trigger === 'click') {
    await page.locator('a[data-quick-exit]').click({ noWaitAfter: true });
  } else {
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  }
  const start = await navigationStart;
  await context.close();
  if (inputAt === 0) throw new Error('the input was not recorded');
  return start - inputAt;
}

try {
  console.log(`Quick exit, input → navigation start, ${RUNS} runs each, page ${PAGE}`);
  const results: Record<string, number> = {};
  for (const slowdown of [1, 4]) {
    for (const trigger of ['click', 'shift'] as const) {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) times.push(await once(trigger, slowdown));
      const m = median(times);
      results[`${trigger}@${slowdown}x`] = m;
      console.log(
        `${trigger === 'click' ? 'click     ' : 'Shift × 3 '} CPU ${slowdown}×: median ${m.toFixed(1)} ms` +
          `  (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})   budget 50 ms`,
      );
    }
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
  await sleep(100);
}
