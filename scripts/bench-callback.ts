// Benchmark of POST /api/callback/ against the built server (npm run build first) on
// 127.0.0.1 with durable writes (fsync before every 202): the embedded SQLite (WAL,
// synchronous=FULL) and PostgreSQL (a throwaway cluster of Debian's PostgreSQL, fsync and
// synchronous_commit on, scripts/lib/postgres.ts), with 1 and 2 servers on one store
// (issue 21), posts spread over the servers in turn. Bounded: RUNS runs of COUNT posts
// each, each run stopped after MAX_SECONDS anyway. Prints per-run figures, the medians,
// and the ratio PostgreSQL/SQLite.
//   npm run bench:callback [-- --runs 5 --count 1000 --concurrency 8 --engines sqlite,postgres --servers 1,2]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { validateRequest } from '../src/lib/callback/request.ts';
import { sealRequest } from '../src/lib/callback/seal.ts';
import { readPublicKeySettings } from '../src/server/key-settings.ts';
import { startPostgres, type TestPostgres } from './lib/postgres.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    count: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '8' },
    'form-count': { type: 'string', default: '300' },
    engines: { type: 'string', default: 'sqlite,postgres' },
    servers: { type: 'string', default: '1,2' },
  },
});
const ENGINES = values.engines.split(',') as ('sqlite' | 'postgres')[];
const SERVER_COUNTS = values.servers.split(',').map(Number);
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

const sparePort = () => new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number };
    probe.close(() => resolve(port));
  });
});

/** Starts `n` servers on one store; resolves with their addresses and a way to stop them all. */
async function startServers(engine: 'sqlite' | 'postgres', n: number): Promise<{ urls: string[]; stop(): void }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pathway-bench-'));
  const postgres: TestPostgres | null = engine === 'postgres' ? startPostgres() : null;
  const children: ReturnType<typeof spawn>[] = [];
  const urls: string[] = [];
  for (let k = 0; k < n; k++) {
    const port = await sparePort();
    children.push(spawn(process.execPath, ['src/server/serve.ts'], {
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), PATHWAY_DATA_DIR: dataDir,
        PATHWAY_CALLBACK_RATE_LIMIT: '0', PATHWAY_CALLBACK_GLOBAL_LIMIT: '0', PATHWAY_INBOX_MAX_REQUESTS: '0',
        ...(postgres ? { PATHWAY_DATABASE_URL: postgres.url } : {}) },
      stdio: 'ignore',
    }));
    urls.push(`http://127.0.0.1:${port}`);
  }
  for (const url of urls) {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`${url}/`)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }
  return {
    urls,
    stop() {
      for (const c of children) c.kill('SIGTERM');
      postgres?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
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

async function run(urls: string[], count: number, makeRequest: (i: number) => Promise<RequestInit>, expected: number): Promise<Run> {
  const bodies = await Promise.all(Array.from({ length: count }, (_, i) => makeRequest(i)));
  const latencies: number[] = [];
  let next = 0;
  let ok = 0;
  const deadline = performance.now() + MAX_SECONDS * 1000;
  const started = performance.now();
  const worker = async () => {
    while (next < count && performance.now() < deadline) {
      const i = next++;
      const init = bodies[i]!;
      const t0 = performance.now();
      const response = await fetch(urls[i % urls.length]! + ENDPOINT, { ...init, method: 'POST', redirect: 'manual' });
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

async function series(urls: string[], label: string, count: number, make: (i: number) => Promise<RequestInit>, expected: number): Promise<Run> {
  console.log(`\n${label}: ${RUNS} runs × ${count} posts, ${CONCURRENCY} at a time`);
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await run(urls, count, make, expected);
    runs.push(r);
    console.log(`  run ${i + 1}: ${fmt(r)}`);
  }
  const m = { perSecond: median(runs.map((r) => r.perSecond)), p50: median(runs.map((r) => r.p50)), p99: median(runs.map((r) => r.p99)), ok: 0 };
  console.log(`  median: ${m.perSecond.toFixed(0)} posts/s, p50 ${m.p50.toFixed(1)} ms, p99 ${m.p99.toFixed(1)} ms`);
  return m;
}

console.log(`Node ${process.version}; fsync before every 202 on both engines`);
const results = new Map<string, Run>();
for (const engine of ENGINES) {
  for (const n of SERVER_COUNTS) {
    const servers = await startServers(engine, n);
    try {
      results.set(`${engine} ${n}`, await series(servers.urls, `${engine}, ${n} server(s): sealed JSON envelopes (202)`, COUNT, async () => ({
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(await sealRequest(settings, checked.request)),
      }), 202));
      if (n === 1) {
        await series(servers.urls, `${engine}, 1 server: plain form posts, sealed by the server (303)`, FORM_COUNT, async () => ({
          headers: { 'content-type': 'application/x-www-form-urlencoded', origin: servers.urls[0]! },
          body: formBody,
        }), 303);
      }
    } finally {
      servers.stop();
    }
  }
}
console.log('\n| engine | servers | posts/s | p50 ms | p99 ms |\n| --- | ---: | ---: | ---: | ---: |');
for (const [key, r] of results) {
  const [engine, n] = key.split(' ');
  console.log(`| ${engine} | ${n} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} |`);
}
for (const n of SERVER_COUNTS) {
  const pg = results.get(`postgres ${n}`);
  const lite = results.get(`sqlite ${n}`);
  if (pg && lite) console.log(`PostgreSQL/SQLite, ${n} server(s): throughput ×${(pg.perSecond / lite.perSecond).toFixed(2)}, p50 ×${(pg.p50 / lite.p50).toFixed(2)}, p99 ×${(pg.p99 / lite.p99).toFixed(2)}`);
}
