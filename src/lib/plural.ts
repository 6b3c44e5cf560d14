// Plural strings for islands (map, search, callback): the page passes every plural form of a key for its
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
  return fill(pluralForm(forms, lang, count), { ...values, count });
}

export type FilledPart = string | { name: string; value: string };

/**
 * Like `fill`, but keeps each filled value apart so a component can mark it up, e.g. an
 * English place name inside a translated sentence (`<bdi lang="en">`).
 */
export function fillParts(template: string, values: Record<string, string | number>): FilledPart[] {
  const parts: FilledPart[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
    const name = match[1]!;
    if (!(name in values)) continue;
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push({ name, value: String(values[name]) });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

/** The plural form for `count`, before filling: for `fillParts`. */
export function pluralForm(forms: PluralForms, lang: string, count: number): string {
  return forms[new Intl.PluralRules(lang).select(count)] ?? forms.other;
}
