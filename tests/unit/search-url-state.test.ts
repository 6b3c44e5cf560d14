import { describe, expect, it } from 'vitest';
import { parseSearchState, serialiseSearchState } from '../../src/lib/search/url-state';
import { councilAreaId, COUNCIL_AREA_IDS } from '../../src/lib/search/filters';

describe('search state in the URL', () => {
  it('round-trips every filter', () => {
    const state = { q: 'housing glas', region: 'glasgow', area: 'glasgow-city', need: 'housing', kind: 'specialist', free: true, language: true, openNow: true } as const;
    const text = serialiseSearchState(state);
    expect(text).toBe('?q=housing+glas&region=glasgow&area=glasgow-city&need=housing&kind=specialist&free=1&language=1&open=1');
    expect(parseSearchState(text)).toEqual(state);
  });

  it('is empty for an empty state', () => {
    expect(serialiseSearchState({ q: '  ' })).toBe('');
    expect(parseSearchState('')).toEqual({ q: '' });
  });

  it('drops unknown values instead of failing', () => {
    expect(parseSearchState('?q=x&region=mars&need=<b>&kind=any&free=yes&area=atlantis&language=true')).toEqual({ q: 'x' });
    expect(parseSearchState('?region=national')).toEqual({ q: '' });
  });

  it('keeps accents and trims the query, and caps its length', () => {
    expect(parseSearchState('?q=%20Gl%C3%A0sgow%20').q).toBe('Glàsgow');
    expect(parseSearchState(`?q=${'a'.repeat(500)}`).q).toHaveLength(200);
  });

  it('names council areas as content/council-areas.yaml does', () => {
    expect(councilAreaId('Na h-Eileanan Siar')).toBe('na-h-eileanan-siar');
    expect(COUNCIL_AREA_IDS).toContain('city-of-edinburgh');
  });
});
