// The shape of the search index shipped as /<lang>/find/index.json, and the searchable
// text of one service. Both the build (which makes the Fuse index of words) and the
// engine (which links words back to services) derive fields with `serviceFields`, so
// they always agree.
import type { FuseIndexRecords, FuseIndexStringRecord } from 'fuse.js';
import type { NeedId, RegionId, ServiceKind } from '../schema/taxonomy';
import type { ServiceStatus } from '../schema/service';
import type { FilterableService } from './filters';
import type { WeeklyHours } from '../hours/week';

/** One service as the search page shows it: short, no description. */
export interface SearchService extends FilterableService {
  id: string;
  name: string;
  organisation: string;
  kind: ServiceKind;
  /** Only "active" or "unverified" in a built index: the engine drops any other. */
  status: ServiceStatus;
  /** She can contact it: it has a phone, textphone, SMS number or email address. */
  reachable: boolean;
  /** The content's `languages` text (English), searched: "interpreter", "Romanian". */
  languageNote?: string;
  /** `week`: the line's opening hours, compiled (src/lib/hours/week.ts). */
  phones: { number: string; label?: string; hours?: string; week?: WeeklyHours }[];
  /** A number to text, as published. */
  sms?: string;
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
  /** Words people use for languages and interpreting, in the page's language, given to
   *  every service that states languages (`find.keywords.languages`). */
  languageKeywords: string;
  /** The language's stop words, folded (src/lib/search/stopwords.ts), dropped from every query. */
  stopWords: string[];
  /** In COUNCIL_AREA_NAMES order: names and main towns. */
  areas: { name: string; towns: string[] }[];
  /** Already in display order (specialist first, then by name). */
  services: SearchService[];
  /** Fuse.createIndex over the distinct words, serialised. */
  words: { keys: readonly unknown[]; records: FuseIndexRecords };
}

/** Fields, most telling first; a word found in an earlier field ranks higher. */
export const FIELDS = ['name', 'organisation', 'mainNeed', 'needs', 'mainKeywords', 'keywords', 'places', 'languages'] as const;
export type Field = (typeof FIELDS)[number];
/**
 * A service's main need is the first it lists (src/lib/directory.ts, primaryNeed); a word
 * of its other needs weighs a quarter less, so "doctor" puts a health service (NHS 24)
 * above services that help with health among much else. The gap is wider than the
 * specialist boost (engine.ts), so the boost never lifts a side need above a main one.
 */
export const FIELD_WEIGHTS: Record<Field, number> = {
  name: 3,
  organisation: 2,
  mainNeed: 1.6,
  needs: 1.2,
  mainKeywords: 1.2,
  keywords: 0.9,
  places: 1,
  languages: 1,
};

export function isNational(s: Pick<SearchService, 'regions'>): boolean {
  return s.regions.includes('national');
}

/**
 * The searchable text of a service, by field. A service for all of Scotland is not
 * given the 32 council areas and their towns (it would match every place); the engine
 * lets it match any place word at a lower score instead. A service that states languages
 * is found by its languages text and by the page language's words for interpreting.
 */
export function serviceFields(
  s: SearchService,
  data: Pick<SearchIndexData, 'needs' | 'regions' | 'areas' | 'languageKeywords'>,
): Record<Field, string> {
  const [main, ...others] = s.needs.map((n) => data.needs[n]);
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
    mainNeed: main?.name ?? '',
    needs: others.map((n) => n?.name ?? '').join(' '),
    mainKeywords: main?.keywords ?? '',
    keywords: others.map((n) => n?.keywords ?? '').join(' '),
    places: places.join(' '),
    languages: s.languages ? `${s.languageNote ?? ''} ${data.languageKeywords ?? ''}` : '',
  };
}

export function wordRecords(words: SearchIndexData['words']): FuseIndexStringRecord[] {
  return words.records as FuseIndexStringRecord[];
}
