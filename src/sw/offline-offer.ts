// Page side of data saving (issue 15): with Save-Data on, the worker stores only the pages
// she opens; the home page offers "Keep the whole directory on this phone (about N MB)",
// and the worker takes it offline when she presses it. Strings come translated on the
// section's data- attributes (src/components/OfflineOffer.astro).
import type { Workbox } from 'workbox-window';

/** What the worker says about this language's offline copy. */
interface OfflineStatus {
  saveData: boolean;
  kept: boolean;
  /** The language's offline copy in bytes on the wire (gzip), shared files included. */
  bytes: number;
}

/** Whether the browser asks sites to save data (Chromium's Data Saver, Save-Data). */
export function saveDataOn(): boolean {
  return (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
}

/** "1.1 MB" in the page's language. */
function megabytes(bytes: number, lang: string): string {
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1_000_000);
}

export async function offerWholeDirectory(wb: Workbox, $offer: HTMLElement): Promise<void> {
  const lang = document.documentElement.lang;
  const status = (await wb.messageSW({ type: 'GET_OFFLINE_STATUS' })) as OfflineStatus;
  if (!status.saveData || status.kept) return;
  const $button = $offer.querySelector('button')!;
  const $status = $offer.querySelector<HTMLElement>('[role="status"]')!;
  $button.textContent = ($offer.dataset['button'] ?? '').replace('{{size}}', megabytes(status.bytes, lang));
  $offer.hidden = false;
  $button.addEventListener('click', async () => {
    $button.disabled = true;
    $status.textContent = $offer.dataset['working'] ?? '';
    const answer = (await wb.messageSW({ type: 'KEEP_DIRECTORY' }).catch(() => ({ ok: false }))) as { ok: boolean };
    $status.textContent = (answer.ok ? $offer.dataset['done'] : $offer.dataset['failed']) ?? '';
    $button.disabled = answer.ok;
  });
}
