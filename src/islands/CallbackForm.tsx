// The callback form. Rendered on the server, so without JavaScript it is a plain form
// that the server seals on arrival. With JavaScript it checks the answers, seals them in
// the browser, keeps the sealed envelope in the outbox (write-ahead: only then is the form
// cleared), and asks the courier to send it; once the server has it, the confirmation
// takes the form's place and focus. The libraries load on first use of the form.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Envelope } from '../lib/callback/envelope';
import { COVERS, DAYS, FIELDS, LIMITS, TIMES, YES_NO, type Field } from '../lib/callback/fields';
import type { PublicKeySettings } from '../lib/callback/seal';
import type { PluralForms } from '../lib/plural';
import CallbackConfirmation, { type CallbackConfirmationStrings } from '../components/CallbackConfirmation';
import { Choices } from './callback/Choices';
import { OutboxStatus } from './callback/OutboxStatus';
import { useOutbox } from './callback/use-outbox';

export type CallbackStrings = Record<string, string>;

interface Props {
  lang: string;
  endpoint: string;
  keySettings: PublicKeySettings;
  regions: { value: string; label: string }[];
  needs: { value: string; label: string }[];
  /** Already translated: keys as in en.json without the "callback." prefix. */
  s: CallbackStrings;
  /** "{{count}} requests are waiting to send" in every plural form of the language. */
  outboxCount: PluralForms;
  confirmation: CallbackConfirmationStrings;
  homeHref: string;
}

type Status = 'idle' | 'sealing' | 'sending' | 'sent' | 'queued' | 'rejected' | 'failed';

const loadRequest = () => import('../lib/callback/request');
const loadSeal = () => import('../lib/callback/seal');

