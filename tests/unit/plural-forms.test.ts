import { describe, expect, it } from 'vitest';
import { pluralForms } from '../../src/lib/plural-forms';

describe('pluralForms', () => {
  it('gives one template per plural category of the language', () => {
    const en = pluralForms('en', (n) => (n === 1 ? `${n} service` : `${n} services`));
    expect(en).toEqual({ one: '{{count}} service', other: '{{count}} services' });
  });

  it('covers languages with more forms', () => {
    // Polish whole numbers are one, few or many ("other" is for fractions).
    expect(Object.keys(pluralForms('pl', (n) => `${n} x`)).sort()).toEqual(['few', 'many', 'one']);
    expect(Object.keys(pluralForms('ar', (n) => `${n} x`)).sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
  });
});
