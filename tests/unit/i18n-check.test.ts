import { describe, expect, it } from 'vitest';
import {
  compareLocale,
  countKeys,
  describeReport,
  isClean,
  placeholders,
  pluralCategories,
  splitPluralKey,
} from '../../src/lib/i18n-check';

const english = {
  _meta: { review: 'source language' },
  'a.title': 'Hello',
  'a.greet': 'Hello {{name}}',
  'a.count_one': '{{count}} service',
  'a.count_other': '{{count}} services',
};
const meta = { _meta: { review: 'awaiting review by a native speaker' } };

describe('plural keys', () => {
  it('splits a plural suffix from its base key', () => {
    expect(splitPluralKey('a.count_few')).toEqual({ base: 'a.count', category: 'few' });
    expect(splitPluralKey('a.count')).toBeNull();
  });

  it('asks Intl which forms each language needs', () => {
    expect(pluralCategories('en')).toEqual(['one', 'other']);
    expect(pluralCategories('zh-Hans')).toEqual(['other']);
    expect(pluralCategories('ar')).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect(pluralCategories('pl')).toEqual(['one', 'few', 'many', 'other']);
  });
});

describe('compareLocale', () => {
  it('accepts a complete translation with the plural forms its language needs', () => {
    const zh = { ...meta, 'a.title': '你好', 'a.greet': '你好 {{name}}', 'a.count_other': '{{count}} 个服务' };
    expect(isClean(compareLocale(english, zh, 'zh-Hans'))).toBe(true);
  });

  it('finds a missing key and an extra key', () => {
    const ro = { ...meta, 'a.greet': 'Bună {{name}}', 'a.titel': 'Bună', 'a.count_one': 'x', 'a.count_few': 'y', 'a.count_other': 'z' };
    const report = compareLocale(english, ro, 'ro');
    expect(report.missing).toEqual(['a.title']);
    expect(report.extra).toEqual(['a.titel']);
    expect(isClean(report)).toBe(false);
  });

  it('needs every Arabic plural form, and no English-only form in Chinese', () => {
    const ar = { ...meta, 'a.title': 'x', 'a.greet': 'x {{name}}', 'a.count_one': 'x', 'a.count_other': 'x' };
    expect(compareLocale(english, ar, 'ar').missing).toEqual(['a.count_few', 'a.count_many', 'a.count_two', 'a.count_zero']);
    const zh = { ...meta, 'a.title': 'x', 'a.greet': 'x {{name}}', 'a.count_one': 'x', 'a.count_other': 'x' };
    expect(compareLocale(english, zh, 'zh-Hans').extra).toEqual(['a.count_one']);
  });

  it('finds a lost or invented placeholder, and an empty string', () => {
    const es = { ...meta, 'a.title': ' ', 'a.greet': 'Hola {{nombre}}', 'a.count_one': 'un servicio', 'a.count_many': '{{count}} de servicios', 'a.count_other': '{{count}} servicios {{x}}' };
    const report = compareLocale(english, es, 'es');
    expect(report.empty).toEqual(['a.title']);
    // A singular written as a word may drop {{count}}; inventing {{x}} is wrong.
    expect(report.placeholders).toEqual(['a.count_other', 'a.greet']);
  });

  it('needs a review note in _meta', () => {
    const sq = { 'a.title': 'x', 'a.greet': 'x {{name}}', 'a.count_one': 'x', 'a.count_other': 'x' };
    const report = compareLocale(english, sq, 'sq');
    expect(report.noReviewNote).toBe(true);
    expect(describeReport('sq', report)).toEqual(['src/i18n/locales/sq.json: _meta.review must say who has reviewed this translation']);
  });
});

describe('helpers', () => {
  it('reads placeholders, with formats and repeats', () => {
    expect(placeholders('{{b}} and {{a, number}} and {{b}}')).toEqual(['a', 'b']);
  });

  it('counts plural forms once per base key', () => {
    expect(countKeys(english)).toBe(3);
  });
});
