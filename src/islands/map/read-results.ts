import { parseResult, uniqueResults, type MapService } from '../../lib/map/results';

/** The services listed under `selector`, read from their data attributes. */
export function readResults(selector: string): MapService[] {
  const $items = document.querySelectorAll<HTMLElement>(`${selector} [data-service]`);
  return uniqueResults(
    [...$items]
      // A search may hide results rather than remove them.
      .filter(($item) => !$item.closest("[hidden]"))
      .map(($item) => {
      const $link = $item.querySelector<HTMLAnchorElement>('a[href]');
      return parseResult({
        id: $item.dataset['service'] ?? null,
        areas: $item.dataset['areas'] ?? null,
        national: $item.dataset['national'] ?? null,
        lat: $item.dataset['lat'] ?? null,
        lon: $item.dataset['lon'] ?? null,
        name: $link?.textContent ?? null,
        href: $link?.getAttribute('href') ?? null,
      });
    }),
  );
}

/**
 * Calls `onChange` when the list changes (a search narrowing its results), whether the
 * list announces it with a `pathway:results` event or just re-renders.
 */
export function watchResults(selector: string, onChange: () => void): () => void {
  // The list may not exist yet (no search made): then watch main for it to appear.
  // onChange must ignore changes that leave the list as it was (the map's own DOM).
  const $list = document.querySelector(selector) ?? document.querySelector('main');
  const observer = new MutationObserver(onChange);
  if ($list) observer.observe($list, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
  document.addEventListener('pathway:results', onChange);
  return () => {
    observer.disconnect();
    document.removeEventListener('pathway:results', onChange);
  };
}
