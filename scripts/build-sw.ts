// Builds the offline service worker into an `astro build` output (run after it: astro
// empties dist/). Usage: tsx scripts/build-sw.ts [client folder, default dist/client]
//
// 1. For each language, the list of its pages and search index (workbox-build getManifest)
//    → <client>/sw-manifest/<lang>.<version>.json, fetched by the worker at install.
// 2. The worker (src/sw/worker/) bundled by esbuild, with the shared files' list injected
//    by workbox-build injectManifest → <client>/sw.js.
// 3. <client>/../precache-report.json, the files each language takes offline, for
//    scripts/check-precache.ts.
//
// The version is a hash of the worker and every listed file's revision, so an unchanged
// build makes a byte-identical worker (no update offered); PATHWAY_BUILD_VERSION overrides it.
import { build } from 'esbuild';
import { getManifest, injectManifest, type ManifestEntry } from 'workbox-build';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../src/i18n/locales';
import { SHARED_GLOBS, checkBuildVersion, fileToUrl, languageGlobs, languageManifestUrl } from '../src/lib/precache';
import { contentRevision } from '../src/lib/revision';

const client = resolve(process.argv[2] ?? 'dist/client');
if (!existsSync(join(client, 'index.html'))) {
  throw new Error(`${client} has no index.html: run \`astro build\` first, or pass the built client folder.`);
}
const TOKEN = '__PATHWAY_VERSION_PLACEHOLDER__';

/**
 * Built files → site URLs, remembering each URL's file for the budget report. Revisions
 * become SHA-256 content hashes (src/lib/revision.ts), which the worker checks each stored
 * body against; files whose name carries a hash (revision null) keep none.
 */
const files = new Map<string, string>();
const toSiteUrls = async (entries: (ManifestEntry & { size: number })[]) => ({
  manifest: await Promise.all(entries.map(async (e) => {
    const url = fileToUrl(e.url);
    files.set(url, e.url);
    const revision = e.revision === null ? null : await contentRevision(readFileSync(join(client, e.url)));
    return { ...e, url, revision };
  })),
  warnings: [],
});
// A pattern may match nothing yet (a language without a search index, no map outlines):
// that is reported; any other warning, such as a file too big to cache, fails the build.
function checkWarnings(warnings: string[]): void {
  const [unmatched, serious] = [warnings.filter((w) => w.includes("doesn't match any files")), warnings.filter((w) => !w.includes("doesn't match any files"))];
  for (const w of unmatched) console.warn(`build-sw: ${w.split('\n')[0]} ${/"globPattern": "([^"]+)"/.exec(w)?.[1] ?? ''}`);
  if (serious.length > 0) throw new Error(serious.join('\n'));
}

const common = {
  globDirectory: client,
  manifestTransforms: [toSiteUrls],
  // Astro's file names already change with their content.
  dontCacheBustURLsMatching: /^\/_astro\//,
  maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
};

// Languages come from the site's own list; each must have been built.
const languages = LOCALE_CODES;
for (const lang of languages) {
  const home = lang === DEFAULT_LOCALE ? 'index.html' : join(lang, 'index.html');
  if (!existsSync(join(client, home))) throw new Error(`Language "${lang}" is in src/i18n/locales.ts but ${home} was not built.`);
}
// Lists of an earlier run on the same folder would linger under their old versions.
rmSync(join(client, 'sw-manifest'), { recursive: true, force: true });

const pages: Record<string, { url: string; revision: string | null }[]> = {};
for (const lang of languages) {
  const { manifestEntries, warnings } = await getManifest({ ...common, ...languageGlobs(lang, LOCALE_CODES, DEFAULT_LOCALE) });
  checkWarnings(warnings);
  pages[lang] = (manifestEntries ?? []).map(({ url, revision }) => ({ url, revision }));
}

const bundled = join(dirname(client), 'sw.bundle.js');
await build({
  entryPoints: [fileURLToPath(new URL('../src/sw/worker/sw.ts', import.meta.url))],
  outfile: bundled,
  bundle: true,
  format: 'iife',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  // Service pages are built on the phone with the site's Preact components (src/offline/).
  jsx: 'automatic',
  jsxImportSource: 'preact',
  // Workbox strips its development logging when NODE_ENV is production.
  define: { 'process.env.NODE_ENV': '"production"', __PATHWAY_VERSION__: JSON.stringify(TOKEN) },
  logLevel: 'warning',
});

const swDest = join(client, 'sw.js');
const injected = await injectManifest({ ...common, swSrc: bundled, swDest, globPatterns: SHARED_GLOBS });
checkWarnings(injected.warnings);
rmSync(bundled);

const worker = readFileSync(swDest, 'utf8');
const version = checkBuildVersion(
  process.env.PATHWAY_BUILD_VERSION ??
    createHash('sha256').update(worker).update(JSON.stringify(pages)).digest('hex').slice(0, 12),
);
writeFileSync(swDest, worker.replaceAll(TOKEN, version));
rmSync(`${swDest}.map`, { force: true });

const sharedUrls = [...files.keys()].filter((url) => !Object.values(pages).some((list) => list.some((p) => p.url === url)));

// What taking a language offline costs on the wire, for the data-saving offer (gzip: an
// upper bound, the server sends Brotli where it can).
const gzipBytes = (file: string) => gzipSync(readFileSync(join(client, file))).length;
const sharedBytes = gzipBytes('sw.js') + sharedUrls.reduce((sum, url) => sum + gzipBytes(files.get(url)!), 0);
mkdirSync(join(client, 'sw-manifest'), { recursive: true });
for (const lang of languages) {
  const bytes = sharedBytes + pages[lang]!.reduce((sum, p) => sum + gzipBytes(files.get(p.url)!), 0);
  writeFileSync(join(client, languageManifestUrl(lang, version)), JSON.stringify({ version, lang, bytes, entries: pages[lang] }));
}
const report = {
  version,
  worker: 'sw.js',
  shared: sharedUrls.map((url) => files.get(url)!),
  languages: Object.fromEntries(
    languages.map((lang) => [lang, { manifest: languageManifestUrl(lang, version).slice(1), files: pages[lang]!.map((p) => files.get(p.url)!) }]),
  ),
};
writeFileSync(join(dirname(client), 'precache-report.json'), JSON.stringify(report, null, 2));
console.log(`service worker: sw.js, version ${version}, ${injected.count} shared files, languages ${languages.join(', ')}`);
