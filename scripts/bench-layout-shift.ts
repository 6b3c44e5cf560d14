// Layout shift and blocking time of the search page as a phone opens a shared link
// (issue 19: /find/?q=housing had a layout shift of 0.21): Debian's Chromium at 360×640,
// CPU slowed 4× through CDP, a fresh context each run (no service worker), the median over
// runs of the sum of layout-shift entries (CLS as Lighthouse counts it for a load) and of
// the long tasks' time over 50 ms. Run `npm run build` first; this starts the built server.
// Usage: npm run bench:layout-shift [-- --runs 5 --path "/find/?q=housing"]
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    path: { type: 'string', multiple: true, default: ['/find/?q=housing', '/find/', '/'] },
    throttle: { type: 'string', default: '4' },
  },
});
const RUNS = Number(values.runs);
const PORT = Number(process.env['BENCH_PORT'] ?? 4397);
const BASE = `http://127.0.0.1:${PORT}`;

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
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function once(path: string): Promise<{ cls: number; blocking: number }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.throttle) });
  await page.addInitScript(() => {
    const w = window as unknown as { bench: { cls: number; blocking: number } };
    w.bench = { cls: 0, blocking: 0 };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) w.bench.cls += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.bench.blocking += Math.max(0, e.duration - 50);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${BASE}${path}`, { waitUntil: 'load' });
  // The island's search answers, then settles.
  await page.waitForFunction(() => !document.querySelector('[data-served-results]'), undefined, { timeout: 30_000 });
  await page.waitForTimeout(2000);
  const result = await page.evaluate(() => (window as unknown as { bench: { cls: number; blocking: number } }).bench);
  await context.close();
  return result;
}

try {
  console.log(`layout shift and blocking time, 360×640, CPU ${values.throttle}× slower, median of ${RUNS} runs`);
  for (const path of values.path) {
    const runs: { cls: number; blocking: number }[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await once(path));
    const cls = median(runs.map((r) => r.cls));
    const blocking = median(runs.map((r) => r.blocking));
    console.log(`${path.padEnd(22)} layout shift ${cls.toFixed(3)}   blocking ${Math.round(blocking)} ms   (runs: ${runs.map((r) => r.cls.toFixed(3)).join(' ')})`);
  }
} finally {
  await browser.close();
  server.kill();
}
