// A search sent without JavaScript (issue 19): the form's fields, the postcode, and the
// same engine as the phone's, on the real directory.
import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../src/lib/search/engine';
import { isListed } from '../../src/lib/directory';
import { serveSearch } from '../../src/lib/search/served-search';
import type { PostcodeTable } from '../../src/lib/geo/postcode';
import districts from '../../content/postcode-districts.json';
import { realIndex, realServices } from './support/real-index';

const engine = new SearchEngine(realIndex('en', realServices().filter(isListed)));
const table = districts as PostcodeTable;
const serve = (fields: Record<string, string>) => serveSearch(new URLSearchParams(fields), engine, table);

describe('serveSearch', () => {
  it('answers words with the engine’s own ranking', () => {
    const served = serve({ q: 'doctor' });
    expect(served.result.services[0]?.id).toBe('nhs-24');
    expect(served.result).toEqual(engine.search('doctor', {}, 50));
  });

  it('keeps her words and sets the area from a postcode with one area', () => {
    const served = serve({ q: 'housing', postcode: 'ＥＨ６ ５ＡＡ' });
    expect(served.state).toMatchObject({ q: 'housing', area: 'city-of-edinburgh' });
    expect(served.chosen).toBe('City of Edinburgh');
    expect(served.result.total).toBeGreaterThan(0);
    expect(served.result).toEqual(engine.search('housing', { area: 'city-of-edinburgh' }, 50));
  });

  it('lets her pick among a district’s areas, and ignores a pick that is not one of them', () => {
    expect(serve({ postcode: 'DD2' }).chosen).toBeNull();
    expect(serve({ postcode: 'DD2' }).result.total).toBe(0);
    expect(serve({ postcode: 'DD2', 'postcode-area': 'Dundee City' }).state.area).toBe('dundee-city');
    expect(serve({ postcode: 'DD2', 'postcode-area': 'Glasgow City' }).chosen).toBeNull();
  });

  it('says what is wrong with a postcode and still searches her words', () => {
    const served = serve({ q: 'money', postcode: 'hello!' });
    expect(served.answer).toEqual({ kind: 'malformed' });
    expect(served.result.total).toBeGreaterThan(0);
  });

  it('drops unknown values, and one letter asks for nothing', () => {
    expect(serve({ q: 'a' }).result.total).toBe(0);
    const odd = serve({ q: 'housing', region: '<script>', need: 'x', free: 'yes', postcode: 'x'.repeat(500) });
    expect(odd.state).toEqual({ q: 'housing' });
    expect(odd.postcode.length).toBeLessThanOrEqual(24);
  });
});
