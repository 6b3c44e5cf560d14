// What waits in the outbox, with a way to cancel each request.
import type { CallbackStrings } from '../CallbackForm';
import type { Outbox } from './use-outbox';
import { plural, type PluralForms } from '../../lib/plural';

interface Props {
  lang: string;
  outbox: Outbox;
  s: CallbackStrings;
  countForms: PluralForms;
}

export function OutboxStatus({ lang, outbox, s, countForms }: Props) {
  const { ids, note } = outbox;
  const count = ids.length;
  return (
    <div class="outbox" aria-live="polite" data-outbox={count}>
      {note && count === 0 && <p class="outbox-note">{s[`outbox.${note}`]}</p>}
      {count > 0 && (
        <section aria-labelledby="outbox-heading">
          <h2 id="outbox-heading">{s['outbox.heading']}</h2>
          <p>{plural(countForms, lang, count)}</p>
          {outbox.refused.length > 0 && <p class="outbox-refused">{s['outbox.refused']}</p>}
          <p class="hint">{s['outbox.note']}</p>
          <ul class="outbox-list">
            {ids.map((id, i) => (
              <li key={id}>
                <button type="button" class="button-secondary" onClick={() => void outbox.cancel(id)}>
                  {s['outbox.cancel']}
                  {count > 1 && <span class="visually-hidden"> {i + 1}</span>}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
