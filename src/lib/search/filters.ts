// What a search can be narrowed by, and whether one service passes. Shared with the map
// (issue 8), which shows the same filtered services, so it knows nothing of the engine.
import { COUNCIL_AREA_NAMES, HUB_REGION_IDS, NEED_IDS, SERVICE_KINDS } from '../schema/taxonomy';
import type { NeedId, RegionId, ServiceKind } from '../schema/taxonomy';

export type HubRegionId = (typeof HUB_REGION_IDS)[number];

export interface SearchFilters {
  region?: HubRegionId | undefined;
  /** A council area, by its id in content/council-areas.yaml (e.g. "glasgow-city"). */
  area?: string | undefined;
  need?: NeedId | undefined;
  kind?: ServiceKind | undefined;
  /** Only services a source says are free. */
  free?: boolean | undefined;
  /** Only services that state languages or interpreting. */
  language?: boolean | undefined;
  /** Only services whose hours (as data) say they are open now (issue 18). */
  openNow?: boolean | undefined;
}

/** The facts about a service that filters read. */
export interface FilterableService {
  regions: readonly RegionId[];
  /** Indexes into COUNCIL_AREA_NAMES. */
  areas: readonly number[];
  needs: readonly NeedId[];
  kind: ServiceKind;
  free: boolean;
  languages: boolean;
}

/** "Glasgow City" → "glasgow-city": the ids of content/council-areas.yaml. */
export function councilAreaId(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export const COUNCIL_AREA_IDS = COUNCIL_AREA_NAMES.map(councilAreaId);

export function isHubRegion(value: string): value is HubRegionId {
  return (HUB_REGION_IDS as readonly string[]).includes(value);
}
export function isNeed(value: string): value is NeedId {
  return (NEED_IDS as readonly string[]).includes(value);
}
export function isKind(value: string): value is ServiceKind {
  return (SERVICE_KINDS as readonly string[]).includes(value);
}

/**
 * Whether a service passes every filter. Services for all of Scotland pass any region
 * or council area filter: they serve everywhere (DESIGN.md, "national services appear
 * everywhere"). `isOpenNow` answers the "open now" filter (it needs the clock and the
 * bank holidays, which the search worker has).
 */
export function matchesFilters<S extends FilterableService>(s: S, f: SearchFilters, isOpenNow: (s: S) => boolean = () => true): boolean {
  const national = s.regions.includes('national');
  if (f.region && !national && !s.regions.includes(f.region)) return false;
  if (f.area) {
    const index = COUNCIL_AREA_IDS.indexOf(f.area);
    if (!national && !s.areas.includes(index)) return false;
  }
  if (f.need && !s.needs.includes(f.need)) return false;
  if (f.kind && s.kind !== f.kind) return false;
  if (f.free && !s.free) return false;
  if (f.language && !s.languages) return false;
  if (f.openNow && !isOpenNow(s)) return false;
  return true;
}

export function hasFilters(f: SearchFilters): boolean {
  return Boolean(f.region || f.area || f.need || f.kind || f.free || f.language || f.openNow);
}
