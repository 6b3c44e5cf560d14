// Issue 22: the review kit. An export read back changes no byte; a reviewed file that
// drops a placeholder, breaks the plural set or changes 999 is refused, naming the string;
// approved strings are recorded as reviewed, per string, by a role and a date.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales';
import { applyImport, isSafetyCritical, reviewCounts, type ImportedString } from '../../src/lib/i18n-review';
import type { Strings } from '../../src/lib/i18n-check';
import { fromPo, toPo } from '../../scripts/lib/po';

const text = (lang: string) => readFileSync(`src/i18n/locales/${lang}.json`, 'utf8');
const read = (lang: string) => JSON.parse(text(lang)) as Strings;
const english = read('en');
const tagOf = (lang: string) => LOCALES.find((l) => l.code === lang)!.tag;
const roundTrip = (lang: string, edit: (s: ImportedString[]) => ImportedString[] = (s) => s, review = { by: 'interpreter, Glasgow service', on: '2026-12-01' }) => {
  const { lang: code, strings } = fromPo(toPo(english, read(lang), lang, tagOf(lang), new Map()));
  expect(code).toBe(lang);
  return applyImport(english, read(lang), tagOf(lang), edit(strings), review);
};
const withText = (key: string, value: string) => (list: ImportedString[]) => list.map((s) => (s.key === key ? { ...s, text: value, approved: true } : s));

describe('the review kit (i18n:export, i18n:import)', () => {
  for (const { code } of LOCALES.filter((l) => l.code !== 'en')) {
    it(`${code}: an export read back leaves the file byte for byte the same`, () => {
      const result = roundTrip(code);
      if (!result.ok) throw new Error(result.problems.join('\n'));
      expect(`${JSON.stringify(result.strings, null, 2)}\n`).toBe(text(code));
      expect(result.reviewedCount).toBe(0);
    });
  }

  it('refuses a dropped placeholder, naming the string', () => {
    const result = roundTrip('ro', withText('title.region', 'Pathway'));
    expect(result).toEqual({ ok: false, problems: ['title.region: placeholders none instead of region'] });
  });

  it('refuses a changed 999 or 55, and a changed number of Shift presses', () => {
    const danger = String(read('pl')['home.danger.text']).replace('999', '112');
    expect(roundTrip('pl', withText('home.danger.text', danger))).toMatchObject({ ok: false, problems: ['home.danger.text: the number 999 is missing'] });
    const keys = String(read('es')['safety.exit.keys']).replace('3', '2');
    expect(roundTrip('es', withText('safety.exit.keys', keys))).toMatchObject({ ok: false, problems: [expect.stringContaining('safety.exit.keys: the number 3')] });
  });

  it('refuses a plural set that is not the language\'s (Polish needs one, few, many, other)', () => {
    const result = roundTrip('pl', (list) => list.filter((s) => s.key !== 'find.count_few'));
    expect(result).toMatchObject({ ok: false, problems: [expect.stringMatching(/^find\.count: plural forms one, few, many, other are needed/)] });
  });

  it('records approved strings as reviewed, by a role and a date, and counts them', () => {
    const result = roundTrip('sq', withText('exit.label', String(read('sq')['exit.label'])));
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.reviewedCount).toBe(1);
    expect((result.strings['_meta'] as { reviewed: Record<string, unknown> }).reviewed).toEqual({ 'exit.label': { by: 'interpreter, Glasgow service', on: '2026-12-01' } });
    expect(reviewCounts(result.strings)).toMatchObject({ reviewed: 1, criticalReviewed: 1 });
    expect(isSafetyCritical('exit.label')).toBe(true);
  });
});
