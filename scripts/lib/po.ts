// A language's strings as a gettext PO file and back (issue 22), with gettext-parser.
// Each string: its key (msgctxt), the English source (msgid), the translation (msgstr),
// where it appears (reference), notes (safety-critical, plural form, review state), and
// the "fuzzy" mark while no native speaker has approved it.
import { po, type GetTextComment, type GetTextTranslation } from 'gettext-parser';
import { isSafetyCritical, reviewedOf, sourceOf, type ImportedString } from '../../src/lib/i18n-review.ts';
import { splitPluralKey, type Strings } from '../../src/lib/i18n-check.ts';

/** The PO text of `strings` (language `lang`, BCP 47 `tag`); `uses`: where each key appears. */
export function toPo(english: Strings, strings: Strings, lang: string, tag: string, uses: ReadonlyMap<string, string[]>): Buffer {
  const reviewed = reviewedOf(strings);
  const entries: Record<string, Record<string, GetTextTranslation>> = {};
  for (const key of Object.keys(strings).filter((k) => k !== '_meta')) {
    const source = sourceOf(english, key);
    const notes: string[] = [];
    if (isSafetyCritical(key)) notes.push('SAFETY-CRITICAL: she may act on this at a dangerous moment. Keep every number, and say no more and no less than the English.');
    const plural = splitPluralKey(key);
    if (plural && `${plural.base}_other` in english) notes.push(`Plural form "${plural.category}" (CLDR) of ${plural.base}: the text used for counts in that category.`);
    const review = reviewed[key];
    notes.push(review ? `Reviewed by ${review.by} on ${review.on}.` : 'Not yet reviewed by a native speaker: clear the "fuzzy" mark once it reads right.');
    const comments: GetTextComment = { reference: (uses.get(key) ?? []).join('\n') || '(built from data, see the key)', extracted: notes.join('\n') };
    if (!review) comments.flag = 'fuzzy';
    entries[key] = { [source]: { msgctxt: key, msgid: source, msgstr: [String(strings[key])], comments } };
  }
  return po.compile({
    charset: 'utf-8',
    headers: { 'Project-Id-Version': 'Pathway', Language: tag, 'Content-Type': 'text/plain; charset=UTF-8', 'X-Pathway-Language': lang },
    translations: entries,
  }, { foldLength: 0 });
}

/** The language code and the strings of a PO file made by toPo (and edited by a reviewer). */
export function fromPo(file: Buffer | string): { lang: string; strings: ImportedString[] } {
  const parsed = po.parse(file);
  const strings: ImportedString[] = [];
  for (const [context, messages] of Object.entries(parsed.translations)) {
    for (const message of Object.values(messages)) {
      if (!context || !message.msgid) continue; // the header entry
      strings.push({ key: context, text: message.msgstr[0] ?? '', approved: !(message.comments?.flag ?? '').includes('fuzzy') });
    }
  }
  return { lang: parsed.headers['X-Pathway-Language'] ?? '', strings };
}
