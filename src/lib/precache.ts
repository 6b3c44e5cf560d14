// What the offline service worker keeps, shared by the build (scripts/build-sw.ts), the
// budget check (scripts/check-precache.ts) and the worker itself (src/sw/worker/), so all
// three agree on which built files belong to which language.

/** DESIGN.md's budget: what one language costs to take offline, in bytes on the wire. */
export const PRECACHE_BUDGET_BYTES = 1.5 * 1024 * 1024;

/**
 * Files every visitor needs whatever her language: scripts, icons, map outlines, and the
 * directory's records from which the worker builds service pages (src/offline/). The
 * stylesheet is inlined into each page (astro.config.mjs), so pages carry their own CSS.
 */
export const SHARED_GLOBS = ['_astro/**/*.{js,css}', 'icons/*.png', 'icon.svg', 'geo/**/*', 'directory/services/*.json'];

/** Built folders that are never pages of a language. */
const NOT_PAGES = ['_astro/**', 'geo/**', 'hsds/**', 'icons/**', 'sw-manifest/**', 'directory/services/**', '404.html'];

/** The language a site path belongs to: "/ro/about/" → "ro", "/about/" → the default. */
export function languageOfPath(pathname: string, locales: readonly string[], defaultLocale: string): string {
  const first = pathname.split('/')[1] ?? '';
  return first !== defaultLocale && locales.includes(first) ? first : defaultLocale;
}

/**
 * Glob patterns, relative to the built client folder, of one language's precache: every
 * page but the service pages, its search index (`find/*.json`), its web app manifest, and
 * the service-page shell and strings from which the worker builds any service page
 * (src/offline/), so the precache does not grow a page per service. The default language
 * lives at the root, so the other languages' folders are excluded from it.
 */
export function languageGlobs(
  lang: string,
  locales: readonly string[],
  defaultLocale: string,
): { globPatterns: string[]; globIgnores: string[] } {
  if (!locales.includes(lang)) throw new Error(`"${lang}" is not one of the site's languages (${locales.join(', ')})`);
  const root = lang === defaultLocale ? '' : `${lang}/`;
  const others = lang === defaultLocale ? locales.filter((l) => l !== defaultLocale).map((l) => `${l}/**`) : [];
  return {
    globPatterns: [
      `${root}**/*.html`, `${root}find/*.json`, `${root}manifest.webmanifest`,
      `directory/shell/${lang}.html`, `directory/strings/${lang}.json`,
    ],
    // Council-area pages (32 a language) repeat the directory once more: at 3,000 services
    // they would take a language past its budget. Offline, the worker answers one she has
    // not opened with the search filtered to that area (src/sw/worker/strategies.ts).
    globIgnores: [
      ...NOT_PAGES, `${root}services/**`, `${root}areas/**`, ...others,
      ...locales.filter((l) => l !== lang).flatMap((l) => [`directory/shell/${l}.html`, `directory/strings/${l}.json`]),
    ],
  };
}

/** A built file's address: "ro/services/x/index.html" → "/ro/services/x/" (trailing slashes, as the site links). */
export function fileToUrl(file: string): string {
  const path = `/${file.replace(/^\/+/, '')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Where the worker finds one language's list of pages; the version makes it immutable. */
export function languageManifestUrl(lang: string, version: string): string {
  return `/sw-manifest/${lang}.${version}.json`;
}

/** A build version is part of cache names and a file name, so it is kept to safe characters. */
export function checkBuildVersion(version: string): string {
  if (!/^[A-Za-z0-9_.]{1,40}$/.test(version)) {
    throw new Error(
      `Build version "${version}" must be 1–40 letters, digits, "_" or "." (it becomes part of cache names).`,
    );
  }
  return version;
}
