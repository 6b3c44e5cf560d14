import { describe, expect, it } from 'vitest';
import { normalisePhone } from '../../src/lib/callback/phone';
import { requestFromForm, validateRequest } from '../../src/lib/callback/request';

const valid = {
  phone: '07911 123456',
  days: ['mon', 'wed'],
  times: ['morning'],
  voicemail: 'no',
  text: 'yes',
  cover: 'survey',
  coverWords: '',
  language: 'Polish',
  interpreter: 'yes',
  region: 'glasgow',
  needs: ['housing', 'health'],
  message: '  After 10 please\r\nThanks  ',
};

describe('normalisePhone', () => {
  it('reads UK numbers in any spacing as E.164', () => {
    for (const n of ['07911 123456', '07911123456', '+44 7911 123456', '0044 7911 123 456', '(0131) 496 0000']) {
      expect(normalisePhone(n), n).toMatch(/^\+44\d{10}$/);
    }
  });
  it('reads international numbers', () => {
    expect(normalisePhone('+48 512 345 678')).toBe('+48512345678');
    expect(normalisePhone('+40 721 234 567')).toBe('+40721234567');
  });
  it('refuses what a phone could not call', () => {
    for (const n of ['', '123', '07911', 'call me', '+999 123 456 789', '0'.repeat(40)]) {
      expect(normalisePhone(n), n).toBeNull();
    }
  });
});

describe('validateRequest', () => {
  it('accepts a full request and normalises it', () => {
    const result = validateRequest(valid);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.request.phone).toBe('+447911123456');
    expect(result.request.message).toBe('After 10 please\nThanks');
    expect(result.request.coverWords).toBe('');
  });

  it('names each field that is wrong', () => {
    const result = validateRequest({ ...valid, phone: '12', days: [], region: 'mars', needs: ['x'] });
    expect(result).toEqual({ ok: false, errors: { phone: true, days: true, region: true, needs: true } });
  });

  it('asks for her own words when she chose them', () => {
    expect(validateRequest({ ...valid, cover: 'own-words', coverWords: ' ' })).toEqual({ ok: false, errors: { coverWords: true } });
    const ok = validateRequest({ ...valid, cover: 'own-words', coverWords: 'Say you are from the dentist' });
    expect(ok.ok && ok.request.coverWords).toBe('Say you are from the dentist');
  });

  it('drops words typed for a cover she did not choose', () => {
    const result = validateRequest({ ...valid, coverWords: 'left over' });
    expect(result.ok && result.request.coverWords).toBe('');
  });

  it('refuses over-long text and control characters', () => {
    expect(validateRequest({ ...valid, message: 'x'.repeat(501) })).toEqual({ ok: false, errors: { message: true } });
    expect(validateRequest({ ...valid, language: 'Pol\u0000ish' })).toEqual({ ok: false, errors: { language: true } });
  });

  it('refuses C1 controls and format characters (bidi overrides, zero-width) in every text field, keeping line breaks (issue 17 G)', () => {
    const hidden = ['\u009b', '\u0085', '\u202e', '\u2066', '\u200b', '\ufeff', '\u00ad', '\u{e0001}', '\u007f', '\t'];
    for (const c of hidden) {
      const code = c.codePointAt(0)!.toString(16);
      expect(validateRequest({ ...valid, message: `call after 6${c}pm` }), code).toEqual({ ok: false, errors: { message: true } });
      expect(validateRequest({ ...valid, language: `Pol${c}ish` }), code).toEqual({ ok: false, errors: { language: true } });
      expect(validateRequest({ ...valid, cover: 'own-words', coverWords: `dentist ${c}x` }), code).toEqual({ ok: false, errors: { coverWords: true } });
    }
    // Zero-width joiners stay: emoji are built with them ("👩‍👧"), and they act on nothing.
    const kept = validateRequest({ ...valid, message: 'line one\nline two, عربي, 中文, ẞ, 🙂, 👩\u200d👧' });
    expect(kept.ok && kept.request.message).toBe('line one\nline two, عربي, 中文, ẞ, 🙂, 👩\u200d👧');
  });

  it('blames every field when the input is not a request at all', () => {
    for (const input of [null, 'text', 42, []]) {
      const result = validateRequest(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(Object.keys(result.errors).length).toBeGreaterThan(5);
    }
  });
});

describe('requestFromForm', () => {
  it('reads repeated checkboxes as lists and missing fields as empty', () => {
    const form = new URLSearchParams('phone=07911123456&days=mon&days=fri&times=evening&needs=housing');
    const input = requestFromForm(form);
    expect(input.days).toEqual(['mon', 'fri']);
    expect(input.voicemail).toBe('');
    expect(validateRequest(input)).toMatchObject({ ok: false, errors: { voicemail: true, text: true, cover: true } });
  });

  it('carries the page\'s language for the hub, and drops one the site does not speak (issue 17)', () => {
    const fields = 'phone=07911123456&days=mon&times=evening&voicemail=no&text=no&cover=survey&language=x&interpreter=no&region=glasgow';
    const arabic = validateRequest(requestFromForm(new URLSearchParams(`${fields}&lang=ar`)));
    expect(arabic.ok && arabic.request.pageLanguage).toBe('ar');
    const unknown = validateRequest(requestFromForm(new URLSearchParams(`${fields}&lang=xx`)));
    expect(unknown.ok).toBe(true);
    expect(unknown.ok && unknown.request.pageLanguage).toBeUndefined();
  });
});
