import type { Service } from './schema/service';
import type { NeedId, RegionId } from './schema/taxonomy';

/** Specialist services first (they are why Pathway exists), then by name. */
export function compareServices(a: Service, b: Service): number {
  if (a.kind !== b.kind) return a.kind === 'specialist' ? -1 : 1;
  return a.name.localeCompare(b.name, 'en');
}

/** A service's main need: the first it lists. Used to group lists without repeats. */
export function primaryNeed(service: Service): NeedId {
  return service.categories[0]!;
}

export interface NeedGroup {
  need: NeedId;
  services: Service[];
}

/** Groups services by their main need, in the given need order, each group sorted. */
export function groupByNeed(services: Service[], needOrder: readonly NeedId[]): NeedGroup[] {
  return needOrder
    .map((need) => ({
      need,
      services: services.filter((s) => primaryNeed(s) === need).sort(compareServices),
    }))
    .filter((g) => g.services.length > 0);
}

export interface RegionListing {
  /** Specialist services based in the region. */
  specialist: Service[];
  /** Other services based in the region, by need. */
  local: NeedGroup[];
  /** Services for all of Scotland, specialist first, by need. */
  national: { specialist: Service[]; byNeed: NeedGroup[] };
}

/**
 * What a region's page lists: its own services (specialist first, then by need), then
 * national services. A service listed under both the region and "national" is shown
 * once, with the region's own.
 */
export function regionListing(
  services: Service[],
  region: Exclude<RegionId, 'national'>,
  needOrder: readonly NeedId[],
): RegionListing {
  const own = services.filter((s) => s.regions.includes(region));
  const national = services.filter((s) => s.regions.includes('national') && !own.includes(s));
  const specialistOf = (list: Service[]) => list.filter((s) => s.kind === 'specialist').sort(compareServices);
  const mainstreamOf = (list: Service[]) => list.filter((s) => s.kind !== 'specialist');
  return {
    specialist: specialistOf(own),
    local: groupByNeed(mainstreamOf(own), needOrder),
    national: { specialist: specialistOf(national), byNeed: groupByNeed(mainstreamOf(national), needOrder) },
  };
}

/** Services that help with a need, in one region or Scotland-wide, specialist first. */
export function servicesForNeed(services: Service[], need: NeedId): Service[] {
  return services.filter((s) => s.categories.includes(need)).sort(compareServices);
}

/** Whether a service appears in lists and search: not when it may have closed (or has). */
export function isListed(service: Pick<Service, 'status'>): boolean {
  return service.status === 'active' || service.status === 'unverified';
}

export interface AreaListing {
  /** Services for this council area itself (not Scotland-wide), by need. */
  local: NeedGroup[];
  /** Other services of its hub region, if it has one, by need. */
  regional: NeedGroup[];
  /** Services for all of Scotland, by need. */
  national: NeedGroup[];
}

/**
 * What a council area's page lists (issue 16): its own services, then the rest of its hub
 * region's (if it is in one), then Scotland-wide ones, each grouped by need with
 * specialist services first; a service appears once, in the first group it fits.
 */
export function areaListing(
  services: Service[],
  area: string,
  hubRegion: RegionId | null,
  needOrder: readonly NeedId[],
): AreaListing {
  const national = services.filter((s) => s.regions.includes('national'));
  const local = services.filter((s) => !national.includes(s) && (s.councilAreas as readonly string[]).includes(area));
  const regional = hubRegion
    ? services.filter((s) => !national.includes(s) && !local.includes(s) && s.regions.includes(hubRegion))
    : [];
  return {
    local: groupByNeed(local, needOrder),
    regional: groupByNeed(regional, needOrder),
    national: groupByNeed(national, needOrder),
  };
}
