import type { PluralForms } from '../lib/plural';
import type { MessageKey, Translate } from './t';

/**
 * Every plural form of `key` in `lang`, with `{{count}}` (and the `others`) left in place, for an island
 * to choose from at run time. i18next picks the form from `count` and interpolates from
 * `replace`, so the placeholder survives.
 */
export function pluralForms(t: Translate, lang: string, key: MessageKey, others: string[] = []): PluralForms {
  const replace = Object.fromEntries(['count', ...others].map((name) => [name, `{{${name}}}`]));
  const rules = new Intl.PluralRules(lang);
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {};
  for (const category of rules.resolvedOptions().pluralCategories) {
    const sample = sampleFor(rules, category);
    forms[category] = t(key, { count: sample, replace });
  }
  return { ...forms, other: forms.other ?? t(key, { count: 100, replace }) };
}

function sampleFor(rules: Intl.PluralRules, category: Intl.LDMLPluralRule): number {
  for (let n = 0; n < 1000; n++) if (rules.select(n) === category) return n;
  // Categories only fractions reach (e.g. "many" in some languages) share "other".
  return 1.5;
}
