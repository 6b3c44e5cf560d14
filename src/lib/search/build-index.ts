// Builds a language's search index at build time (and for the benchmark): compact
// services plus a Fuse index of every distinct word, so the browser never indexes.
import Fuse from 'fuse.js';
import { COUNCIL_AREA_NAMES, NEED_IDS, REGION_IDS } from '../schema/taxonomy';
import type { Service } from '../schema/service';
import type { NeedId, RegionId } from '../schema/taxonomy';
import { tokenize } from './fold';
import { stopwordsOf } from './stopwords';
import { isListed } from '../directory';
import { weekOf } from '../hours/week-of';
import { FIELDS, serviceFields, type SearchIndexData, type SearchService } from './index-data';

export interface IndexInput {
  lang: string;
  /** Services already in display order; possibly-closed and closed ones are left out. */
  services: readonly Service[];
  needName: (id: NeedId) => string;
  needKeywords: (id: NeedId) => string;
  /** Words for languages and interpreting (`find.keywords.languages`); none if absent. */
  languageKeywords?: string;
  regionName: (id: RegionId) => string;
  /** Main towns by council area name (content/council-towns.json; other keys ignored). */
  towns: Readonly<Record<string, unknown>>;
  formatChecked: (checked: string | null) => string | null;
}

/** A service as the index carries it (see SearchService). */
export function toSearchService(s: Service, formatChecked: IndexInput['formatChecked']): SearchService {
  return {
    id: s.id,
    name: s.name,
    organisation: s.organisation,
    kind: s.kind,
    status: s.status,
    reachable: Boolean(s.phone?.length || s.textphone || s.sms || s.email),
    regions: s.regions,
    areas: s.councilAreas.map((a) => COUNCIL_AREA_NAMES.indexOf(a)).filter((i) => i >= 0),
    needs: s.categories,
    free: s.free === true,
    languages: Boolean(s.languages),
    ...(s.languages ? { languageNote: s.languages } : {}),
    phones: (s.phone ?? []).map((p) => {
      const week = weekOf(p.openingHours);
      return { number: p.number, ...(p.label ? { label: p.label } : {}), ...(p.hours ? { hours: p.hours } : {}), ...(week ? { week } : {}) };
    }),
    ...(s.sms ? { sms: s.sms } : {}),
    ...((s.phone ?? []).some((p) => p.openingHours) || !s.openingHours ? {} : { week: weekOf(s.openingHours)! }),
    checked: formatChecked(s.checked),
    ...(s.location ? { location: { lat: s.location.lat, lon: s.location.lon } } : {}),
  };
}

/**
 * The index of one language: its need, region and area names, its listed services
 * (active or unverified: src/lib/directory.ts, isListed) and a Fuse index of the distinct
 * words of their fields, tokenised for `lang` exactly as the engine tokenises a query.
 */
export function buildSearchIndex(input: IndexInput): SearchIndexData {
  const base = {
    needs: Object.fromEntries(NEED_IDS.map((id) => [id, { name: input.needName(id), keywords: input.needKeywords(id) }])),
    regions: Object.fromEntries(REGION_IDS.map((id) => [id, input.regionName(id)])),
    areas: COUNCIL_AREA_NAMES.map((name) => ({ name, towns: townsOf(input.towns[name]) })),
    languageKeywords: input.languageKeywords ?? '',
  };
  const services = input.services.filter(isListed).map((s) => toSearchService(s, input.formatChecked));
  const stop = stopwordsOf(input.lang);
  const distinct = new Set<string>();
  for (const s of services) {
    const fields = serviceFields(s, base);
    for (const f of FIELDS) for (const w of tokenize(fields[f], input.lang, stop)) distinct.add(w);
  }
  const list = [...distinct].sort();
  const words = Fuse.createIndex([], list).toJSON() as SearchIndexData['words'];
  return { v: 1, lang: input.lang, ...base, stopWords: [...stop], services, words };
}

function townsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
}
