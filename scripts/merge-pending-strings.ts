// Merges strings written ahead of their locale files (src/i18n/pending/<feature>.json:
// { "<lang>": { "<key>": "<text>" } }) into src/i18n/locales/<lang>.json. A language
// whose locale file does not exist yet is reported and left pending.
// Usage: npm run i18n:merge-pending -- src/i18n/pending/search.json
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) throw new Error('Give the pending strings file, e.g. src/i18n/pending/search.json');
const pending = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string> | string>;
for (const [lang, strings] of Object.entries(pending)) {
  if (lang.startsWith('_') || typeof strings === 'string') continue;
  const path = `src/i18n/locales/${lang}.json`;
  if (!existsSync(path)) {
    console.log(`${lang}: no ${path} yet, left pending`);
    continue;
  }
  const locale = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  writeFileSync(path, `${JSON.stringify({ ...locale, ...strings }, null, 2)}\n`);
  console.log(`${lang}: ${Object.keys(strings).length} strings merged`);
}
