// "Report a problem with this listing" with JavaScript (issue 20): the report is sealed on
// the phone, kept in the outbox first (write-ahead, like a callback request), then sent by
// the courier, now or when the connection returns. Without JavaScript the same form posts
// to the endpoint, which seals it on arrival. Loaded on the first touch of the form, so a
// service page costs nothing more until she uses it.
import type { PublicKeySettings } from '../../lib/callback/seal';

export function startReportForm($form: HTMLFormElement): void {
  const $status = $form.querySelector<HTMLElement>('[data-report-status]')!;
  const say = (key: 'sending' | 'sent' | 'waiting' | 'refused') => ($status.textContent = $form.dataset[key] ?? '');
  let busy = false;
  $form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    void (async () => {
      try {
        const [{ reportFromForm, validateReport }, { sealRequest }, { keep }, courier] = await Promise.all([
          import('../../lib/callback/report'), import('../../lib/callback/seal'), import('../callback/outbox'), import('../callback/courier'),
        ]);
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
        courier.startCourier($form.action);
        const outcome = await courier.flush();
        if (outcome.delivered.includes(envelope.id)) say('sent');
        else say(outcome.refused.includes(envelope.id) ? 'refused' : 'waiting');
      } catch {
        say('refused');
      } finally {
        busy = false;
        $status.focus();
      }
    })();
  });
}
