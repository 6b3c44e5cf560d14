import type { MapService } from './results';

export interface AreaInfo {
  id: string;
  name: string;
  region: string | null;
}

export interface AreaSummary extends AreaInfo {
  /** Local services covering the area, in list order (Scotland-wide ones apart). */
  services: MapService[];
  /** Of those, how many have no coordinates of their own: the number drawn on the area. */
  unplaced: number;
}

export interface MapSummary {
  areas: AreaSummary[];
  /** Services for all of Scotland: they help in every area. */
  national: MapService[];
  /** Services drawn at their own coordinates. */
  placed: MapService[];
}

/**
 * Counts the listed services per council area. Scotland-wide services are kept apart,
 * or every area would show the same large number and hide the local ones.
 */
export function summariseAreas(services: readonly MapService[], areas: readonly AreaInfo[]): MapSummary {
  const local = services.filter((s) => !s.national);
  return {
    areas: areas.map((area) => {
      const here = local.filter((s) => s.areas.includes(area.id));
      return { ...area, services: here, unplaced: here.filter((s) => !s.location).length };
    }),
    national: services.filter((s) => s.national),
    placed: services.filter((s) => s.location),
  };
}
