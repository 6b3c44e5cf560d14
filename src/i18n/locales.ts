// The languages Pathway speaks. English is the default and has unprefixed URLs;
// every other language lives under /<code>/. Names are written in the language itself.
export const LOCALES = [{ code: 'en', name: 'English', dir: 'ltr' }] as const satisfies readonly {
  code: string;
  name: string;
  dir: 'ltr' | 'rtl';
}[];

export type Locale = (typeof LOCALES)[number]['code'];
export const DEFAULT_LOCALE: Locale = 'en';
export const LOCALE_CODES = LOCALES.map((l) => l.code) as Locale[];

export function isLocale(value: string | undefined): value is Locale {
  return LOCALE_CODES.includes(value as Locale);
}

export function localeInfo(code: Locale) {
  return LOCALES.find((l) => l.code === code)!;
}
