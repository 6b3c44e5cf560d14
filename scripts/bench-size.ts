// Page weight against DESIGN.md's budgets, from the built site (run `npm run build` first):
// home page HTML + CSS + inline script ≤ 14 KB gzip; JS before interaction ≤ 30 KB gzip.
// Sizes are deterministic, so tests/e2e/budgets.spec.ts asserts the same numbers.
import { builtPages } from '../tests/e2e/support/site';
import { pageWeight } from './lib/page-weight';

const weights = builtPages().map((p) => pageWeight(p));
const home = weights.find((w) => w.page === '/')!;
const heaviestHtml = weights.reduce((a, b) => (b.htmlGzip > a.htmlGzip ? b : a));
const heaviestJs = weights.reduce((a, b) => (b.jsGzip > a.jsGzip ? b : a));
const kb = (n: number) => `${n} B (${(n / 1024).toFixed(1)} KB)`;
console.log(`pages measured:                  ${weights.length}`);
console.log(`home page HTML+CSS+inline, gzip: ${kb(home.htmlGzip)}   budget 14 KB`);
console.log(`home page JS before interaction: ${kb(home.jsGzip)}`);
console.log(`heaviest page HTML, gzip:        ${kb(heaviestHtml.htmlGzip)}  ${heaviestHtml.page}`);
console.log(`most JS before interaction:      ${kb(heaviestJs.jsGzip)}  ${heaviestJs.page}   budget 30 KB`);
