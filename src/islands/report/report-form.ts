// "Report a problem with this listing" with JavaScript (issue 20): the report is sealed on
// the phone, kept in the outbox first (write-ahead, like a callback request), then sent by
// the courier, now or when the connection returns. Without JavaScript the same form posts
// to the endpoint, which seals it on arrival. What sealing needs loads when she opens the
// form (so it is there even if the signal goes before she sends), not with the page.
import type { PublicKeySettings } from '../../lib/callback/seal';

const loadParts = () => Promise.all([
  import('../../lib/callback/report'), import('../../lib/callback/seal'), import('../callback/outbox'), import('../callback/courier'),
]);

export function startReportForm($form: HTMLFormElement): void {
  const $status = $form.querySelector<HTMLElement>('[data-report-status]')!;
  const say = (key: 'sending' | 'sent' | 'waiting' | 'refused') => ($status.textContent = $form.dataset[key] ?? '');
  let parts: ReturnType<typeof loadParts> | null = null;
  const load = () => {
    parts ??= loadParts();
    // A failed load (offline on a first visit) is tried again on submit.
    parts.catch(() => (parts = null));
    return parts;
  };
  $form.closest('details')?.addEventListener('toggle', () => void load().catch(() => undefined), { once: true });
  $form.addEventListener('focusin', () => void load().catch(() => undefined), { once: true });
  let busy = false;
  $form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    void (async () => {
      try {
        const [{ reportFromForm, validateReport }, { sealRequest }, { keep }, courier] = await load();
        const report = validateReport(reportFromForm(new FormData($form)));
        if (!report) {
          say('refused');
          return;
        }
        say('sending');
        const key = JSON.parse($form.dataset.key!) as PublicKeySettings;
        const envelope = await sealRequest(key, report);
        // On this phone (sealed) before anything is posted; only then is the form cleared.
        await keep(envelope);
        $form.reset();
        // Told when it goes, whenever that is: now, or when the connection comes back.
        const stop = courier.startCourier($form.action, (r) => {
          if (!r.delivered.includes(envelope.id)) return;
          stop();
          say('sent');
        });
        const outcome = await courier.flush();
        if (!outcome.delivered.includes(envelope.id)) say(outcome.refused.includes(envelope.id) ? 'refused' : 'waiting');
      } catch {
        say('refused');
      } finally {
        busy = false;
        $status.focus();
      }
    })();
  });
}
