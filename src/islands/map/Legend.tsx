import type { MapStrings } from './strings';

/** The key to the shading; "this region" only where the page is about one. */
export function Legend({ strings, region }: { strings: MapStrings; region: string | null }) {
  return (
    <ul class="map-legend" role="list">
      {region && (
        <li>
          <span class="swatch current" aria-hidden="true" />
          {strings.legendCurrent}
        </li>
      )}
      <li>
        <span class="swatch hub" aria-hidden="true" />
        {strings.legendHub}
      </li>
      <li>
        <span class="swatch other" aria-hidden="true" />
        {strings.legendOther}
      </li>
    </ul>
  );
}
