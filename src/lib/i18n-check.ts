// Compares a language's strings with English's. Plural keys ("x_one", "x_other") are
// compared by base key, because languages have different plural categories: Arabic
// needs six forms, Chinese one. Intl.PluralRules says which forms each language needs.

export type Strings = Record<string, unknown>;

export const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_SUFFIXES)[number];

const PLURAL_KEY = new RegExp(`^(.+)_(${PLURAL_SUFFIXES.join('|')})$`);
const PLACEHOLDER = /\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g;

/** "x_one" → { base: "x", category: "one" }; a key without a plural suffix → null. */
export function splitPluralKey(key: string): { base: string; category: PluralCategory } | null {
  const match = PLURAL_KEY.exec(key);
  return match ? { base: match[1]!, category: match[2] as PluralCategory } : null;
}

/** The plural forms a language needs (cardinal numbers), by its BCP 47 tag. */
export function pluralCategories(tag: string): PluralCategory[] {
  const found = new Intl.PluralRules(tag).resolvedOptions().pluralCategories as PluralCategory[];
  return PLURAL_SUFFIXES.filter((c) => found.includes(c));
}

/** The {{placeholders}} a string uses, sorted and without repeats. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

/** The string keys of a locale file, without its `_meta` record. */
function messageKeys(strings: Strings): string[] {
  return Object.keys(strings).filter((k) => k !== '_meta');
}

/**
 * Base keys that English writes with plural suffixes. A key counts as plural only when
 * English has its `_other` form, so a key that merely ends in "_one" is not misread.
 */
function pluralBases(english: Strings): Set<string> {
  const bases = new Set<string>();
  for (const key of messageKeys(english)) {
    const split = splitPluralKey(key);
    if (split?.category === 'other') bases.add(split.base);
  }
  return bases;
}

export interface LocaleReport {
  missing: string[];
  extra: string[];
  /** Keys whose value is not a non-empty string. */
  empty: string[];
  /** Keys whose {{placeholders}} differ from English's. */
  placeholders: string[];
  /** True when `_meta.review` is missing: each translation must say who has checked it. */
  noReviewNote: boolean;
}

/**
 * What is wrong with one language's strings, compared with English.
 * `tag` is the language's BCP 47 tag, used for its plural rules.
 */
export function compareLocale(english: Strings, other: Strings, tag: string): LocaleReport {
  const plurals = pluralBases(english);
  const needed = pluralCategories(tag);
  const expected = new Set<string>();
  for (const key of messageKeys(english)) {
    const split = splitPluralKey(key);
    if (split && plurals.has(split.base)) needed.forEach((c) => expected.add(`${split.base}_${c}`));
    else expected.add(key);
  }
  const actual = new Set(messageKeys(other));
  const englishText = (key: string): string => {
    const split = splitPluralKey(key);
    const value = split && plurals.has(split.base) ? english[`${split.base}_other`] : english[key];
    return typeof value === 'string' ? value : '';
  };

  const empty: string[] = [];
  const mismatched: string[] = [];
  for (const key of actual) {
    if (!expected.has(key)) continue;
    const value = other[key];
    if (typeof value !== 'string' || value.trim() === '') {
      empty.push(key);
      continue;
    }
    // Plural forms may leave out {{count}} ("one service" written as a word), but must
    // not invent a placeholder English does not pass.
    const want = placeholders(englishText(key));
    const got = placeholders(value);
    const isPlural = splitPluralKey(key) !== null && plurals.has(splitPluralKey(key)!.base);
    const ok = isPlural
      ? got.every((p) => want.includes(p)) && want.filter((p) => p !== 'count').every((p) => got.includes(p))
      : want.join() === got.join();
    if (!ok) mismatched.push(key);
  }
  const meta = other['_meta'];
  return {
    missing: [...expected].filter((k) => !actual.has(k)).sort(),
    extra: [...actual].filter((k) => !expected.has(k)).sort(),
    empty: empty.sort(),
    placeholders: mismatched.sort(),
    noReviewNote: !(typeof meta === 'object' && meta !== null && typeof (meta as Strings)['review'] === 'string'),
  };
}

/** True when a report finds nothing wrong. */
export function isClean(report: LocaleReport): boolean {
  return (
    report.missing.length === 0 &&
    report.extra.length === 0 &&
    report.empty.length === 0 &&
    report.placeholders.length === 0 &&
    !report.noReviewNote
  );
}

/** Lines a person can act on, one problem per line. */
export function describeReport(code: string, report: LocaleReport): string[] {
  const file = `src/i18n/locales/${code}.json`;
  return [
    ...report.missing.map((k) => `${file}: missing "${k}" (English has it)`),
    ...report.extra.map((k) => `${file}: "${k}" is not an English key (or a plural form this language does not use): remove or rename it`),
    ...report.empty.map((k) => `${file}: "${k}" must be a non-empty string`),
    ...report.placeholders.map((k) => `${file}: "${k}" must use the same {{placeholders}} as English`),
    ...(report.noReviewNote ? [`${file}: _meta.review must say who has reviewed this translation`] : []),
  ];
}

/** How many strings a language has (plural forms counted once per base key). */
export function countKeys(strings: Strings): number {
  const bases = new Set<string>();
  for (const key of messageKeys(strings)) bases.add(splitPluralKey(key)?.base ?? key);
  return bases.size;
}
