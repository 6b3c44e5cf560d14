// `npm run i18n:export -- <lang> [--out <file.po>]` (issue 22): a language's strings as a
// gettext PO file, which translators' tools open (Poedit, Lokalise, Weblate…). Each
// string: its key (msgctxt), the English source (msgid), the translation (msgstr), where
// it appears (reference: source file and page), a note when it is safety-critical or a
// plural form, and its review state: a string no native speaker has approved is marked
// "fuzzy"; a reviewer approves it by clearing that mark. Read back with i18n:import.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { LOCALES } from '../src/i18n/locales.ts';
import { reviewedOf } from '../src/lib/i18n-review.ts';
import type { Strings } from '../src/lib/i18n-check.ts';
import { toPo } from './lib/po.ts';
import { stringUses } from './lib/string-uses.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
const lang = positionals[0];
const locale = LOCALES.find((l) => l.code === lang);
if (!lang || !locale || lang === 'en') {
  console.error(`Usage: npm run i18n:export -- <${LOCALES.filter((l) => l.code !== 'en').map((l) => l.code).join('|')}> [--out <file.po>]`);
  process.exit(2);
}
const read = (code: string) => JSON.parse(readFileSync(`src/i18n/locales/${code}.json`, 'utf8')) as Strings;
const english = read('en');
const strings = read(lang);
const reviewed = reviewedOf(strings);

const text = toPo(english, strings, lang, locale.tag, stringUses(Object.keys(strings).filter((k) => k !== '_meta')));
const out = values.out ?? `pathway-${lang}.po`;
writeFileSync(out, text);
console.log(`${out}: ${Object.keys(strings).length - 1} strings of ${locale.name}, ${Object.keys(reviewed).length} already reviewed by a native speaker.`);
