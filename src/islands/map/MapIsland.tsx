// The map island: Leaflet canvas, the chosen area's services, and the list of areas
// as buttons (the keyboard and screen-reader way to choose an area), kept in sync.
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { summariseAreas, type AreaSummary } from '../../lib/map/areas';
import { fill, plural, pluralForm } from '../../lib/plural';
import type { MapService } from '../../lib/map/results';
import { OutlineMap, type AreaFeatureCollection, type Selection } from './leaflet-map';
import { Filled } from './Filled';
import { Legend } from './Legend';
import { SelectionPanel } from './SelectionPanel';
import type { MapStrings } from './strings';

export type { AreaFeatureCollection };

interface Props {
  strings: MapStrings;
  region: string | null;
  outlines: AreaFeatureCollection;
  readServices: () => MapService[];
  /** Subscribes to changes of the page's list; returns the unsubscribe. */
  watchServices: (onChange: () => void) => () => void;
  tilesUrl: string | null;
  tilesAttribution: string;
}

export function MapIsland({ strings, region, outlines, readServices, watchServices, tilesUrl, tilesAttribution }: Props) {
  const [services, setServices] = useState(readServices);
  const [selection, setSelection] = useState<Selection>(null);
  const [announcement, setAnnouncement] = useState('');
  const $canvas = useRef<HTMLDivElement>(null);
  const map = useRef<OutlineMap | null>(null);
  const keysId = useId();

  const areaInfo = useMemo(
    () => outlines.features.map((f) => ({ id: f.id, name: f.properties.name, region: f.properties.region })),
    [outlines],
  );
  const summary = useMemo(() => summariseAreas(services, areaInfo), [services, areaInfo]);

  // Only a real change of the list redraws the map (the map's own DOM changes must not).
  useEffect(
    () =>
      watchServices(() => {
        const next = readServices();
        setServices((current) => (sameServices(current, next) ? current : next));
      }),
    [],
  );

  useEffect(() => {
    map.current = new OutlineMap($canvas.current!, {
      outlines,
      region,
      zoomIn: strings.zoomIn,
      zoomOut: strings.zoomOut,
      attribution: strings.attribution,
      tilesUrl,
      tilesAttribution,
      reduceMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
      onSelect: setSelection,
    });
    return () => map.current?.destroy();
  }, []);

  useEffect(() => map.current?.show(summary), [summary]);

  useEffect(() => {
    map.current?.select(selection);
    if (selection?.kind === 'area') {
      const area = summary.areas.find((a) => a.id === selection.id);
      if (area) setAnnouncement(plural(strings.announce, strings.lang, area.services.length, { area: area.name }));
    } else if (selection?.kind === 'service') {
      const service = services.find((s) => s.id === selection.id);
      if (service) setAnnouncement(fill(strings.announceService, { name: service.name }));
    }
  }, [selection]);

  const areaLabel = (area: AreaSummary) => (
    <Filled
      template={pluralForm(strings.areaCount, strings.lang, area.services.length)}
      values={{ area: area.name, count: area.services.length }}
    />
  );

  return (
    <div class="map-island">
      <p class="muted">{strings.private}</p>
      <div ref={$canvas} class="map-canvas" role="region" aria-label={strings.label} aria-describedby={keysId} />
      <p id={keysId} class="muted map-keys">{strings.keys}</p>
      <Legend strings={strings} region={region} />
      <p class="visually-hidden" aria-live="polite">{announcement}</p>
      <SelectionPanel strings={strings} selection={selection} summary={summary} services={services} />
      <section class="map-areas" aria-labelledby={`${keysId}-areas`}>
        <h2 id={`${keysId}-areas`}>{strings.areasHeading}</h2>
        <ul role="list">
          {summary.areas.map((area) => (
            <li key={area.id}>
              <button
                type="button"
                data-area={area.id}
                aria-pressed={selection?.kind === 'area' && selection.id === area.id}
                class={area.region !== null && area.region === region ? 'current' : undefined}
                onClick={() => setSelection({ kind: 'area', id: area.id })}
              >
                {areaLabel(area)}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function sameServices(a: MapService[], b: MapService[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
