// Loaded on demand by launcher.ts: fetches the outlines and renders the map island.
import { render } from 'preact';
import { feature } from 'topojson-client';
import type { OutlineTopology } from '../../lib/geo/outlines';
import { MapIsland, type AreaFeatureCollection } from './MapIsland';
import { readResults, watchResults } from './read-results';
import type { MapSettings } from './strings';
// As strings, added on open: imported plainly, Astro would inline them into every page
// that has the button, and most visits never open the map.
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import mapCss from './map.css?inline';

export async function mountMap($slot: HTMLElement, settings: MapSettings): Promise<void> {
  const response = await fetch(settings.outlinesUrl);
  if (!response.ok) throw new Error(`outlines: HTTP ${response.status}`);
  const topology = (await response.json()) as OutlineTopology;
  const outlines = feature(topology, topology.objects.areas) as AreaFeatureCollection;
  adoptMapCss();
  $slot.textContent = '';
  render(
    <MapIsland
      strings={settings.strings}
      region={settings.region ?? regionFromQuery()}
      outlines={outlines}
      readServices={() => readResults(settings.resultsSelector)}
      watchServices={(onChange) => (settings.watch ? watchResults(settings.resultsSelector, onChange) : () => {})}
      tilesUrl={import.meta.env.PUBLIC_MAP_TILES_URL || null}
      tilesAttribution={import.meta.env.PUBLIC_MAP_TILES_ATTRIBUTION || ''}
    />,
    $slot,
  );
}

let sheet: CSSStyleSheet | null = null;

/**
 * Adds the map's styles once, as a constructed stylesheet: the page's Content-Security-
 * Policy allows styles only by hash or from this site, so a <style> element made at run
 * time would be refused, while the CSSOM is this site's own script at work.
 */
function adoptMapCss(): void {
  if (sheet) return;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(leafletCss + mapCss);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/**
 * On the search page the region filter, if any, is the region to highlight. The search
 * keeps its state out of the URL and publishes it as its share link (FindSearch.tsx).
 */
function regionFromQuery(): string | null {
  const shared = document.querySelector<HTMLElement>('[data-share-url]')?.dataset['shareUrl'];
  return new URL(shared ?? location.href).searchParams.get('region');
}
