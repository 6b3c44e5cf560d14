import { describe, expect, it } from 'vitest';
import { LOCALES, LOCALE_CODES, isLocale, localeInfo } from '../../src/i18n/locales';
import { localePath, pathWithinLocale } from '../../src/lib/urls';
import { formatChecked } from '../../src/lib/dates';

describe('locales', () => {
  it('pre-fills the callback form with the page\'s own language, named for the hub in English too (issue 17)', async () => {
    for (const { code, interpreter } of LOCALES) {
      const strings = (await import(`../../src/i18n/locales/${code}.json`)).default as Record<string, string>;
      const value = strings['callback.language.default']!.toLowerCase();
      const ownName = new Intl.DisplayNames([code], { type: 'language' }).of(code)!.toLowerCase();
      expect(value, code).toContain(ownName);
      // The hub team reads English: the name they would book an interpreter by.
      const englishName = code === 'en' ? 'english' : interpreter.split(' ')[0]!.toLowerCase();
      expect(value, code).toContain(englishName);
    }
  });

  it('lists English and the eight languages of the issue, Arabic right to left', () => {
    expect(LOCALE_CODES).toEqual(['en', 'ro', 'pl', 'zh', 'th', 'vi', 'sq', 'es', 'ar']);
    expect(LOCALES.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar']);
    expect(localeInfo('zh').tag).toBe('zh-Hans');
    expect(isLocale('ro')).toBe(true);
    expect(isLocale('fr')).toBe(false);
  });

  it('gives every language a valid BCP 47 tag and an English interpreter request', () => {
    for (const { code, tag, interpreter } of LOCALES) {
      expect(Intl.getCanonicalLocales(tag)[0], code).toBe(tag);
      if (code !== 'en') expect(interpreter, code).toMatch(/^[A-Z][a-z]+ interpreter, please$/);
    }
  });

  it('maps a page to the same page in every other language and back', () => {
    for (const { code } of LOCALES) {
      const path = localePath(code, 'services/samaritans/');
      expect(pathWithinLocale(path, LOCALE_CODES), code).toBe('services/samaritans/');
    }
    expect(localePath('ar', pathWithinLocale('/ro/regions/glasgow/', LOCALE_CODES))).toBe('/ar/regions/glasgow/');
  });

  it('writes checked dates in each language', () => {
    expect(formatChecked('2025-06', localeInfo('ro').tag)).toBe('iunie 2025');
    expect(formatChecked('2025-06', localeInfo('zh').tag)).toBe('2025年6月');
  });
});
