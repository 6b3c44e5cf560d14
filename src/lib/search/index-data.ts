// The shape of the search index shipped as /<lang>/find/index.json, and the searchable
// text of one service. Both the build (which makes the Fuse index of words) and the
// engine (which links words back to services) derive fields with `serviceFields`, so
// they always agree.
import type { FuseIndexRecords, FuseIndexStringRecord } from 'fuse.js';
import type { NeedId, RegionId, ServiceKind } from '../schema/taxonomy';
import type { FilterableService } from './filters';
import type { WeeklyHours } from '../hours/week';

/** One service as the search page shows it: short, no description. */
export interface SearchService extends FilterableService {
  id: string;
  name: string;
  organisation: string;
  kind: ServiceKind;
  /** `week`: the line's opening hours, compiled (src/lib/hours/week.ts). */
  phones: { number: string; label?: string; week?: WeeklyHours }[];
  /** The service's own opening hours, compiled, when no phone has any. */
  week?: WeeklyHours;
  /** "Last checked" already written in the page's language, or null. */
  checked: string | null;
  /** Where the content gives the service's own coordinates (for the map). */
  location?: { lat: number; lon: number };
}

export interface SearchIndexData {
  v: 1;
  lang: string;
  /** Need names and extra words people use for them, in the page's language. */
  needs: Partial<Record<NeedId, { name: string; keywords: string }>>;
  regions: Partial<Record<RegionId, string>>;
  /** In COUNCIL_AREA_NAMES order: names and main towns. */
  areas: { name: string; towns: string[] }[];
  /** Already in display order (specialist first, then by name). */
  services: SearchService[];
  /** Fuse.createIndex over the distinct words, serialised. */
  words: { keys: readonly unknown[]; records: FuseIndexRecords };
}

/** Fields, most telling first; a word found in an earlier field ranks higher. */
export const FIELDS = ['name', 'organisation', 'needs', 'keywords', 'places'] as const;
export type Field = (typeof FIELDS)[number];
export const FIELD_WEIGHTS: Record<Field, number> = {
  name: 3,
  organisation: 2,
  needs: 1.6,
  keywords: 1.2,
  places: 1,
};

export function isNational(s: Pick<SearchService, 'regions'>): boolean {
  return s.regions.includes('national');
}

/**
 * The searchable text of a service, by field. A service for all of Scotland is not
 * given the 32 council areas and their towns (it would match every place); the engine
 * lets it match any place word at a lower score instead.
 */
export function serviceFields(s: SearchService, data: Pick<SearchIndexData, 'needs' | 'regions' | 'areas'>): Record<Field, string> {
  const needs = s.needs.map((n) => data.needs[n]);
  const places = s.regions.map((r) => data.regions[r] ?? '');
  if (!isNational(s)) {
    for (const i of s.areas) {
      const area = data.areas[i];
      if (area) places.push(area.name, ...area.towns);
    }
  }
  return {
    name: s.name,
    organisation: s.organisation,
    needs: needs.map((n) => n?.name ?? '').join(' '),
    keywords: needs.map((n) => n?.keywords ?? '').join(' '),
    places: places.join(' '),
  };
}

export function wordRecords(words: SearchIndexData['words']): FuseIndexStringRecord[] {
  return words.records as FuseIndexStringRecord[];
}
