// Build time against DESIGN.md's budget: 3,000 services × every language on 2 cores in
// ≤ 60 s, growing linearly. Writes deterministic synthetic directories (300, 1,000 and 3,000
// services by default) as YAML under the system's temporary folder, builds each with
// `astro build` K times, and prints the median wall clock per size, pages written, ms per
// page, and how the time grows against services and pages. The real directory is built
// the same way for reference.
//
// Only `astro build` is timed; scripts/bench-offline.ts times the whole `npm run build`
// (service pages, worker, compression, precache check) and the offline bytes.
// Needs the development callback key: run `npm run key:dev` once.
// Usage: npm run bench:build [-- --sizes 300,3000 --runs 3]
import { mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { growth, linearFit, median, type SizeResult } from './lib/build-growth';
import { writeSyntheticDirectory } from './lib/synthetic-files';
import { timeBuild, type BuildRun } from './lib/time-build';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '300,1000,3000' },
    runs: { type: 'string', default: '3' },
  },
});
const SIZES = values.sizes.split(',').map(Number);
const RUNS = Number(values.runs);
if (SIZES.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(RUNS) || RUNS < 1) {
  throw new Error('--sizes takes whole numbers such as 300,3000 and --runs a whole number ≥ 1');
}

const root = fileURLToPath(new URL('..', import.meta.url));
const REAL = readdirSync(join(root, 'content/services')).filter((f) => f.endsWith('.yaml')).length;
const tmp = mkdtempSync(join(tmpdir(), 'pathway-bench-build-'));
// The prerender step imports server chunks from inside the out folder, and Node finds their
// packages by walking up from there: without this link the build stops at "Cannot find package".
symlinkSync(join(root, 'node_modules'), join(tmp, 'node_modules'), 'dir');

const loads = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const n = (x: number) => x.toLocaleString('en');

// Each directory is a label (the real one is "real") and its folder (none for the real one).
const directories: { label: string; services: number; dir?: string }[] = [
  { label: 'real', services: REAL },
  ...SIZES.map((size) => ({ label: n(size), services: size, dir: join(tmp, `services-${size}`) })),
];
const results = new Map<string, BuildRun[]>(directories.map((d) => [d.label, []]));

try {
  for (const d of directories) if (d.dir) writeSyntheticDirectory(d.dir, d.services);
  console.log(`${availableParallelism()} cores; load average at start ${loads()} (a shared machine: other work skews wall clock)`);
  // Sizes take turns within each round, so a burst of other load falls on every size alike.
  for (let run = 1; run <= RUNS; run++) {
    for (const d of directories) {
      const r = await timeBuild({
        root,
        outDir: join(tmp, 'dist'),
        cacheDir: join(tmp, 'cache'),
        ...(d.dir ? { servicesDir: d.dir } : {}),
        logFile: join(tmp, 'build.log'),
      });
      results.get(d.label)!.push(r);
      const usage = r.cpuMs === null ? '' : `, ${s(r.cpuMs)} CPU, ${(r.peakKb! / 1024 ** 2).toFixed(1)} GB peak`;
      console.log(`  ${d.label.padStart(5)} services, run ${run}/${RUNS}: ${s(r.ms)} wall${usage}, ${n(r.pages)} pages`);
    }
  }
  console.log(`load average at end ${loads()}\n`);
  report();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

function report() {
  const summary: (SizeResult & { label: string; cpu: number | null; peakKb: number | null })[] = directories.map((d) => {
    const runs = results.get(d.label)!;
    const cpu = runs.every((r) => r.cpuMs !== null) ? median(runs.map((r) => r.cpuMs!)) : null;
    const peakKb = runs.every((r) => r.peakKb !== null) ? Math.max(...runs.map((r) => r.peakKb!)) : null;
    return { label: d.label, services: d.services, pages: runs[0]!.pages, runs: runs.map((r) => r.ms), cpu, peakKb };
  });
  console.log(`\`astro build\`, median of ${RUNS} runs, cold cache each run`);
  console.log('| services | pages | median wall | min–max | ms/page | median CPU | peak memory |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of summary) {
    const m = median(r.runs);
    console.log(
      `| ${r.label === 'real' ? `${r.services} (real)` : n(r.services)} | ${n(r.pages)} | ${s(m)} | ` +
        `${s(Math.min(...r.runs))}–${s(Math.max(...r.runs))} | ${(m / r.pages).toFixed(2)} | ` +
        `${r.cpu === null ? '–' : s(r.cpu)} | ${r.peakKb === null ? '–' : `${(r.peakKb / 1024 ** 2).toFixed(1)} GB`} |`,
    );
  }

  const rows = growth(summary.filter((r) => r.label !== 'real'));
  console.log('\ngrowth against the smallest synthetic size:');
  for (const g of rows.slice(1)) {
    console.log(
      `  ${n(g.services)} vs ${n(rows[0]!.services)}: ${g.serviceRatio.toFixed(1)}× services, ` +
        `${g.pageRatio.toFixed(1)}× pages, ${g.timeRatio.toFixed(2)}× time`,
    );
  }
  const fit = linearFit(rows);
  if (fit) {
    console.log(
      `  least squares over the medians: ${s(fit.fixedMs)} fixed + ${fit.msPerPage.toFixed(2)} ms per page; ` +
        `furthest size off that line by ${(fit.worstResidual * 100).toFixed(1)}%`,
    );
  }
  const at3000 = rows.find((g) => g.services === 3000);
  if (at3000) console.log(`\n3,000 services: ${s(at3000.medianMs)} median against the 60 s budget`);
}
