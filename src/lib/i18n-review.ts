// Native speakers' review of a language (issue 22): which strings are safety-critical,
// what a reviewed file must keep (placeholders, plural forms, the numbers she dials or
// presses), and the review state kept per string in the locale file's `_meta.reviewed`.
// Pure: scripts/i18n-export.ts and scripts/i18n-import.ts do the files.
import { placeholders, pluralCategories, splitPluralKey, type Strings } from './i18n-check';

/**
 * Strings where a wrong word could hurt her: the quick exit, the safety page, danger and
 * 999/55, what the callback form says about privacy, calling and covering, what search
 * says about where her words go, and the English-only notices (translation review,
 * 2026-11-30, "Scope").
 */
const CRITICAL = [/^exit\./, /^safety\./, /^home\.danger\./, /^callback\.(privacy|cover\.|time\.|phone\.|language\.|voicemail|text\.|sent\.)/,
  /^find\.(onPhone|onServer|noJs)$/, /^postcode\.onPhone$/, /^englishOnly\./, /^offline\./, /^report\.intro$/];

export const isSafetyCritical = (key: string): boolean => CRITICAL.some((r) => r.test(key));

/**
 * The numbers a string must keep: 999 and 55 wherever English has them, and in the quick
 * exit's strings every number (3 presses). Times and examples may be written the
 * language's way ("5pm" → "17:00"), so other numbers are not compared.
 */
export function keptNumbers(key: string, english: string): string[] {
  const all = english.match(/\d+/g) ?? [];
  return [...new Set(/^(exit|safety\.exit)\./.test(key) ? all : all.filter((n) => n === '999' || n === '55'))].sort();
}

export interface Review {
  /** A role, never a person's name: "interpreter, Glasgow service". */
  by: string;
  /** YYYY-MM-DD. */
  on: string;
}

export type Reviewed = Record<string, Review>;

export const reviewedOf = (strings: Strings): Reviewed => ((strings['_meta'] as { reviewed?: Reviewed } | undefined)?.reviewed ?? {});

/** The English text a key is translated from (a plural form from English's `_other`, or `_one` for "one"). */
export function sourceOf(english: Strings, key: string): string {
  const split = splitPluralKey(key);
  const direct = english[key];
  if (typeof direct === 'string') return direct;
  const other = split ? english[`${split.base}_other`] : undefined;
  return typeof other === 'string' ? other : '';
}

export interface ImportedString {
  key: string;
  text: string;
  /** False for a string the reviewer left marked as needing review (gettext's fuzzy flag). */
  approved: boolean;
}

/**
 * Checks a reviewed file's strings against English and the language's plural rules, and
 * returns the locale file's new strings; or the problems, each naming the string. A file
 * with any problem changes nothing. `review` marks approved strings whose text or state
 * is new; an unchanged, unapproved string keeps its state, so an export imported back
 * leaves the file as it was.
 */
export function applyImport(english: Strings, current: Strings, tag: string, imported: readonly ImportedString[], review: Review | null):
  { ok: true; strings: Strings; reviewedCount: number } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const byKey = new Map(imported.map((s) => [s.key, s]));
  const needed = new Set(pluralCategories(tag));
  for (const s of imported) {
    if (!(s.key in current) || s.key === '_meta') {
      problems.push(`${s.key}: not a string of this language`);
      continue;
    }
    const source = sourceOf(english, s.key);
    const got = placeholders(s.text);
    const want = placeholders(source);
    // As check:i18n: a plural form may leave out {{count}} ("one service" as a word).
    const plural = splitPluralKey(s.key) !== null && `${splitPluralKey(s.key)!.base}_other` in english;
    const same = plural
      ? got.every((p) => want.includes(p)) && want.filter((p) => p !== 'count').every((p) => got.includes(p))
      : got.join() === want.join();
    if (!same) {
      problems.push(`${s.key}: placeholders ${placeholders(s.text).join(', ') || 'none'} instead of ${placeholders(source).join(', ') || 'none'}`);
    }
    for (const n of keptNumbers(s.key, source)) {
      if (!(s.text.match(/\d+/g) ?? ([] as string[])).includes(n)) problems.push(`${s.key}: the number ${n} is missing`);
    }
    if (!s.text.trim()) problems.push(`${s.key}: empty`);
  }
  // Plural forms come as a set: all the language needs, or none.
  const bases = new Set(imported.map((s) => splitPluralKey(s.key)?.base).filter((b): b is string => Boolean(b) && `${b}_other` in english));
  for (const base of bases) {
    const got = [...needed].filter((c) => byKey.has(`${base}_${c}`));
    const extra = imported.filter((s) => splitPluralKey(s.key)?.base === base && !needed.has(splitPluralKey(s.key)!.category));
    if (got.length !== needed.size || extra.length > 0) problems.push(`${base}: plural forms ${[...needed].join(', ')} are needed, all of them`);
  }
  if (problems.length > 0) return { ok: false, problems };

  const strings: Strings = { ...current };
  const reviewed: Reviewed = { ...reviewedOf(current) };
  let reviewedCount = 0;
  for (const s of imported) {
    const changed = strings[s.key] !== s.text;
    strings[s.key] = s.text;
    if (changed) delete reviewed[s.key];
    if (s.approved && review && (changed || !reviewed[s.key])) {
      reviewed[s.key] = review;
      reviewedCount++;
    }
  }
  const meta = { ...(current['_meta'] as Record<string, unknown>) };
  if (Object.keys(reviewed).length > 0) meta['reviewed'] = Object.fromEntries(Object.keys(reviewed).sort().map((k) => [k, reviewed[k]]));
  strings['_meta'] = meta;
  return { ok: true, strings, reviewedCount };
}

/** How many of a language's strings (and of its safety-critical ones) a native speaker has reviewed. */
export function reviewCounts(strings: Strings): { reviewed: number; total: number; criticalReviewed: number; critical: number } {
  const keys = Object.keys(strings).filter((k) => k !== '_meta');
  const reviewed = reviewedOf(strings);
  const critical = keys.filter(isSafetyCritical);
  return {
    reviewed: keys.filter((k) => reviewed[k]).length,
    total: keys.length,
    criticalReviewed: critical.filter((k) => reviewed[k]).length,
    critical: critical.length,
  };
}
