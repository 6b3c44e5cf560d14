import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';

/**
 * The site path of a page in a language: English is unprefixed, others live under
 * /<lang>/. `path` is relative to the language root, e.g. "services/foo/" or "".
 */
export function localePath(lang: Locale, path = ''): string {
  const clean = path.replace(/^\/+/, '');
  return lang === DEFAULT_LOCALE ? `/${clean}` : `/${lang}/${clean}`;
}

/** The path relative to its language root: "/ro/services/x/" → "services/x/". */
export function pathWithinLocale(pathname: string, locales: readonly string[]): string {
  const parts = pathname.replace(/^\/+/, '').split('/');
  if (parts[0] && locales.includes(parts[0]) && parts[0] !== DEFAULT_LOCALE) parts.shift();
  return parts.join('/');
}

/** A `tel:` URI for a number written as published ("0800 027 1234" → "tel:08000271234"). */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^+0-9]/g, '')}`;
}

/** A source's site as people name it: "https://www.gov.scot/x" → "gov.scot". */
export function siteName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
