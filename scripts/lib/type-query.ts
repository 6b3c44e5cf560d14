// Types a query one key at a time against a fresh engine per run and times each keystroke.
// Runs in Node and, bundled by esbuild, in the benchmark's Chromium page.
import { SearchEngine } from '../../src/lib/search/engine';

export interface Timings {
  p50: number[];
  p95: number[];
  max: number[];
  load: number[];
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

export function typeQuery(json: string, query: string, runs: number): Timings {
  const result: Timings = { p50: [], p95: [], max: [], load: [] };
  for (let run = 0; run < runs; run++) {
    const t0 = performance.now();
    const engine = new SearchEngine(JSON.parse(json));
    result.load.push(performance.now() - t0);
    const times: number[] = [];
    for (let k = 1; k <= query.length; k++) {
      const start = performance.now();
      engine.search(query.slice(0, k), {}, 50);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    result.p50.push(percentile(times, 0.5));
    result.p95.push(percentile(times, 0.95));
    result.max.push(times[times.length - 1]!);
  }
  return result;
}
