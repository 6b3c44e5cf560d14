// `npm run i18n:import -- <file.po> --role "<role>" [--date YYYY-MM-DD]` (issue 22): takes
// a reviewed PO file (from i18n:export) back into src/i18n/locales/<lang>.json. Refused,
// naming each string, when a placeholder, a plural form or a number she must dial or
// press (999, 55, the 3 presses) does not match; then nothing is written. Strings whose
// "fuzzy" mark the reviewer cleared are recorded as reviewed, per string, by the role
// given (a role such as "interpreter, Glasgow service": never a person's name) and date.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fromPo } from './lib/po.ts';
import { LOCALES } from '../src/i18n/locales.ts';
import { applyImport } from '../src/lib/i18n-review.ts';
import type { Strings } from '../src/lib/i18n-check.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { role: { type: 'string' }, date: { type: 'string' } } });
const file = positionals[0];
if (!file) {
  console.error('Usage: npm run i18n:import -- <file.po> --role "interpreter, Glasgow service" [--date YYYY-MM-DD]');
  process.exit(2);
}
const { lang, strings: imported } = fromPo(readFileSync(file));
const locale = LOCALES.find((l) => l.code === lang);
if (!locale || lang === 'en') {
  console.error(`${file}: not a Pathway export (no X-Pathway-Language header naming a translated language).`);
  process.exit(1);
}
const role = values.role?.trim() ?? '';
const date = values.date ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
  console.error('--date must be YYYY-MM-DD.');
  process.exit(2);
}
const path = `src/i18n/locales/${lang}.json`;
const read = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as Strings;
const result = applyImport(read('src/i18n/locales/en.json'), read(path), locale.tag, imported, role ? { by: role, on: date } : null);
if (!result.ok) {
  console.error(`${file}: refused, nothing written:\n${result.problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
writeFileSync(path, `${JSON.stringify(result.strings, null, 2)}\n`);
console.log(`${path}: ${imported.length} strings taken; ${result.reviewedCount} newly recorded as reviewed${role ? ` by ${role} on ${date}` : ' (none: give --role to record a review)'}.`);
