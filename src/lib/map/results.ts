// The services the map shows are the ones the page lists. Each listed item carries
// them as data attributes (src/components/ServiceCard.astro, or any result list that
// follows the same contract), so the map always agrees with the list beside it.

export interface MapService {
  id: string;
  name: string;
  href: string;
  /** Council area ids (content/council-areas.yaml) the service covers. */
  areas: string[];
  /** Covers all of Scotland: counted apart, not in every area. */
  national: boolean;
  /** Where the content gives the service's own coordinates. */
  location?: { lat: number; lon: number };
}

/** The raw attribute values of one listed item (null when absent). */
export interface ResultAttributes {
  id: string | null;
  areas: string | null;
  national: string | null;
  lat: string | null;
  lon: string | null;
  name: string | null;
  href: string | null;
}

/** Reads one listed item; null when it lacks what the map needs (id, name, link). */
export function parseResult(raw: ResultAttributes): MapService | null {
  const name = raw.name?.trim();
  if (!raw.id || !name || !raw.href) return null;
  const service: MapService = {
    id: raw.id,
    name,
    href: raw.href,
    areas: (raw.areas ?? '').split(/\s+/).filter(Boolean),
    national: raw.national !== null,
  };
  const lat = Number(raw.lat);
  const lon = Number(raw.lon);
  if (raw.lat && raw.lon && Number.isFinite(lat) && Number.isFinite(lon)) service.location = { lat, lon };
  return service;
}

/** Listed items in page order, each service once (a page may list one twice). */
export function uniqueResults(items: (MapService | null)[]): MapService[] {
  const seen = new Set<string>();
  return items.filter((s): s is MapService => {
    if (!s || seen.has(s.id)) return false;
    seen.add(s.id);
    return true;
  });
}
