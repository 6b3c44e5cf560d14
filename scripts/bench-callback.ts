// Benchmark of POST /api/callback/ against the built server (npm run build first) on
// 127.0.0.1 with durable writes (WAL, synchronous=FULL: fsync before every 202).
// Bounded: RUNS runs of COUNT posts each, each run stopped after MAX_SECONDS anyway.
// Prints per-run figures and the medians.   npm run bench:callback [-- --runs 5 --count 1000 --concurrency 8]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { validateRequest } from '../src/lib/callback/request.ts';
import { sealRequest } from '../src/lib/callback/seal.ts';
import { readPublicKeySettings } from '../src/server/key-settings.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    count: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '8' },
    'form-count': { type: 'string', default: '300' },
  },
});
const RUNS = Number(values.runs);
const COUNT = Number(values.count);
const CONCURRENCY = Number(values.concurrency);
const FORM_COUNT = Number(values['form-count']);
const MAX_SECONDS = 60;
const ENDPOINT = '/api/callback/';

if (!existsSync('dist/server/entry.mjs')) {
  console.error('Build first: npm run build');
  process.exit(1);
}

const port = await new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number };
    probe.close(() => resolve(port));
  });
});
const url = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'pathway-bench-'));
const server = spawn(process.execPath, ['src/server/serve.ts'], {
  env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), PATHWAY_DATA_DIR: dataDir,
    PATHWAY_CALLBACK_RATE_LIMIT: '0', PATHWAY_CALLBACK_GLOBAL_LIMIT: '0', PATHWAY_INBOX_MAX_REQUESTS: '0' },
  stdio: 'ignore',
});
const stop = () => {
  server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
};
process.on('exit', stop);

for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(`${url}/`)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 100));
  }
}

const fields = {
  phone: '07911 123456', days: ['mon', 'fri'], times: ['evening'], voicemail: 'no', text: 'no', cover: 'survey',
  coverWords: '', language: 'English', interpreter: 'no', region: 'glasgow', needs: ['housing'], message: 'Benchmark request',
};
const checked = validateRequest(fields);
if (!checked.ok) throw new Error('benchmark request is invalid');
const settings = readPublicKeySettings();
const formBody = new URLSearchParams({ ...fields, days: 'mon', times: 'evening', needs: 'housing', lang: 'en' }).toString();

interface Run { perSecond: number; p50: number; p99: number; ok: number }

async function run(count: number, makeRequest: (i: number) => Promise<RequestInit>, expected: number): Promise<Run> {
  const bodies = await Promise.all(Array.from({ length: count }, (_, i) => makeRequest(i)));
  const latencies: number[] = [];
  let next = 0;
  let ok = 0;
  const deadline = performance.now() + MAX_SECONDS * 1000;
  const started = performance.now();
  const worker = async () => {
    while (next < count && performance.now() < deadline) {
      const init = bodies[next++]!;
      const t0 = performance.now();
      const response = await fetch(url + ENDPOINT, { ...init, method: 'POST', redirect: 'manual' });
      await response.arrayBuffer();
      latencies.push(performance.now() - t0);
      if (response.status === expected) ok++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { perSecond: latencies.length / seconds, p50: at(0.5), p99: at(0.99), ok };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (r: Run) => `${r.perSecond.toFixed(0).padStart(5)} posts/s  p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  (${r.ok} stored)`;

async function series(label: string, count: number, make: (i: number) => Promise<RequestInit>, expected: number) {
  console.log(`\n${label}: ${RUNS} runs × ${count} posts, ${CONCURRENCY} at a time`);
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await run(count, make, expected);
    runs.push(r);
    console.log(`  run ${i + 1}: ${fmt(r)}`);
  }
  console.log(`  median: ${median(runs.map((r) => r.perSecond)).toFixed(0)} posts/s, p50 ${median(runs.map((r) => r.p50)).toFixed(1)} ms, p99 ${median(runs.map((r) => r.p99)).toFixed(1)} ms`);
}

console.log(`Node ${process.version}, server on ${url}, inbox in a temporary folder (WAL, synchronous=FULL)`);
await series('Sealed JSON envelopes (202)', COUNT, async () => ({
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(await sealRequest(settings, checked.request)),
}), 202);
await series('Plain form posts, sealed by the server (303)', FORM_COUNT, async () => ({
  headers: { 'content-type': 'application/x-www-form-urlencoded', origin: url },
  body: formBody,
}), 303);
stop();
