// What she reads once a callback request is on the server: that it went, what happens
// next, and 999 for danger now. The same on the no-JavaScript page (callback/sent/) and in
// the form once it has sent (issue 17); it takes focus there, so she knows at once.
import type { Ref } from 'preact';

export interface CallbackConfirmationStrings {
  readonly heading: string;
  /** When and how the hub calls (her chosen days and times, her cover words). */
  readonly text: string;
  /** From what kind of number (content/hub.yaml's callerId), already filled in. */
  readonly caller: string;
  readonly missed: string;
  readonly again: string;
  /** "If you are in danger now, call 999.": the whole sentence is the call link. */
  readonly danger: string;
  readonly home: string;
}

interface Props {
  strings: CallbackConfirmationStrings;
  homeHref: string;
  /** The heading's level: 1 on its own page, 2 inside the form's page. */
  level: 1 | 2;
  focusRef?: Ref<HTMLDivElement>;
}

export default function CallbackConfirmation({ strings: s, homeHref, level, focusRef }: Props) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <div class="callback-confirmation" ref={focusRef ?? null} tabIndex={focusRef ? -1 : undefined} aria-labelledby="callback-confirmation-heading" role={focusRef ? 'region' : undefined} data-callback-confirmation>
      <Heading id="callback-confirmation-heading">{s.heading}</Heading>
      <p>{s.text}</p>
      <p>{s.caller}</p>
      <p>{s.missed}</p>
      <p>{s.again}</p>
      <p><strong><a href="tel:999">{s.danger}</a></strong></p>
      <p><a href={homeHref}>{s.home}</a></p>
    </div>
  );
}
