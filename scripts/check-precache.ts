// What each language costs to take offline, against DESIGN.md's budget (≤ 1.5 MB on the
// wire per language). Reads the report scripts/build-sw.ts writes; part of `npm run build`,
// which it fails when a language is over budget.
// Usage: tsx scripts/check-precache.ts [client folder, default dist/client]
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PRECACHE_BUDGET_BYTES } from '../src/lib/precache';
import { gzipBytes } from './lib/page-weight';

interface Report {
  version: string;
  worker: string;
  shared: string[];
  languages: Record<string, { manifest: string; files: string[] }>;
}

const client = resolve(process.argv[2] ?? 'dist/client');
const report = JSON.parse(readFileSync(join(dirname(client), 'precache-report.json'), 'utf8')) as Report;

const measure = (list: string[]) =>
  list.reduce(
    (sum, file) => ({ raw: sum.raw + statSync(join(client, file)).size, gzip: sum.gzip + gzipBytes(readFileSync(join(client, file))) }),
    { raw: 0, gzip: 0 },
  );
const kb = (n: number) => `${(n / 1024).toFixed(1).padStart(7)} KB`;

// What she downloads to be offline: the worker, the shared files, her language's list and pages.
const shared = measure([report.worker, ...report.shared]);
console.log(`offline precache, version ${report.version} (budget ${kb(PRECACHE_BUDGET_BYTES).trim()} gzip per language)`);
console.log(`  shared: worker + ${report.shared.length} files   raw ${kb(shared.raw)} (${shared.raw} B)   gzip ${kb(shared.gzip)} (${shared.gzip} B)`);
const over: string[] = [];
for (const [lang, { manifest, files }] of Object.entries(report.languages)) {
  const own = measure([manifest, ...files]);
  const raw = shared.raw + own.raw;
  const gzip = shared.gzip + own.gzip;
  console.log(`  ${lang.padEnd(3)} ${String(files.length).padStart(4)} files + shared   raw ${kb(raw)} (${raw} B)   gzip ${kb(gzip)} (${gzip} B)`);
  if (gzip > PRECACHE_BUDGET_BYTES) over.push(`${lang}: ${gzip} B`);
}
if (over.length > 0) {
  console.error(`Offline precache over budget (${PRECACHE_BUDGET_BYTES} B gzip): ${over.join(', ')}`);
  process.exit(1);
}
