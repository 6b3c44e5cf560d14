// Eager and tiny: shows the "Show map" buttons and, on the first press only, imports
// the map (Preact, Leaflet, its CSS) and fetches the outlines, all from this site.
import type { MapSettings } from './strings';

export function setUpMapLaunchers(): void {
  for (const $root of document.querySelectorAll<HTMLElement>('[data-map-launcher]')) {
    const $button = $root.querySelector('button');
    const $slot = $root.querySelector<HTMLElement>('.map-slot');
    if (!$button || !$slot || $root.dataset['ready']) continue;
    $root.dataset['ready'] = '';
    let opened: Promise<void> | null = null;
    $button.hidden = false;
    $button.addEventListener('click', () => {
      const open = $button.getAttribute('aria-expanded') !== 'true';
      $button.setAttribute('aria-expanded', String(open));
      $button.textContent = (open ? $button.dataset['hide'] : $button.dataset['show']) ?? '';
      $slot.hidden = !open;
      if (open && !opened) {
        const settings = JSON.parse($root.dataset['settings'] ?? '{}') as MapSettings;
        $slot.textContent = settings.strings.loading;
        opened = import('./mount')
          .then(({ mountMap }) => mountMap($slot, settings))
          .catch(() => {
            $slot.textContent = settings.strings.failed;
            opened = null;
          });
      }
    });
  }
}
