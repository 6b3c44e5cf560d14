// Every cache the worker writes carries the build version, so a new version never mixes
// with an old one and activation can delete whatever is not its own (Squoosh's pattern).
declare const __PATHWAY_VERSION__: string;

/** Set by scripts/build-sw.ts: a hash of the worker and everything it precaches. */
export const VERSION: string = __PATHWAY_VERSION__;

const PREFIX = 'pathway-';

/** Scripts, icons and map outlines: the same for every language. */
export const SHARED_CACHE = `${PREFIX}shared-${VERSION}`;

/** Pages seen in a language that is not precached, kept while they are fresh. */
export const VISITED_CACHE = `${PREFIX}visited-${VERSION}`;

/** One precached language's pages and search index. */
export function pagesCache(lang: string, version = VERSION): string {
  return `${PREFIX}pages-${lang}-${version}`;
}

/** The language of a pages cache of any version, or undefined for other caches. */
export function languageOfCache(name: string): string | undefined {
  return /^pathway-pages-([^-]+)-/.exec(name)?.[1];
}

/** Pathway's caches from other versions: deleted when this version takes over. */
export function isOutdated(name: string): boolean {
  return name.startsWith(PREFIX) && !name.endsWith(`-${VERSION}`);
}
