import { describe, expect, it } from 'vitest';
import { formatChecked, monthsSinceChecked } from '../../src/lib/dates';
import { localePath, pathWithinLocale, telHref } from '../../src/lib/urls';

describe('formatChecked', () => {
  it('keeps the precision the source gave', () => {
    expect(formatChecked('2021', 'en')).toBe('2021');
    expect(formatChecked('2021-06', 'en')).toBe('June 2021');
    expect(formatChecked('2021-06-14', 'en-GB')).toBe('14 June 2021');
  });
  it('keeps each precision and language apart once formatters are reused', () => {
    expect(formatChecked('2021-06-14', 'en-GB')).toBe('14 June 2021');
    expect(formatChecked('2021', 'en-GB')).toBe('2021');
    expect(formatChecked('2021-06', 'ro')).toBe('iunie 2021');
    expect(formatChecked('2021-06', 'en')).toBe('June 2021');
  });
  it('returns null when never checked', () => {
    expect(formatChecked(null, 'en')).toBeNull();
  });
});

describe('monthsSinceChecked', () => {
  it('counts whole months', () => {
    expect(monthsSinceChecked('2025-11-02', new Date('2026-11-23'))).toBe(12);
    expect(monthsSinceChecked('2026', new Date('2026-03-01'))).toBe(2);
    expect(monthsSinceChecked(null, new Date())).toBeNull();
  });
});

describe('urls', () => {
  it('leaves English unprefixed and prefixes other languages', () => {
    expect(localePath('en', 'services/x/')).toBe('/services/x/');
    expect(localePath('en')).toBe('/');
    expect(localePath('ro' as 'en', '/find/')).toBe('/ro/find/');
  });
  it('finds the path within a language', () => {
    expect(pathWithinLocale('/ro/services/x/', ['en', 'ro'])).toBe('services/x/');
    expect(pathWithinLocale('/services/x/', ['en', 'ro'])).toBe('services/x/');
  });
  it('makes dialable tel: links from published numbers', () => {
    expect(telHref('0800 027 1234')).toBe('tel:08000271234');
    expect(telHref('+44 141 000 0000')).toBe('tel:+441410000000');
  });
});
