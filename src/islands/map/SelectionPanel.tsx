import type { MapSummary } from '../../lib/map/areas';
import { plural } from '../../lib/plural';
import { Filled } from './Filled';
import type { MapService } from '../../lib/map/results';
import type { Selection } from './leaflet-map';
import type { MapStrings } from './strings';

interface Props {
  strings: MapStrings;
  selection: Selection;
  summary: MapSummary;
  services: MapService[];
}

/** What the chosen area or marker offers: links to the services, in the page's words. */
export function SelectionPanel({ strings, selection, summary, services }: Props) {
  const area = selection?.kind === 'area' ? summary.areas.find((a) => a.id === selection.id) : undefined;
  const service = selection?.kind === 'service' ? services.find((s) => s.id === selection.id) : undefined;
  const heading = area ? (
    <Filled template={strings.selectionHeading} values={{ area: area.name }} />
  ) : (
    service && <bdi lang="en">{service.name}</bdi>
  );
  return (
    <section class="map-selection" data-map-selection>
      {!heading ? (
        <p>{strings.selectionPrompt}</p>
      ) : (
        <>
          <h2>{heading}</h2>
          {area && area.services.length === 0 && <p>{strings.selectionNone}</p>}
          <ul role="list">
            {(area ? area.services : service ? [service] : []).map((s) => (
              <li key={s.id}>
                <a href={s.href}>
                  <bdi lang="en">{s.name}</bdi>
                </a>
              </li>
            ))}
          </ul>
          {area && summary.national.length > 0 && (
            <p class="muted">{plural(strings.selectionNational, strings.lang, summary.national.length)}</p>
          )}
        </>
      )}
    </section>
  );
}
