// Header bytes per page load (issue 15): loads a few pages of the built site in Chromium
// with JavaScript and adds up, over every response, the header bytes and the body bytes on
// the wire. "Before" adds back, to each response that no longer carries them, the
// document-only headers (CSP, Permissions-Policy, X-Frame-Options, COOP) that every
// response used to carry, at the size the server would have sent them.
// Usage (after npm run build): npm run bench:headers
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { DOCUMENT_ONLY_HEADERS, SECURITY_HEADERS, isDocumentPath } from '../src/lib/safety/headers';
import { servicePath } from '../src/lib/neutral-path';

const PORT = 4391;
const origin = `http://127.0.0.1:${PORT}`;
const policies = JSON.parse(readFileSync('dist/server/security-policies.json', 'utf8')) as { fallback: string };
const omitted = DOCUMENT_ONLY_HEADERS.reduce((sum, name) => {
  const value = name === 'Content-Security-Policy' ? policies.fallback : SECURITY_HEADERS[name] ?? '';
  return sum + `${name}: ${value}\r\n`.length;
}, 0);

const server = spawn(process.execPath, ['src/server/serve.ts'], { env: { ...process.env, HOST: '127.0.0.1', PORT: String(PORT) }, stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 1500));
const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  console.log('| page | responses | header bytes before | after | body bytes | headers’ share before → after |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const path of ['/', '/find/', '/regions/glasgow/', `/${servicePath('breathing-space')}`, '/callback/']) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const responses: Promise<{ headers: number; body: number; document: boolean }>[] = [];
    page.on('response', (r) => {
      responses.push(r.request().sizes().then((s) => ({ headers: s.responseHeadersSize, body: s.responseBodySize, document: isDocumentPath(new URL(r.url()).pathname) })));
    });
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    const all = await Promise.all(responses);
    const after = all.reduce((sum, r) => sum + r.headers, 0);
    const before = after + all.filter((r) => !r.document).length * omitted;
    const body = all.reduce((sum, r) => sum + r.body, 0);
    const share = (h: number) => `${((100 * h) / (h + body)).toFixed(0)} %`;
    console.log(`| ${path} | ${all.length} | ${before} | ${after} | ${body} | ${share(before)} → ${share(after)} |`);
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
