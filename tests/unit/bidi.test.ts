import { describe, expect, it } from 'vitest';
import { isolateNumbers } from '../../src/lib/bidi';
import { normalisePhone } from '../../src/lib/callback/phone';
import { LOCALE_CODES } from '../../src/i18n/locales';

const GROUPED = /\+?\d+(?:[ \u00A0]\d+)+/g;

describe('isolateNumbers', () => {
  it('wraps grouped numbers in LRI … PDI and leaves the rest alone', () => {
    expect(isolateNumbers('مثل 07400 123456 أو +48 512 345 678.')).toBe('مثل \u206607400 123456\u2069 أو \u2066+48 512 345 678\u2069.');
    expect(isolateNumbers('Call 999 now, 9am to 12 noon, up to 500 letters')).toBe('Call 999 now, 9am to 12 noon, up to 500 letters');
  });

  it('does not wrap a number twice', () => {
    const once = isolateNumbers('like 07400 123456');
    expect(isolateNumbers(once)).toBe(once);
  });
});

describe('the callback form\'s example numbers (issue 17)', () => {
  it('are numbers the form itself accepts, in every language', async () => {
    for (const code of LOCALE_CODES) {
      const strings = (await import(`../../src/i18n/locales/${code}.json`)).default as Record<string, string>;
      for (const key of ['callback.phone.hint', 'callback.error.phone']) {
        const examples = strings[key]!.match(GROUPED) ?? [];
        expect(examples.length, `${code} ${key}`).toBeGreaterThan(0);
        for (const example of examples) expect(normalisePhone(example), `${code} ${key}: ${example}`).not.toBeNull();
      }
    }
  });
});
