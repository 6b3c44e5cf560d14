// Issue 22: what the translation review of 2026-11-30 (../shared/reviews/) found, as
// rules that catch the kind, not only the one string: words that stigmatise or mislead,
// and Arabic that stops addressing her as a woman.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = 'src/i18n/locales';
const locales = Object.fromEntries(readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => [f.slice(0, -5), JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')) as Record<string, unknown>]));
/** What she reads: every string but the search's synonyms (which must find her words, whatever they are) and _meta. */
const shown = (lang: string) => Object.entries(locales[lang]!).filter(([k, v]) => typeof v === 'string' && !k.startsWith('find.keywords.')) as [string, string][];

// Words the review found stigmatising, misleading or wrong, per language, with why.
const REFUSED: Record<string, [RegExp, string][]> = {
  zh: [[/卖淫/, 'the criminal-law term; 性交易 instead'], [/卖性/, 'an odd calque; 性交易 instead']],
  ar: [[/الدعارة/, 'heavy stigma; تجارة الجنس instead'], [/إدنبرة والحدود/, '"the border", not the region']],
  sq: [[/nuk të ndjek/, '"nobody is following you" for "no tracking": a false reassurance']],
  ro: [[/schimbă sex/, 'reads as "change sex"'], [/după ce ai nevoie/, 'reads as "after you need"'], [/\b(Serviciu|Sprijin) special\b/, 'one term: specializat']],
  th: [[/หน้าต่าง ๆ/, 'reads as "windows"; หน้าเว็บต่าง ๆ']],
  vi: [[/tắt máy/, 'also "switch the phone off"; cúp máy']],
};

describe('the translation review (2026-11-30)', () => {
  for (const [lang, rules] of Object.entries(REFUSED)) {
    it(`${lang}: none of the words it found wrong`, () => {
      for (const [pattern, why] of rules) {
        const found = shown(lang).filter(([, v]) => pattern.test(v)).map(([k]) => k);
        expect(found, `${pattern}: ${why}`).toEqual([]);
      }
    });
  }

  it('ar: addresses her as a woman (كِ, not the masculine default)', () => {
    const masculine = /(يمكنك|تساعدك|منطقتك|مساعدتك|من فضلك|بحثك|كلماتك|رسائلك)(?![\u064B-\u0652])(?=[\s.،؟!:]|$)/;
    expect(shown('ar').filter(([, v]) => masculine.test(v)).map(([k, v]) => `${k}: ${v}`)).toEqual([]);
  });

  it('says in _meta which word for selling sex it uses, where the review offered a choice', () => {
    for (const lang of ['zh', 'ar']) expect((locales[lang]!['_meta'] as { terms?: string }).terms, lang).toMatch(/recommends/);
  });
});
