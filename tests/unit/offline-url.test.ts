import { describe, expect, it } from 'vitest';
import { canonicalPagePath } from '../../src/lib/offline-url';
import { servicePath, needPath } from '../../src/lib/neutral-path';

const LOCALES = ['en', 'ro', 'ar'];

describe('canonicalPagePath', () => {
  it('adds the trailing slash the site uses', () => {
    expect(canonicalPagePath('/regions/glasgow', LOCALES)).toBe('/regions/glasgow/');
    expect(canonicalPagePath('/ar', LOCALES)).toBe('/ar/');
    expect(canonicalPagePath('/', LOCALES)).toBe('/');
    expect(canonicalPagePath('/about/', LOCALES)).toBe('/about/');
  });

  it('maps an old service or need address to its neutral one, as the server redirects', () => {
    expect(canonicalPagePath('/services/breathing-space', LOCALES)).toBe(`/${servicePath('breathing-space')}`);
    expect(canonicalPagePath('/ro/services/breathing-space/', LOCALES)).toBe(`/ro/${servicePath('breathing-space')}`);
    expect(canonicalPagePath('/needs/housing/', LOCALES)).toBe(`/${needPath('housing')}`);
    const neutral = `/${servicePath('breathing-space')}`;
    expect(canonicalPagePath(neutral, LOCALES)).toBe(neutral);
  });

  it('leaves files alone', () => {
    expect(canonicalPagePath('/find/index.json', LOCALES)).toBe('/find/index.json');
    expect(canonicalPagePath('/directory/shell/ro.html', LOCALES)).toBe('/directory/shell/ro.html');
  });
});
