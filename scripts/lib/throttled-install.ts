// Times a first visit's offline install in Chromium over a slow connection, for
// scripts/bench-offline.ts: a local server answers each request after 400 ms (the round
// trip) and sends its gzip bytes at 400 kbit/s shared by all requests, as a cheap phone
// on poor 3G would get them. Chromium's own throttling does not reach service workers.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';
import { COMPRESSIBLE } from '../../src/server/compressed-static.ts';

const RTT_MS = 400;
const BYTES_PER_MS = 400_000 / 8 / 1000;

/** Milliseconds from the first request of the home page to its worker being active. */
export async function timeInstall(client: string): Promise<number> {
  let busyUntil = 0;
  const server = createServer((req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (path.endsWith('/')) path += 'index.html';
    const file = join(client, path);
    if (!existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
    const gz = existsSync(`${file}.gz`) ? `${file}.gz` : null;
    const body = readFileSync(gz ?? file);
    // The link carries one response at a time: each waits for those before it.
    const start = Math.max(Date.now() + RTT_MS, busyUntil);
    busyUntil = start + body.length / BYTES_PER_MS;
    setTimeout(() => {
      res.writeHead(200, {
        'Content-Type': COMPRESSIBLE[extname(file)] ?? 'application/octet-stream',
        ...(gz ? { 'Content-Encoding': 'gzip' } : {}),
        'Cache-Control': 'no-cache',
      });
      res.end(body);
    }, busyUntil - Date.now());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    const start = Date.now();
    await page.goto(`http://127.0.0.1:${port}/`, { timeout: 600_000 });
    // A string, so the bundler's helpers never reach the page.
    await page.evaluate(`new Promise((resolve) => {
      const look = () => navigator.serviceWorker.getRegistration().then((r) =>
        r && r.active && r.active.state === 'activated' ? resolve() : setTimeout(look, 200));
      look();
    })`);
    return Date.now() - start;
  } finally {
    await browser.close();
    server.close();
  }
}
