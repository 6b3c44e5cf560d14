import { describe, expect, it } from 'vitest';
import { encodeHandoff, readHandoff } from '../../src/lib/safety/handoff';

describe('search hand-off between pages', () => {
  it('gives the next page the fields, and only that page', () => {
    const { path, text } = encodeHandoff('https://pathway.example/ar/find/?q=old', [['q', 'rape crisis'], ['postcode', 'G1']]);
    expect(path).toBe('/ar/find/');
    expect(readHandoff(text, '/ar/find/')?.get('q')).toBe('rape crisis');
    expect(readHandoff(text, '/ar/find/')?.get('postcode')).toBe('G1');
    expect(readHandoff(text, '/find/')).toBeNull();
  });

  it('ignores nothing stored and anything that is not a hand-off', () => {
    expect(readHandoff(null, '/find/')).toBeNull();
    expect(readHandoff('{', '/find/')).toBeNull();
    expect(readHandoff('{"path":"/find/","fields":"q"}', '/find/')).toBeNull();
    expect(readHandoff('{"path":"/find/","fields":[["q",1],["q","ok"]]}', '/find/')?.getAll('q')).toEqual(['ok']);
  });
});
