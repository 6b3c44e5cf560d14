// Search speed per keystroke (DESIGN.md budget: p95 ≤ 16 ms for 3,000 services with a 4×
// CPU slowdown in Chromium). Builds deterministic synthetic directories of 300, 3,000 and
// 10,000 services, types a query one key at a time with a fresh engine each run, and
// prints the median over runs of each run's p50 and p95, in Node and in Debian's Chromium
// slowed 4× through CDP (Emulation.setCPUThrottlingRate), plus index sizes.
// Usage: npm run bench:search [-- --runs 7 --query "housing glsgow"]
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from '../src/lib/search/build-index';
import type { SearchIndexData } from '../src/lib/search/index-data';
import { syntheticServices } from './lib/synthetic-directory';
import { typeQuery, type Timings } from './lib/type-query';
import towns from '../content/council-towns.json';
import en from '../src/i18n/locales/en.json';
import config from '../playwright.config';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    query: { type: 'string', default: 'housing glsgow' },
    sizes: { type: 'string', default: '300,3000,10000' },
    throttle: { type: 'string', default: '4' },
  },
});
const RUNS = Number(values.runs);
const QUERY = values.query;
const SIZES = values.sizes.split(',').map(Number);
const THROTTLE = Number(values.throttle);

const strings = en as unknown as Record<string, string>;
function indexFor(size: number): SearchIndexData {
  return buildSearchIndex({
    lang: 'en',
    services: syntheticServices(size),
    needName: (id) => strings[`need.${id}`] ?? id,
    needKeywords: (id) => strings[`find.keywords.${id}`] ?? '',
    regionName: (id) => strings[`region.${id}`] ?? id,
    towns,
    formatChecked: (c) => c,
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => x.toFixed(x < 10 ? 2 : 1);

async function main() {
  const bundle = await build({
    stdin: {
      contents: `import { typeQuery } from './scripts/lib/type-query'; globalThis.typeQuery = typeQuery;`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
  });
  const browser = await chromium.launch(config.use?.launchOptions ?? {});
  const page = await browser.newPage();
  await page.setContent('<!doctype html><title>bench</title>');
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  const cdp = await page.context().newCDPSession(page);

  const rows: string[] = [];
  for (const size of SIZES) {
    const data = indexFor(size);
    const json = JSON.stringify(data);
    const node = typeQuery(json, QUERY, RUNS);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    const chrome: Timings = await page.evaluate(
      ([j, q, r]) => (globalThis as unknown as { typeQuery: typeof typeQuery }).typeQuery(j, q, r),
      [json, QUERY, RUNS] as const,
    );
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    rows.push(
      `| ${size.toLocaleString('en')} | ${data.words.records.length.toLocaleString('en')} | ${ms(median(node.p50))} | ${ms(median(node.p95))} | ` +
        `${ms(median(chrome.p50))} | ${ms(median(chrome.p95))} | ${Math.round(median(chrome.load))} | ` +
        `${Math.round(json.length / 1024)} KB | ${Math.round(gzipSync(json).length / 1024)} KB |`,
    );
    console.error(`${size} done`);
  }
  await browser.close();
  console.log(`query "${QUERY}" typed one key at a time (${QUERY.length} keystrokes), ${RUNS} runs, medians of per-run figures, times in ms`);
  console.log('');
  console.log(`| services | distinct words | Node p50 | Node p95 | Chromium ${THROTTLE}× p50 | Chromium ${THROTTLE}× p95 | Chromium ${THROTTLE}× index load | index | index gzip |`);
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) console.log(row);
}

await main();
