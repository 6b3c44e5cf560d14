// `npm run build` step: writes dist/client/_redirects, the old topic-naming addresses of
// service and need pages and their neutral ones (src/lib/neutral-path.ts), one
// "from to 301" line each, in the format static hosts read (Netlify, Cloudflare Pages).
// The node server answers the same 301s from this file (src/server/legacy-redirects.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../src/i18n/locales';
import { legacyRedirects } from '../src/lib/neutral-path';
import { needSchema } from '../src/lib/schema/places';
import { readServices } from './lib/content';

const roots = LOCALE_CODES.map((code) => (code === DEFAULT_LOCALE ? '' : `${code}/`));
const needs = needSchema.array().parse(parse(readFileSync('content/needs.yaml', 'utf8')));
const pairs = legacyRedirects(roots, readServices().map((s) => s.id), needs.map((n) => n.id));
const lines = pairs.map(([from, to]) => `${from} ${to} 301`);
writeFileSync('dist/client/_redirects', `# Old addresses of service and need pages (scripts/build-redirects.ts)\n${lines.join('\n')}\n`);
console.log(`redirects: ${pairs.length} old addresses → neutral ones (dist/client/_redirects)`);
