import { describe, expect, it } from 'vitest';
import { pluralForms } from '../../src/i18n/plural-forms';
import { useTranslations } from '../../src/i18n/t';
import { plural } from '../../src/lib/plural';

describe('pluralForms', () => {
  it('gives one template per plural category of the language, count left to fill', () => {
    expect(pluralForms(useTranslations('en'), 'en', 'find.count')).toEqual({
      one: expect.stringContaining('{{count}}'),
      other: expect.stringContaining('{{count}}'),
    });
  });

  it('covers languages with more forms, and the island picks the right one', () => {
    // Polish whole numbers are one, few or many; Arabic has all six categories.
    const pl = pluralForms(useTranslations('pl'), 'pl', 'callback.outbox.count');
    expect(Object.keys(pl).sort()).toEqual(['few', 'many', 'one', 'other']);
    expect(plural(pl, 'pl', 3)).not.toBe(plural(pl, 'pl', 5));
    const ar = pluralForms(useTranslations('ar'), 'ar', 'find.count');
    expect(Object.keys(ar).sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
  });
});
