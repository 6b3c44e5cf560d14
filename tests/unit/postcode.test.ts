import { describe, expect, it } from 'vitest';
import { lookupPostcode, parsePostcode } from '../../src/lib/geo/postcode';
import table from '../../content/postcode-districts.json';

describe('parsePostcode', () => {
  it.each([
    ['G1', 'G1'],
    ['g1', 'G1'],
    ['iv2', 'IV2'],
    ['EH6 5', 'EH6'],
    ['pa1 1aa', 'PA1'],
    ['PA11AA', 'PA1'],
    ['  EH1   2NG ', 'EH1'],
    ['G12 8Q', 'G12'],
  ])('%j is district %s', (input, district) => {
    expect(parsePostcode(input)?.district).toBe(district);
  });

  it('offers district + sector when the space is missing', () => {
    expect(parsePostcode('EH65')).toEqual({ district: 'EH65', alternative: 'EH6' });
  });

  it.each(['', '   ', '1G', 'GG', 'glasgow', 'G1 AA', 'G1 1AA 2', '<script>', 'G1 1AAA', 'ABC1', '💥', 'G1 1 AA', 'Ｇ１ ＡＡ', 'EH6 AQT'])(
    'rejects %j',
    (input) => {
      expect(parsePostcode(input)).toBeNull();
    },
  );

  // Issue 19: text as a phone's keyboard sends it.
  it.each([
    ['ＥＨ６ ５ＡＡ', 'EH6'],
    ['Ｇ１', 'G1'],
    ['ｐａ１\u3000１ａａ', 'PA1'],
    ['G\u200B1 1AA\uFEFF', 'G1'],
  ])('reads full-width and invisible characters: %j is district %s', (input, district) => {
    expect(parsePostcode(input)?.district).toBe(district);
  });

  it.each([
    ['G1.', 'G1'],
    ['(G1 1AA)', 'G1'],
    ['EH6, 5AA', 'EH6'],
    ['G2-0QT', 'G2'],
    ["AB10 '1AA'", 'AB10'],
  ])('drops stray punctuation: %j is district %s', (input, district) => {
    expect(parsePostcode(input)?.district).toBe(district);
  });

  it.each([
    // Inward code: a digit, then two letters.
    ['G2 OQT', 'G2'],
    ['G2OQT', 'G2'],
    ['PA1 IAA', 'PA1'],
    ['G1 1A0', 'G1'],
    ['EH6 5', 'EH6'],
    ['EH6 O', 'EH6'],
    // Outward code: area letters, then the district digit(s).
    ['EH1O', 'EH10'],
    ['EH1O 1AA', 'EH10'],
    ['GI2', 'G12'],
    ['G1O 1AA', 'G10'],
    ['AB1O 1AA', 'AB10'],
    ['0L1', 'OL1'],
    ['1V2', 'IV2'],
    // A real letter O stays a letter where one may stand: Portsmouth's PO1.
    ['PO1 1AA', 'PO1'],
  ])('reads O as 0 and I as 1 (and back) where the format needs it: %j is district %s', (input, district) => {
    expect(parsePostcode(input)?.district).toBe(district);
  });

  it('finds the district of a postcode typed with look-alikes', () => {
    expect(lookupPostcode('G2 OQT', table)).toMatchObject({ kind: 'found', district: 'G2', areas: ['Glasgow City'] });
    expect(lookupPostcode('ＥＨ６ ５ＡＡ', table)).toMatchObject({ kind: 'found', district: 'EH6', areas: ['City of Edinburgh'] });
    expect(lookupPostcode('eh1o', table)).toMatchObject({ kind: 'found', district: 'EH10' });
    // Once rejected; now the dash goes and "EH65" reads as EH6 sector 5.
    expect(lookupPostcode('EH6-5', table)).toMatchObject({ kind: 'found', district: 'EH6' });
  });

  it('never throws on things that are not text', () => {
    for (const input of [null, undefined, 42, {}, [], 'x'.repeat(10_000)]) {
      expect(parsePostcode(input)).toBeNull();
      expect(() => lookupPostcode(input, table)).not.toThrow();
    }
  });
});

describe('lookupPostcode', () => {
  it('finds the council area of a full postcode', () => {
    expect(lookupPostcode('PA1 1AA', table)).toEqual({
      kind: 'found',
      district: 'PA1',
      areas: ['Renfrewshire'],
      crossBorder: false,
    });
  });

  it('finds the council area of a first half', () => {
    expect(lookupPostcode('iv2', table)).toMatchObject({ kind: 'found', areas: ['Highland'] });
    expect(lookupPostcode('G1', table)).toMatchObject({ kind: 'found', areas: ['Glasgow City'] });
    expect(lookupPostcode('EH6 5', table)).toMatchObject({ kind: 'found', areas: ['City of Edinburgh'] });
  });

  it('lists every council area of a district that spans several, to choose from', () => {
    const result = lookupPostcode('DD2', table);
    expect(result).toMatchObject({ kind: 'found', areas: ['Angus', 'Dundee City', 'Perth and Kinross'] });
  });

  it('keeps only the Scottish side of a cross-border district and says so', () => {
    expect(lookupPostcode('TD9 7AA', table)).toEqual({
      kind: 'found',
      district: 'TD9',
      areas: ['Scottish Borders'],
      crossBorder: true,
    });
  });

  it('reads "EH65" as EH6 sector 5 when there is no district EH65', () => {
    expect(lookupPostcode('EH65', table)).toMatchObject({ kind: 'found', district: 'EH6' });
  });

  it('says a well-formed postcode outside Scotland is unknown, not malformed', () => {
    expect(lookupPostcode('SW1A 1AA', table)).toEqual({ kind: 'unknown', district: 'SW1A' });
    expect(lookupPostcode('CA6', table)).toEqual({ kind: 'unknown', district: 'CA6' });
  });

  it('tells empty from malformed input', () => {
    expect(lookupPostcode('  ', table)).toEqual({ kind: 'empty' });
    expect(lookupPostcode('\u3000\u200B', table)).toEqual({ kind: 'empty' });
    expect(lookupPostcode('hello world', table)).toEqual({ kind: 'malformed' });
  });
});
