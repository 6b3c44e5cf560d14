// The "Remove and leave" button of the safety page: forget everything Pathway stored
// here, then leave through the quick exit (its head script hides the page and
// replaces history). Without JavaScript the button stays hidden and the page explains
// how to do it by hand.
import { forgetDevice, type DeviceStores } from '../lib/safety/forget-device';

function stores(): DeviceStores {
  // Reading localStorage throws where the browser blocks storage; treat it as empty.
  const storage = (name: 'localStorage' | 'sessionStorage'): Storage | undefined => {
    try {
      return window[name];
    } catch {
      return undefined;
    }
  };
  return {
    serviceWorker: 'serviceWorker' in navigator ? navigator.serviceWorker : undefined,
    caches: 'caches' in window ? caches : undefined,
    localStorage: storage('localStorage'),
    sessionStorage: storage('sessionStorage'),
    indexedDB: 'indexedDB' in window ? indexedDB : undefined,
    storage: navigator.storage && 'getDirectory' in navigator.storage ? navigator.storage : undefined,
  };
}

for (const $root of document.querySelectorAll<HTMLElement>('[data-forget-device]')) {
  const $button = $root.querySelector<HTMLButtonElement>('button');
  const $status = $root.querySelector<HTMLElement>('[role="status"]');
  if (!$button) continue;
  $button.hidden = false;
  $button.addEventListener('click', async () => {
    $button.disabled = true;
    if ($status) $status.textContent = $root.dataset['working'] ?? '';
    const report = await forgetDevice(stores());
    if (report.failures.length > 0) console.warn('Pathway could not remove everything:', report.failures);
    document.querySelector<HTMLAnchorElement>('a[data-quick-exit]')?.click();
  });
}
