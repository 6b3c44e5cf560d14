// Page side of the offline worker (src/sw/worker/, built to /sw.js): registers it, and
// offers a new version without forcing it. The banner's words come translated in the
// page (src/components/UpdateBanner.astro); without JavaScript none of this runs and the
// site simply stays online-only.
import { Workbox } from 'workbox-window';
import { offerWholeDirectory, saveDataOn } from './offline-offer';

function offerUpdate(wb: Workbox, $banner: HTMLElement): void {
  const $message = $banner.querySelector<HTMLElement>('[data-update-message]');
  const $refresh = $banner.querySelector<HTMLButtonElement>('[data-update-refresh]');
  const $later = $banner.querySelector<HTMLButtonElement>('[data-update-later]');
  let accepted = false;

  // Only the tab where she chose "Refresh" reloads; other open tabs keep what is on screen.
  wb.addEventListener('controlling', () => {
    if (accepted) location.reload();
  });
  wb.addEventListener('waiting', () => {
    $banner.hidden = false;
    // Filled in only now, so the polite live region announces it.
    if ($message) $message.textContent = $message.dataset['text'] ?? '';
  });
  $refresh?.addEventListener('click', () => {
    accepted = true;
    $refresh.disabled = true;
    wb.messageSkipWaiting();
  });
  $later?.addEventListener('click', () => {
    $banner.hidden = true;
  });
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  // With data saving on, the worker stores only what she opens (its script address says
  // so, since a worker cannot read the page's setting while it installs).
  const wb = new Workbox(saveDataOn() ? '/sw.js?data=save' : '/sw.js');
  const $banner = document.querySelector<HTMLElement>('[data-update-banner]');
  if ($banner) offerUpdate(wb, $banner);
  const $offer = document.querySelector<HTMLElement>('[data-offline-offer]');
  // Registration can fail (private windows in some browsers, storage full): the site
  // then works as a plain website, which is fine.
  wb.register()
    .then(async (registration) => {
      if (!$offer || !registration) return;
      await navigator.serviceWorker.ready;
      await offerWholeDirectory(wb, $offer);
    })
    .catch(() => undefined);
}
