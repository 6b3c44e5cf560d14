import { describe, expect, it } from 'vitest';
import { assertNeutralIdsUnique, legacyRedirects, needPath, neutralId, servicePath } from '../../src/lib/neutral-path';

describe('neutral paths', () => {
  it('give 8 characters that say nothing of the id, the same every time', () => {
    const code = neutralId('glasgow-and-clyde-rape-crisis');
    expect(code).toMatch(/^[0-9a-z]{8}$/);
    expect(neutralId('glasgow-and-clyde-rape-crisis')).toBe(code);
    expect(neutralId('glasgow-and-clyde-rape-crisis-x')).not.toBe(code);
    expect(servicePath('glasgow-and-clyde-rape-crisis')).toBe(`services/${code}/`);
    expect(needPath('domestic-abuse')).toMatch(/^needs\/[0-9a-z]{8}\/$/);
    for (const word of ['rape', 'crisis', 'glasgow', 'abuse']) expect(servicePath('glasgow-and-clyde-rape-crisis') + needPath('domestic-abuse')).not.toContain(word);
  });

  it('do not collide over 10,000 ids', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `service-${i}`);
    expect(new Set(ids.map(neutralId)).size).toBe(ids.length);
    expect(() => assertNeutralIdsUnique(ids)).not.toThrow();
  });

  it('list old paths and their new place in every language root', () => {
    const pairs = legacyRedirects(['', 'ar/'], ['breathing-space'], ['housing']);
    expect(pairs).toEqual([
      ['/services/breathing-space/', `/${servicePath('breathing-space')}`],
      ['/needs/housing/', `/${needPath('housing')}`],
      ['/ar/services/breathing-space/', `/ar/${servicePath('breathing-space')}`],
      ['/ar/needs/housing/', `/ar/${needPath('housing')}`],
    ]);
  });
});

describe('the server answers old addresses', () => {
  it('with the new one, with or without the trailing slash, keeping the query', async () => {
    const { parseRedirects, redirectFor } = await import('../../src/server/legacy-redirects');
    const map = parseRedirects('# comment\n/services/breathing-space/ /services/abc12345/ 301\n\n/ar/needs/housing/ /ar/needs/zz/ 301\n');
    expect(redirectFor(map, '/services/breathing-space')).toBe('/services/abc12345/');
    expect(redirectFor(map, '/services/breathing-space/?utm_source=x')).toBe('/services/abc12345/?utm_source=x');
    expect(redirectFor(map, '/ar/needs/housing/')).toBe('/ar/needs/zz/');
    expect(redirectFor(map, '/services/abc12345/')).toBeNull();
  });
});
