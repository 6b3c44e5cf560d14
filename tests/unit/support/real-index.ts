// The search index of one language built from the real content and locale strings, as
// src/pages/[...lang]/find/index.json.ts builds it, without Astro: for tests that ask
// what she would really find ("doctor" → NHS 24).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { serviceSchema, type Service } from '../../../src/lib/schema/service';
import { compareServices, isListed } from '../../../src/lib/directory';
import { areaRegionsFrom, hubRegionsOf } from '../../../src/lib/regions';
import { buildSearchIndex } from '../../../src/lib/search/build-index';
import type { SearchIndexData } from '../../../src/lib/search/index-data';
import type { RegionId } from '../../../src/lib/schema/taxonomy';
import towns from '../../../content/council-towns.json';

const DIR = 'content/services';

/** Every service file, parsed, with its hub regions; closed ones left out as the site does. */
export function realServices(): Service[] {
  const areas = parse(readFileSync('content/council-areas.yaml', 'utf8')) as { name: string; region: RegionId | null }[];
  const areaRegions = areaRegionsFrom(areas);
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const data = serviceSchema.parse(parse(readFileSync(join(DIR, f), 'utf8')));
      return { id: f.replace(/\.yaml$/, ''), ...data, regions: hubRegionsOf(data.councilAreas, areaRegions) };
    })
    .filter((s) => s.status !== 'closed')
    .sort(compareServices);
}

/** A locale's flat strings (src/i18n/locales/<lang>.json). */
export function localeStrings(lang: string): Record<string, string> {
  return JSON.parse(readFileSync(`src/i18n/locales/${lang}.json`, 'utf8')) as Record<string, string>;
}

/** The index the site ships for `lang`, after a JSON round trip as the browser gets it. */
export function realIndex(lang: string, services: readonly Service[] = realServices().filter(isListed)): SearchIndexData {
  const t = localeStrings(lang);
  const data = buildSearchIndex({
    lang,
    services,
    needName: (id) => t[`need.${id}`] ?? id,
    needKeywords: (id) => t[`find.keywords.${id}`] ?? '',
    languageKeywords: t['find.keywords.languages'] ?? '',
    regionName: (id) => t[`region.${id}`] ?? id,
    towns,
    formatChecked: (c) => c,
  });
  return JSON.parse(JSON.stringify(data)) as SearchIndexData;
}
