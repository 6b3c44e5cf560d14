// The languages Pathway speaks. English is the default and has unprefixed URLs;
// every other language lives under /<code>/. `name` is written in the language itself
// (the switcher shows it to someone who may read nothing else); `tag` is the BCP 47 tag
// for `lang` attributes, Intl and plural rules. The URL code stays short and typeable,
// while Chinese is tagged zh-Hans so screen readers and fonts pick Simplified script.
// (Most Chinese speakers reached by Scottish services are asked for Mandarin by name.)
export const LOCALES = [
  { code: 'en', tag: 'en', name: 'English', dir: 'ltr', interpreter: '' },
  { code: 'ro', tag: 'ro', name: 'Română', dir: 'ltr', interpreter: 'Romanian interpreter, please' },
  { code: 'pl', tag: 'pl', name: 'Polski', dir: 'ltr', interpreter: 'Polish interpreter, please' },
  { code: 'zh', tag: 'zh-Hans', name: '中文', dir: 'ltr', interpreter: 'Mandarin interpreter, please' },
  { code: 'th', tag: 'th', name: 'ไทย', dir: 'ltr', interpreter: 'Thai interpreter, please' },
  { code: 'vi', tag: 'vi', name: 'Tiếng Việt', dir: 'ltr', interpreter: 'Vietnamese interpreter, please' },
  { code: 'sq', tag: 'sq', name: 'Shqip', dir: 'ltr', interpreter: 'Albanian interpreter, please' },
  { code: 'es', tag: 'es', name: 'Español', dir: 'ltr', interpreter: 'Spanish interpreter, please' },
  { code: 'ar', tag: 'ar', name: 'العربية', dir: 'rtl', interpreter: 'Arabic interpreter, please' },
] as const satisfies readonly {
  code: string;
  tag: string;
  name: string;
  dir: 'ltr' | 'rtl';
  /**
   * What to say, in English, to a service's call handler to get an interpreter. It is
   * data, not a UI string: she says it in English whatever language the page is in.
   */
  interpreter: string;
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
