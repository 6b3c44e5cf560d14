import { describe, expect, it } from 'vitest';
// minimatch is the matcher workbox-build's glob uses, so these are the files the build will pick.
import { minimatch } from 'minimatch';
import {
  PRECACHE_BUDGET_BYTES,
  checkBuildVersion,
  fileToUrl,
  languageGlobs,
  languageManifestUrl,
  languageOfPath,
} from '../../src/lib/precache';

const LOCALES = ['en', 'ro', 'ar'];

describe('languageOfPath', () => {
  it('reads the language from the first folder, English at the root', () => {
    expect(languageOfPath('/ro/services/x/', LOCALES, 'en')).toBe('ro');
    expect(languageOfPath('/ar/', LOCALES, 'en')).toBe('ar');
    expect(languageOfPath('/', LOCALES, 'en')).toBe('en');
    expect(languageOfPath('/services/x/', LOCALES, 'en')).toBe('en');
  });
  it('does not mistake a folder that is not a language, or /en/, for one', () => {
    expect(languageOfPath('/regions/glasgow/', LOCALES, 'en')).toBe('en');
    expect(languageOfPath('/en/about/', LOCALES, 'en')).toBe('en');
    expect(languageOfPath('/rom/', LOCALES, 'en')).toBe('en');
  });
});

describe('languageGlobs', () => {
  const matches = (file: string, lang: string) => {
    const { globPatterns, globIgnores } = languageGlobs(lang, LOCALES, 'en');
    return globPatterns.some((p) => minimatch(file, p)) && !globIgnores.some((p) => minimatch(file, p));
  };
  it("takes a language's pages, search index and manifest", () => {
    expect(matches('ro/regions/x/index.html', 'ro')).toBe(true);
    expect(matches('ro/find/index.json', 'ro')).toBe(true);
    expect(matches('ro/manifest.webmanifest', 'ro')).toBe(true);
    expect(matches('index.html', 'en')).toBe(true);
    expect(matches('find/index.json', 'en')).toBe(true);
  });
  it('takes the service-page shell and strings instead of every service page (issue 15)', () => {
    expect(matches('ro/services/x/index.html', 'ro')).toBe(false);
    expect(matches('services/x/index.html', 'en')).toBe(false);
    expect(matches('directory/shell/ro.html', 'ro')).toBe(true);
    expect(matches('directory/strings/ro.json', 'ro')).toBe(true);
    expect(matches('directory/shell/en.html', 'en')).toBe(true);
    expect(matches('directory/shell/ro.html', 'en')).toBe(false);
    expect(matches('directory/strings/en.json', 'ro')).toBe(false);
    expect(matches('directory/services/07.json', 'en')).toBe(false);
    expect(matches('areas/fife/index.html', 'en')).toBe(false);
    expect(matches('ro/areas/fife/index.html', 'ro')).toBe(false);
  });
  it("keeps other languages' pages out of the default language's precache", () => {
    expect(matches('ro/index.html', 'en')).toBe(false);
    expect(matches('ar/find/index.json', 'en')).toBe(false);
    expect(matches('index.html', 'ro')).toBe(false);
  });
  it('leaves out what is not a page: scripts, outlines, the data export, the 404 page', () => {
    for (const file of ['_astro/x.html', 'hsds/index.html', 'geo/a.html', '404.html']) expect(matches(file, 'en'), file).toBe(false);
  });
  it('rejects a language the site does not have', () => {
    expect(() => languageGlobs('xx', LOCALES, 'en')).toThrow('"xx" is not one of the site\'s languages (en, ro, ar)');
  });
});

describe('fileToUrl', () => {
  it('gives the address the site links to', () => {
    expect(fileToUrl('index.html')).toBe('/');
    expect(fileToUrl('ro/services/x/index.html')).toBe('/ro/services/x/');
    expect(fileToUrl('find/index.json')).toBe('/find/index.json');
    expect(fileToUrl('/_astro/a.js')).toBe('/_astro/a.js');
  });
});

describe('build versions', () => {
  it('name an immutable page list', () => {
    expect(languageManifestUrl('ro', 'abc123')).toBe('/sw-manifest/ro.abc123.json');
  });
  it('accept safe names and reject what could break a cache name', () => {
    expect(checkBuildVersion('a859bc6ef76b')).toBe('a859bc6ef76b');
    expect(checkBuildVersion('2026.11.23')).toBe('2026.11.23');
    expect(() => checkBuildVersion('v1-beta')).toThrow(/letters, digits/);
    expect(() => checkBuildVersion('')).toThrow(/letters, digits/);
  });
  it('keeps the budget of DESIGN.md', () => {
    expect(PRECACHE_BUDGET_BYTES).toBe(1_572_864);
  });
});
