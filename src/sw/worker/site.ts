// What the worker needs to know about the site, taken from the same sources as the pages.
import { DEFAULT_LOCALE, LOCALE_CODES } from '../../i18n/locales';
import { languageOfPath } from '../../lib/precache';
import { localePath } from '../../lib/urls';

export { DEFAULT_LOCALE, LOCALE_CODES };

export function languageOf(url: URL): string {
  return languageOfPath(url.pathname, LOCALE_CODES, DEFAULT_LOCALE);
}

/** The friendly page shown for a page that is not on this phone. */
export function offlinePath(lang: string): string {
  return localePath(lang as (typeof LOCALE_CODES)[number], 'offline/');
}

/** Pages and search indexes are looked up without their query: `find/?q=…` is one page. */
export function pageKey(url: URL): string {
  return url.origin + url.pathname;
}

export function isSearchIndex(url: URL): boolean {
  return /\/find\/[^/]+\.json$/.test(url.pathname);
}
