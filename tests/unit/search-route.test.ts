import { describe, expect, it } from 'vitest';
import { toSearchPage } from '../../src/server/search-route';

const LOCALES = ['en', 'ar', 'zh'];

describe('toSearchPage (issue 19)', () => {
  it('sends a form posted to find/ to the results page, in its language', () => {
    expect(toSearchPage('POST', '/find/', LOCALES)).toBe('/find/results/');
    expect(toSearchPage('POST', '/ar/find/', LOCALES)).toBe('/ar/find/results/');
    expect(toSearchPage('POST', '/ar/find/?q=x', LOCALES)).toBe('/ar/find/results/');
  });

  it('answers a shared link with a search field, and leaves find/ itself to the built page', () => {
    expect(toSearchPage('GET', '/find/?q=housing&region=glasgow', LOCALES)).toBe('/find/results/?q=housing&region=glasgow');
    expect(toSearchPage('HEAD', '/zh/find/?postcode=G1', LOCALES)).toBe('/zh/find/results/?postcode=G1');
    expect(toSearchPage('GET', '/find/', LOCALES)).toBe('/find/');
    expect(toSearchPage('GET', '/find/?utm=1', LOCALES)).toBe('/find/?utm=1');
  });

  it('leaves every other path and method alone', () => {
    for (const [method, url] of [
      ['GET', '/find/index.json?q=x'],
      ['POST', '/xx/find/'],
      ['POST', '/api/callback/'],
      ['PUT', '/find/?q=x'],
      ['GET', '/services/find/?q=x'],
      ['POST', '/find'],
    ] as const) {
      expect(toSearchPage(method, url, LOCALES)).toBe(url);
    }
  });
});
