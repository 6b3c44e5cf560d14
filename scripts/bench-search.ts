// Search speed per keystroke (DESIGN.md budget: p95 ≤ 16 ms for 3,000 services with a 4×
// CPU slowdown in Chromium). Builds deterministic synthetic directories of 300, 3,000 and
// 10,000 services, types a query one key at a time with a fresh engine each run, and
// prints the median over runs of each run's p50 and p95, in Node and in Debian's Chromium
// slowed 4× through CDP (Emulation.setCPUThrottlingRate), plus index sizes.
// With --site (a running built server, e.g. http://127.0.0.1:4321), it also types into the
// real find/ page, with the synthetic index served in place of the real one, and times
// each search's round trip through the worker and the longest main-thread task.
// Usage: npm run bench:search [-- --runs 7 --query "housing glsgow" --site http://127.0.0.1:4321]
import { build } from 'esbuild';
import { chromium, type Browser } from '@playwright/test';
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
    site: { type: 'string' },
  },
});
const RUNS = Number(values.runs);
const QUERY = values.query;
const SIZES = values.sizes.split(',').map(Number);
const THROTTLE = Number(values.throttle);
const SITE = values.site;

const strings = en as unknown as Record<string, string>;
function indexFor(size: number): SearchIndexData {
  return buildSearchIndex({
    lang: 'en',
    services: syntheticServices(size),
    needName: (id) => strings[`need.${id}`] ?? id,
    needKeywords: (id) => strings[`find.keywords.${id}`] ?? '',
    languageKeywords: strings['find.keywords.languages'] ?? '',
    regionName: (id) => strings[`region.${id}`] ?? id,
    towns,
    formatChecked: (c) => c,
  });
}

// Plain JavaScript for the page (a string, so no bundler helpers leak into it): times each
// search message's round trip through the worker and records the longest main-thread task.
const INSTRUMENT = `
  window.__trips = [];
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
  }).observe({ type: 'longtask', buffered: false });
  const Original = window.Worker;
  window.Worker = class extends Original {
    constructor(url, options) {
      super(url, options);
      const sent = new Map();
      const post = this.postMessage.bind(this);
      this.postMessage = (m) => {
        if (m && m.type === 'search') sent.set(m.id, performance.now());
        post(m);
      };
      this.addEventListener('message', (e) => {
        const start = sent.get(e.data.id);
        if (start !== undefined) window.__trips.push(performance.now() - start);
      });
    }
  };
`;

/** Round trips (keystroke's search posted → answer back) and the longest main-thread task. */
async function typeInPage(browser: Browser, json: string): Promise<{ p50: number; p95: number; longest: number }> {
  const p50s: number[] = [];
  const p95s: number[] = [];
  const longest: number[] = [];
  for (let run = 0; run < Math.min(RUNS, 3); run++) {
    const page = await browser.newPage();
    // A context route also reaches the worker's fetch (a page route does not).
    await page.context().route('**/find/index.json', (route) => route.fulfill({ body: json, contentType: 'application/json' }));
    await page.addInitScript({ content: INSTRUMENT });
    await page.goto(`${SITE}/find/`);
    // Hydrated: the island removes its no-JavaScript note.
    await page.locator('[data-find-nojs]').waitFor({ state: 'detached' });
    const box = page.locator('#find-q');
    // Warm: the index loads in the worker before timing starts.
    await box.fill('xx');
    await page.locator('[data-find-count]').waitFor({ timeout: 60_000 });
    await box.fill('');
    await page.evaluate(() => {
      const w = window as unknown as { __trips: number[]; __longest: number };
      w.__trips = [];
      w.__longest = 0;
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await box.pressSequentially(QUERY, { delay: 120 });
    await page.waitForTimeout(1500);
    const { trips, long } = await page.evaluate(() => {
      const w = window as unknown as { __trips: number[]; __longest: number };
      return { trips: [...w.__trips].sort((a, b) => a - b), long: w.__longest };
    });
    await page.close();
    const pct = (p: number) => trips[Math.min(trips.length - 1, Math.ceil(p * trips.length) - 1)] ?? NaN;
    p50s.push(pct(0.5));
    p95s.push(pct(0.95));
    longest.push(long);
  }
  return { p50: median(p50s), p95: median(p95s), longest: median(longest) };
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
  const siteRows: string[] = [];
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
    if (SITE) {
      const site = await typeInPage(browser, json);
      siteRows.push(`| ${size.toLocaleString('en')} | ${ms(site.p50)} | ${ms(site.p95)} | ${ms(site.longest)} |`);
    }
    console.error(`${size} done`);
  }
  await browser.close();
  console.log(`query "${QUERY}" typed one key at a time (${QUERY.length} keystrokes), ${RUNS} runs, medians of per-run figures, times in ms`);
  console.log('');
  console.log(`| services | distinct words | Node p50 | Node p95 | Chromium ${THROTTLE}× p50 | Chromium ${THROTTLE}× p95 | Chromium ${THROTTLE}× index load | index | index gzip |`);
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) console.log(row);
  if (SITE) {
    console.log('');
    console.log(`In the built find/ page at ${THROTTLE}× slowdown, typed with 120 ms between keys, ${Math.min(RUNS, 3)} runs: each search's round trip through the worker, and the longest main-thread task while typing (0 = none over 50 ms).`);
    console.log('');
    console.log('| services | round trip p50 | round trip p95 | longest main-thread task |');
    console.log('| ---: | ---: | ---: | ---: |');
    for (const row of siteRows) console.log(row);
  }
}

await main();
