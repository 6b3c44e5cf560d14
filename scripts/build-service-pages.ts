// `npm run build` step, right after `astro build`: makes every service page in every
// language from its language's shell and the directory's records (src/offline/compose.tsx),
// the same way the offline worker makes them on the phone, so the server's page and the
// phone's are one page (issue 15). It also moves each shell to /directory/shell/<lang>.html
// for the worker, gives every page its shell's Content-Security-Policy (the page adds no
// inline script or style to it), and writes `_redirects`: the old addresses of service and
// need pages and their neutral ones (src/lib/neutral-path.ts), one "from to 301" line each,
// as static hosts read them (Netlify, Cloudflare Pages); the node server answers the same
// 301s from it (src/server/legacy-redirects.ts).
// Usage: tsx scripts/build-service-pages.ts [dist folder, default dist]
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../src/i18n/locales';
import { legacyRedirects } from '../src/lib/neutral-path';
import { needSchema } from '../src/lib/schema/places';
import { composeServicePage, SHELL_ID } from '../src/offline/compose';
import type { ServiceBucket } from '../src/offline/service-record';
import type { ServiceStrings } from '../src/offline/service-strings';

const dist = process.argv[2] ?? 'dist';
const client = join(dist, 'client');
const policiesFile = join(dist, 'server/security-policies.json');
const policies = JSON.parse(readFileSync(policiesFile, 'utf8')) as { pages: Record<string, string>; fallback: string };
const bucketsDir = join(client, 'directory/services');
const records = readdirSync(bucketsDir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => Object.entries(JSON.parse(readFileSync(join(bucketsDir, f), 'utf8')) as ServiceBucket));

mkdirSync(join(client, 'directory/shell'), { recursive: true });
let pages = 0;
for (const lang of LOCALE_CODES) {
  const root = lang === DEFAULT_LOCALE ? '' : `${lang}/`;
  const shellDir = join(client, root, 'services', SHELL_ID);
  const shell = readFileSync(join(shellDir, 'index.html'), 'utf8');
  const strings = JSON.parse(readFileSync(join(client, 'directory/strings', `${lang}.json`), 'utf8')) as ServiceStrings;
  const shellPath = `/${root}services/${SHELL_ID}/`;
  const policy = policies.pages[shellPath];
  if (!policy) throw new Error(`${policiesFile} has no policy for ${shellPath}: run after astro build`);
  writeFileSync(join(client, 'directory/shell', `${lang}.html`), shell);
  policies.pages[`/directory/shell/${lang}.html`] = policy;
  rmSync(shellDir, { recursive: true });
  delete policies.pages[shellPath];
  for (const [code, record] of records) {
    const dir = join(client, root, 'services', code);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), composeServicePage(shell, code, record, strings));
    policies.pages[`/${root}services/${code}/`] = policy;
    pages++;
  }
}
writeFileSync(policiesFile, JSON.stringify(policies));
console.log(`service pages: ${pages} (${records.length} services × ${LOCALE_CODES.length} languages) from the shells and /directory/services/`);

const roots = LOCALE_CODES.map((code) => (code === DEFAULT_LOCALE ? '' : `${code}/`));
const needs = needSchema.array().parse(parse(readFileSync('content/needs.yaml', 'utf8')));
const pairs = legacyRedirects(roots, records.map(([, r]) => r.id), needs.map((n) => n.id));
const lines = pairs.map(([from, to]) => `${from} ${to} 301`);
writeFileSync(join(client, '_redirects'), `# Old addresses of service and need pages (scripts/build-service-pages.ts)\n${lines.join('\n')}\n`);
console.log(`redirects: ${pairs.length} old addresses → neutral ones (_redirects)`);
