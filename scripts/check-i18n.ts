// Fails (exit 1) when any language's strings differ from English's: a key missing or
// extra, a plural form the language needs missing, a placeholder lost, or no review note.
// Run by `npm run check:i18n`, first in `npm test`.
import { existsSync, readFileSync } from 'node:fs';
import { LOCALES } from '../src/i18n/locales.ts';
import { compareLocale, countKeys, describeReport, isClean, type Strings } from '../src/lib/i18n-check.ts';
import { reviewCounts } from '../src/lib/i18n-review.ts';

const read = (code: string): Strings => {
  const path = new URL(`../src/i18n/locales/${code}.json`, import.meta.url);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Strings;
  } catch (error) {
    throw new Error(`src/i18n/locales/${code}.json: cannot read it as JSON (${(error as Error).message})`);
  }
};

const english = read('en');
const problems: string[] = [];
const counts: string[] = [];
for (const { code, tag } of LOCALES) {
  if (code === 'en') {
    counts.push(`${code} ${countKeys(english)}`);
    continue;
  }
  if (!existsSync(new URL(`../src/i18n/locales/${code}.json`, import.meta.url))) {
    problems.push(`src/i18n/locales/${code}.json: missing (the language is listed in src/i18n/locales.ts)`);
    continue;
  }
  const strings = read(code);
  const report = compareLocale(english, strings, tag);
  problems.push(...describeReport(code, report));
  counts.push(`${code} ${countKeys(strings)}${isClean(report) ? '' : ' (problems)'}`);
}

console.log(`UI strings per language: ${counts.join(', ')}`);
// Issue 22: how much of each translation a native speaker has approved (npm run i18n:import).
const reviews = LOCALES.filter(({ code }) => code !== 'en' && existsSync(new URL(`../src/i18n/locales/${code}.json`, import.meta.url))).map(({ code }) => {
  const r = reviewCounts(read(code));
  return `${code} ${r.reviewed}/${r.total} (safety-critical ${r.criticalReviewed}/${r.critical})`;
});
console.log(`Reviewed by a native speaker: ${reviews.join(', ')}`);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`check:i18n: ${problems.length} problem(s). English (src/i18n/locales/en.json) is the reference.`);
  process.exit(1);
}
console.log('check:i18n: every language has every English string.');
