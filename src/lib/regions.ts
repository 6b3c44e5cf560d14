// A service's hub regions follow from its council areas (issue 16): no hand-kept list that
// can disagree with them. The hub region of each council area is in content/council-areas.yaml.
import { COUNCIL_AREA_NAMES, type RegionId } from './schema/taxonomy';

/** A council area's hub region, or null outside the pilot regions. */
export type AreaRegions = ReadonlyMap<string, RegionId | null>;

/**
 * The hub regions a service belongs to: "national" when it covers all 32 council areas,
 * else the hub regions of its council areas, in the order given by `areaRegions`
 * (possibly none: a service outside the pilot regions is valid and found by its area).
 */
export function hubRegionsOf(councilAreas: readonly string[], areaRegions: AreaRegions): RegionId[] {
  if (COUNCIL_AREA_NAMES.every((a) => councilAreas.includes(a))) return ['national'];
  const regions: RegionId[] = [];
  for (const [area, region] of areaRegions) {
    if (region && councilAreas.includes(area) && !regions.includes(region)) regions.push(region);
  }
  return regions;
}

/** The map from the council areas' content ({ name, region }). */
export function areaRegionsFrom(areas: readonly { name: string; region: RegionId | null }[]): AreaRegions {
  return new Map(areas.map((a) => [a.name, a.region]));
}
