// Islands get strings already translated, but a count's plural form depends on the
// number, known only in the browser. This picks, for each plural category of a
// language, the translation of a number in that category, with the number put back
// as "{{count}}" for the island to fill.
const CATEGORIES: Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

export function pluralForms(
  lang: string,
  translate: (count: number) => string,
): Partial<Record<Intl.LDMLPluralRule, string>> {
  const rules = new Intl.PluralRules(lang);
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {};
  for (let n = 0; n <= 200 && Object.keys(forms).length < CATEGORIES.length; n++) {
    const category = rules.select(n);
    if (!(category in forms)) forms[category] = translate(n).replace(String(n), '{{count}}');
  }
  return forms;
}
