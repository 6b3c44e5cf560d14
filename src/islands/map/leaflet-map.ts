// The Leaflet side of the map: outlines from this site, markers as plain HTML (no
// marker images), and no tile layer unless the site names a tile server.
import * as L from 'leaflet';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { OutlineProperties } from '../../lib/geo/outlines';
import type { MapSummary } from '../../lib/map/areas';

export type AreaFeature = Feature<Polygon | MultiPolygon, OutlineProperties> & { id: string };
export interface AreaFeatureCollection {
  type: 'FeatureCollection';
  features: AreaFeature[];
}

export type Selection = { kind: 'area'; id: string } | { kind: 'service'; id: string } | null;

export interface OutlineMapOptions {
  outlines: AreaFeatureCollection;
  region: string | null;
  zoomIn: string;
  zoomOut: string;
  attribution: string;
  tilesUrl: string | null;
  tilesAttribution: string;
  reduceMotion: boolean;
  onSelect: (selection: Selection) => void;
}

const INK = '#1d1d1f';
const fills = { current: '#4b2e83', hub: '#a597cc', other: '#f4f3f7' };

export class OutlineMap {
  readonly #map: L.Map;
  readonly #areas = new Map<string, L.Polygon>();
  readonly #overlay = L.layerGroup();
  readonly #options: OutlineMapOptions;
  // Leaflet only watches the window; the map is hidden and shown with its button.
  readonly #resize: ResizeObserver;
  #selected: Selection = null;

  constructor($el: HTMLElement, options: OutlineMapOptions) {
    this.#options = options;
    const animate = !options.reduceMotion;
    this.#map = L.map($el, {
      zoomControl: false,
      attributionControl: false,
      zoomSnap: 0.5,
      minZoom: 5,
      maxZoom: 12,
      zoomAnimation: animate,
      fadeAnimation: animate,
      markerZoomAnimation: animate,
      inertia: animate,
    });
    L.control.zoom({ zoomInTitle: options.zoomIn, zoomOutTitle: options.zoomOut }).addTo(this.#map);
    const attribution = L.control.attribution({ prefix: false }).addTo(this.#map);
    attribution.addAttribution(escapeHtml(options.attribution));
    if (options.tilesUrl) {
      L.tileLayer(options.tilesUrl, { attribution: escapeHtml(options.tilesAttribution) }).addTo(this.#map);
    }
    const layer = L.geoJSON(options.outlines as GeoJSON.FeatureCollection, {
      style: (feature) => this.#style(feature as AreaFeature),
      onEachFeature: (feature, path) => {
        const id = (feature as AreaFeature).id;
        this.#areas.set(id, path as L.Polygon);
        path.on('click', () => options.onSelect({ kind: 'area', id }));
      },
    }).addTo(this.#map);
    this.#overlay.addTo(this.#map);
    const focus = options.outlines.features
      .filter((f) => f.properties.region !== null && f.properties.region === options.region)
      .map((f) => this.#areas.get(f.id)!.getBounds());
    const bounds = focus.reduce((all, b) => all.extend(b), focus[0] ?? layer.getBounds());
    // Not closer than 9, so the region is seen among its neighbours.
    this.#map.fitBounds(bounds, { animate: false, padding: [12, 12], maxZoom: 9 });
    this.#resize = new ResizeObserver(() => {
      if ($el.offsetWidth > 0) this.#map.invalidateSize({ animate: false });
    });
    this.#resize.observe($el);
  }

  /** Draws the count of unplaced services on each area, and a marker per placed one. */
  show(summary: MapSummary): void {
    this.#overlay.clearLayers();
    for (const area of summary.areas) {
      const path = this.#areas.get(area.id);
      path?.unbindTooltip();
      if (path && area.unplaced > 0) {
        path.bindTooltip(String(area.unplaced), { permanent: true, direction: 'center', className: 'map-count' });
      }
    }
    for (const service of summary.placed) {
      const { lat, lon } = service.location!;
      const marker = L.marker([lat, lon], {
        icon: L.divIcon({ className: 'map-marker', iconSize: [22, 22] }),
        keyboard: true,
        title: service.name,
      });
      const choose = () => this.#options.onSelect({ kind: 'service', id: service.id });
      marker.on('click', choose);
      marker.on('keypress', (e) => {
        if (['Enter', ' '].includes((e as L.LeafletKeyboardEvent).originalEvent.key)) choose();
      });
      marker.addTo(this.#overlay);
      marker.getElement()?.setAttribute('aria-label', service.name);
    }
  }

  /** Outlines the chosen area and brings it into view. */
  select(selection: Selection): void {
    const previous = this.#selected;
    this.#selected = selection;
    if (previous?.kind === 'area') this.#restyle(previous.id);
    if (selection?.kind !== 'area') return;
    const path = this.#restyle(selection.id);
    if (!path) return;
    path.bringToFront();
    const bounds = path.getBounds();
    if (!this.#map.getBounds().contains(bounds)) {
      this.#map.fitBounds(bounds, { animate: !this.#options.reduceMotion, padding: [12, 12] });
    }
  }

  destroy(): void {
    this.#resize.disconnect();
    this.#map.remove();
  }

  #restyle(id: string): L.Polygon | undefined {
    const path = this.#areas.get(id);
    path?.setStyle(this.#style(path.feature as AreaFeature));
    return path;
  }

  #style(feature: AreaFeature): L.PathOptions {
    const { region } = feature.properties;
    const kind = region === null ? 'other' : region === this.#options.region ? 'current' : 'hub';
    const selected = this.#selected?.kind === 'area' && this.#selected.id === feature.id;
    return {
      color: INK,
      weight: selected ? 4 : 1,
      fillColor: fills[kind],
      fillOpacity: kind === 'other' ? 1 : 0.6,
    };
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
