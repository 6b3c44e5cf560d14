// Plural strings for islands: the page passes every plural form of a key for its
// language (src/i18n/plural-forms.ts), and the island picks one with Intl.PluralRules,
// so no i18next is shipped to the browser.

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Fills `{{name}}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

/** The form for `count` in `lang`, filled with the count and any other values. */
export function plural(
  forms: PluralForms,
  lang: string,
  count: number,
  values: Record<string, string | number> = {},
): string {
  const category = new Intl.PluralRules(lang).select(count);
  return fill(forms[category] ?? forms.other, { ...values, count });
}
