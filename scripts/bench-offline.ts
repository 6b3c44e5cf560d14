// Offline at Scotland's real size (issue 15): for synthetic directories of 300, 1,000 and
// 3,000 services, runs the whole `npm run build` pipeline (astro build, service pages,
// worker, compression, precache check) K times and reports, per size:
//   - the median wall clock of the whole build and of each step (2 cores, shared machine);
//   - what one language costs to take offline (gzip bytes, from check-precache), and per service;
//   - the bytes a phone downloads for an update that changes one service's phone number
//     (the files whose content revision changed between two builds, gzip).
// With --install, it also times a first visit's install at 3,000 services in Chromium over
// a throttled local server (400 kbit/s down, 400 ms per request), from the page's load to
// the worker being active; the page stays usable meanwhile (the install runs in the worker).
// Usage: npm run bench:offline [-- --sizes 300,1000,3000 --runs 3 --install]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { median } from './lib/build-growth';
import { writeSyntheticDirectory } from './lib/synthetic-files';
import { timeInstall } from './lib/throttled-install';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '300,1000,3000' },
    runs: { type: 'string', default: '3' },
    install: { type: 'boolean', default: false },
  },
});
const SIZES = values.sizes.split(',').map(Number);
const RUNS = Number(values.runs);
const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'pathway-bench-offline-'));
symlinkSync(join(root, 'node_modules'), join(tmp, 'node_modules'), 'dir');
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const n = (x: number) => x.toLocaleString('en');

const STEPS = (dist: string): [string, string[]][] => [
  ['astro build', [join(root, 'node_modules/.bin/astro'), 'build', '--outDir', dist]],
  ['service pages', [join(root, 'node_modules/.bin/tsx'), 'scripts/build-service-pages.ts', dist]],
  ['worker', [join(root, 'node_modules/.bin/tsx'), 'scripts/build-sw.ts', join(dist, 'client')]],
  ['compress', [join(root, 'node_modules/.bin/tsx'), 'scripts/compress.ts', join(dist, 'client')]],
  ['precache check', [join(root, 'node_modules/.bin/tsx'), 'scripts/check-precache.ts', join(dist, 'client')]],
];

/** Runs the build's steps on a services folder; times each; returns check-precache's output. */
function build(servicesDir: string, dist: string): { ms: Record<string, number>; precache: string } {
  rmSync(dist, { recursive: true, force: true });
  // Each build's own version (a hash of its files), as npm run build makes it.
  const { PATHWAY_BUILD_VERSION: _fixed, ...inherited } = process.env;
  const env = { ...inherited, PATHWAY_SERVICES_DIR: servicesDir, PATHWAY_CACHE_DIR: join(tmp, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
  rmSync(join(tmp, 'cache'), { recursive: true, force: true });
  const ms: Record<string, number> = {};
  let precache = '';
  for (const [name, [command, ...args]] of STEPS(dist)) {
    const start = performance.now();
    const run = spawnSync(command!, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    ms[name] = performance.now() - start;
    if (run.status !== 0 && name !== 'precache check') throw new Error(`${name} failed:\n${(run.stdout + run.stderr).split('\n').slice(-30).join('\n')}`);
    if (name === 'precache check') precache = run.stdout + run.stderr;
  }
  return { ms, precache };
}

/** gzip bytes per language from check-precache's output. */
function languageBytes(precache: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of precache.matchAll(/^\s+(\w+)\s+\d+ files \+ shared .*gzip .*\((\d+) B\)$/gm)) out[m[1]!] = Number(m[2]);
  return out;
}

/** Every precached file with its revision: the worker's shared list and each language's list. */
function revisions(client: string): Map<string, string | null> {
  const out = new Map<string, string | null>();
  const worker = readFileSync(join(client, 'sw.js'), 'utf8');
  for (const m of worker.matchAll(/\{"revision":(null|"[^"]*"),"url":"([^"]+)"\}/g)) out.set(m[2]!, JSON.parse(m[1]!));
  for (const file of readdirSync(join(client, 'sw-manifest')).filter((f) => f.endsWith('.json'))) {
    const { entries } = JSON.parse(readFileSync(join(client, 'sw-manifest', file), 'utf8')) as { entries: { url: string; revision: string | null }[] };
    for (const e of entries) out.set(e.url, e.revision);
  }
  return out;
}

const fileOf = (client: string, url: string) => join(client, url.endsWith('/') ? `${url}index.html` : url);

console.log(`load average at start ${loadavg().map((l) => l.toFixed(1)).join(' ')} (a shared machine)`);
const rows: string[] = [];
try {
  for (const size of SIZES) {
    const dir = join(tmp, `services-${size}`);
    const ids = writeSyntheticDirectory(dir, size);
    const runs: Record<string, number>[] = [];
    let bytes: Record<string, number> = {};
    for (let run = 1; run <= RUNS; run++) {
      const result = build(dir, join(tmp, 'dist'));
      runs.push(result.ms);
      bytes = languageBytes(result.precache);
      if (run === 1) console.log(result.precache.trim().split('\n').map((l) => `    ${l}`).join('\n'));
      const total = Object.values(result.ms).reduce((a, b) => a + b, 0);
      console.log(`  ${n(size)} services, run ${run}/${RUNS}: ${s(total)} (${Object.entries(result.ms).map(([k, v]) => `${k} ${s(v)}`).join(', ')})`);
    }
    const totals = runs.map((r) => Object.values(r).reduce((a, b) => a + b, 0));
    const largest = Math.max(...Object.values(bytes));
    const steps = Object.keys(runs[0]!).map((k) => `${k} ${s(median(runs.map((r) => r[k]!)))}`).join(', ');

    // One service's phone number changes: which files does a phone download again?
    const client = join(tmp, 'dist', 'client');
    const before = revisions(client);
    const file = join(dir, `${ids[0]}.yaml`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/number: "?[0-9 +]+"?/, 'number: "0800 111 2222"'));
    build(dir, join(tmp, 'dist-next'));
    const nextClient = join(tmp, 'dist-next', 'client');
    const after = revisions(nextClient);
    const changed = [...after].filter(([url, rev]) => rev !== null && before.get(url) !== rev).map(([url]) => url);
    const enChanged = changed.filter((u) => !/^\/(ro|pl|zh|th|vi|sq|es|ar)\//.test(u) && !/directory\/(shell|strings)\/(?!en)/.test(u));
    const updateBytes = enChanged.reduce((sum, url) => sum + gzipSync(readFileSync(fileOf(nextClient, url))).length, 0)
      + gzipSync(readFileSync(join(nextClient, 'sw.js'))).length;
    console.log(`  one changed number: ${enChanged.length} files of one language change (${enChanged.join(', ')})`);

    let install = '';
    if (values.install && size === Math.max(...SIZES)) {
      const ms = await timeInstall(join(tmp, 'dist', 'client'));
      install = `${s(ms)}`;
      console.log(`  first-visit install at 400 kbit/s, 400 ms per request: ${install}`);
    }
    rows.push(
      `| ${n(size)} | ${s(median(totals))} (${steps}) | ${n(largest)} B (${(largest / 1024 / 1024).toFixed(2)} MB) | ${Math.round(largest / size)} B | ${n(updateBytes)} B in ${enChanged.length + 1} files | ${install || '–'} |`,
    );
  }
  console.log(`\nmedian of ${RUNS} runs; bytes gzip (the server sends Brotli where the browser takes it)`);
  console.log('| services | `npm run build` median (steps) | precache, largest language | per service | update after one changed number (English) | first-visit install |');
  console.log('|---:|---|---:|---:|---:|---:|');
  for (const r of rows) console.log(r);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