export default function CallbackForm({ lang, endpoint, keySettings, regions, needs, s, outboxCount, confirmation, homeHref }: Props) {
  const $form = useRef<HTMLFormElement>(null);
  const $summary = useRef<HTMLDivElement>(null);
  const $confirmation = useRef<HTMLDivElement>(null);
  const $status = useRef<HTMLParagraphElement>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, true>>>({});
  const [status, setStatus] = useState<Status>('idle');
  const outbox = useOutbox(endpoint);
  const busy = status === 'sealing' || status === 'sending';

  // With JavaScript the page shows its own error summary instead of the browser's bubbles.
  useEffect(() => $form.current?.setAttribute('novalidate', ''), []);
  useEffect(() => {
    // Sent, or kept on the phone: either way the form is cleared, so focus goes to what
    // says what happened, not back to the top of the page.
    const $target = status === 'sent' ? $confirmation.current : status === 'queued' || status === 'rejected' ? $status.current : null;
    $target?.focus();
    $target?.scrollIntoView({ block: 'start' });
  }, [status]);

  const warmUp = () => void Promise.all([loadRequest(), loadSeal()]).catch(() => {});

  async function onSubmit(event: Event) {
    event.preventDefault();
    if (busy || !$form.current) return;
    try {
      await checkSealAndSend($form.current);
    } catch {
      // A library that could not load (offline before the form was first used), a browser
      // without WebCrypto, or an outbox that cannot store (private mode, a full disk): say
      // so, keep what she typed. Nothing was posted: only a kept envelope is ever posted.
      setStatus('failed');
    }
  }

  async function checkSealAndSend($el: HTMLFormElement) {
    const { requestFromForm, validateRequest } = await loadRequest();
    const result = validateRequest(requestFromForm(new FormData($el)));
    if (!result.ok) {
      setErrors(result.errors);
      setStatus('idle');
      requestAnimationFrame(() => $summary.current?.focus());
      return;
    }
    setErrors({});
    setStatus('sealing');
    const { sealRequest } = await loadSeal();
    const envelope: Envelope = await sealRequest(keySettings, result.request);
    await outbox.keep(envelope);
    // From here the request is on this phone: clearing the form loses nothing.
    $el.reset();
    setStatus('sending');
    setStatus(await outbox.sendNow(envelope.id));
  }

  const error = (f: Field) => (errors[f] ? s[`error.${f}`] : undefined);
  const yesNo = YES_NO.map((v) => ({ value: v, label: s[v]! }));
  const errorFields = FIELDS.filter((f) => errors[f]);
  const statusText =
    status === 'sealing' ? s['status.sealing'] : status === 'sending' ? s['status.sending'] :
    status === 'queued' ? s[navigator.onLine ? 'outbox.retrying' : 'outbox.queued'] :
    status === 'rejected' ? s['outbox.refused'] : status === 'failed' ? s['error.failed'] : '';

  const outboxStatus = <OutboxStatus lang={lang} outbox={outbox} s={s} countForms={outboxCount} />;
  if (status === 'sent') {
    return (
      <>
        <CallbackConfirmation strings={confirmation} homeHref={homeHref} level={2} focusRef={$confirmation} />
        {outboxStatus}
      </>
    );
  }

  return (
    <form ref={$form} class="callback-form" method="post" action={endpoint} onSubmit={onSubmit} onFocusIn={warmUp}>
      <input type="hidden" name="lang" value={lang} />
      {errorFields.length > 0 && (
        <div class="error-summary" ref={$summary} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{s['errors.heading']}</h2>
          <ul>
            {errorFields.map((f) => <li key={f}><a href={`#input-${f}`}>{s[`error.${f}`]}</a></li>)}
          </ul>
        </div>
      )}
      <p class="hint">{s['required']}</p>

      <div id="field-phone" class={error('phone') ? 'field field-error' : 'field'}>
        <label for="input-phone">{s['phone.label']}</label>
        <p class="hint" id="phone-hint">{s['phone.hint']}</p>
        {error('phone') && <p class="error-text" id="phone-error">{error('phone')}</p>}
        <input type="tel" id="input-phone" name="phone" required autocomplete="off" inputMode="tel" dir="ltr"
          aria-invalid={error('phone') ? 'true' : undefined}
          aria-describedby={error('phone') ? 'phone-hint phone-error' : 'phone-hint'} />
      </div>

      <Choices name="days" type="checkbox" legend={s['days.legend']!} error={error('days')}
        options={DAYS.map((d) => ({ value: d, label: s[`day.${d}`]! }))} />
      <Choices name="times" type="checkbox" legend={s['times.legend']!} error={error('times')}
        options={TIMES.map((t) => ({ value: t, label: s[`time.${t}`]! }))} />
      <Choices name="voicemail" type="radio" required legend={s['voicemail.legend']!} error={error('voicemail')} options={yesNo} />
      <Choices name="text" type="radio" required legend={s['text.legend']!} error={error('text')} options={yesNo} />
      <Choices name="cover" type="radio" required legend={s['cover.legend']!} error={error('cover') ?? error('coverWords')}
        options={COVERS.map((c) => ({ value: c, label: s[`cover.${c}`]! }))}>
        <label for="input-coverWords">{s['coverWords.label']}</label>
        <input type="text" id="input-coverWords" name="coverWords" maxLength={LIMITS.coverWords} autocomplete="off" />
      </Choices>

      <div id="field-language" class={error('language') ? 'field field-error' : 'field'}>
        <label for="input-language">{s['language.label']}</label>
        {error('language') && <p class="error-text" id="language-error">{error('language')}</p>}
        <input type="text" id="input-language" name="language" required maxLength={LIMITS.language} autocomplete="off"
          value={s['language.default']} aria-describedby={error('language') ? 'language-error' : undefined} />
      </div>
      <Choices name="interpreter" type="radio" required legend={s['interpreter.legend']!} error={error('interpreter')} options={yesNo} />

      <div id="field-region" class={error('region') ? 'field field-error' : 'field'}>
        <label for="input-region">{s['region.label']}</label>
        {error('region') && <p class="error-text" id="region-error">{error('region')}</p>}
        <select id="input-region" name="region" required autocomplete="off" aria-describedby={error('region') ? 'region-error' : undefined}>
          <option value="" />
          {regions.map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
        </select>
      </div>
      <Choices name="needs" type="checkbox" legend={s['needs.legend']!} error={error('needs')} options={needs} />

      <div id="field-message" class={error('message') ? 'field field-error' : 'field'}>
        <label for="input-message">{s['message.label']}</label>
        <p class="hint" id="message-hint">{s['message.hint']}</p>
        {error('message') && <p class="error-text" id="message-error">{error('message')}</p>}
        <textarea id="input-message" name="message" rows={4} maxLength={LIMITS.message} autocomplete="off"
          aria-describedby={error('message') ? 'message-hint message-error' : 'message-hint'} />
      </div>

      <button type="submit" disabled={busy} aria-disabled={busy ? 'true' : undefined}>{s['submit']}</button>
      <p class="callback-status" role="status" aria-live="polite" data-status={status} tabIndex={-1} ref={$status}>{statusText}</p>
      {outboxStatus}
    </form>
  );
}
