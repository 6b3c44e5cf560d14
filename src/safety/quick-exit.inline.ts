// The quick exit and history-light navigation, inlined into every page's <head> so they
// work before any bundle loads (built by src/safety/build-inline.ts, allowed by its CSP
// hash). Everything it needs is on the <script> element's data- attributes, already
// translated; the body does not exist yet when it runs, so it listens on the window.
import { INITIAL_SHIFT_STATE, SHIFT_WINDOW_MS, stepShift } from '../lib/safety/shift-counter';
import { replacementForForm, replacementForLink } from '../lib/safety/history-light';
import { encodeHandoff, HANDOFF_KEY } from '../lib/safety/handoff';

// Marks a page where JavaScript runs, before the body paints: what is true only with it
// ("nothing you type leaves this phone") shows only then ([data-js-only] in global.css).
document.documentElement.classList.add('js');

const $script = document.currentScript as HTMLScriptElement | null;
const data = $script?.dataset ?? {};
let shift = INITIAL_SHIFT_STATE;
let leaving = false;
let expiry: ReturnType<typeof setTimeout> | undefined;

function exitUrl(): string {
  const $link = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
  return $link?.href ?? data['exitUrl'] ?? 'about:blank';
}

function announce(text: string): void {
  const $status = document.querySelector('[data-quick-exit-status]');
  if ($status) $status.textContent = text;
}

function leave(): void {
  leaving = true;
  // Hide first (see html.quick-exit-leaving in global.css) and make the tab's title
  // neutral, then replace this history entry so Back does not return here.
  document.documentElement.classList.add('quick-exit-leaving');
  document.title = data['leavingTitle'] ?? '';
  location.replace(exitUrl());
}

function onKey(event: KeyboardEvent): void {
  count(event.type === 'keydown' ? 'keydown' : 'keyup', event.key, event.repeat);
}

function count(type: 'keydown' | 'keyup', key: string, repeat: boolean): void {
  const { state, outcome } = stepShift(shift, { type, key, repeat, time: Date.now() });
  shift = state;
  if (outcome.kind === 'exit') {
    leave();
  } else if (outcome.kind === 'counted') {
    announce(data[`remaining${outcome.remaining}`] ?? '');
    clearTimeout(expiry);
    expiry = setTimeout(() => announce(''), SHIFT_WINDOW_MS);
  } else if (outcome.kind === 'reset') {
    clearTimeout(expiry);
    announce('');
  }
}

function closestLink(event: Event): HTMLAnchorElement | null {
  return event.target instanceof Element ? event.target.closest('a') : null;
}

function onExitClick(event: MouseEvent): void {
  // Any click on the exit leaves at once, even with a modifier key held.
  if (!closestLink(event)?.hasAttribute('data-quick-exit')) return;
  event.preventDefault();
  leave();
}

function onLinkClick(event: MouseEvent): void {
  const $link = closestLink(event);
  if (!$link || $link.hasAttribute('data-quick-exit')) return;
  const next = replacementForLink(
    {
      href: $link.href,
      target: $link.getAttribute('target'),
      download: $link.hasAttribute('download'),
      button: event.button,
      modified: event.ctrlKey || event.metaKey || event.shiftKey || event.altKey,
      defaultPrevented: event.defaultPrevented,
    },
    location.href,
  );
  if (next === null) return;
  event.preventDefault();
  location.replace(next);
}

function onSubmit(event: SubmitEvent): void {
  const $form = event.target instanceof HTMLFormElement ? event.target : null;
  if (!$form) return;
  const $submitter = event.submitter;
  // A private form posts only where JavaScript does not run (to the server's search,
  // issue 19); here its fields are handed to the next page on this phone instead.
  const method = $form.hasAttribute('data-history-private')
    ? 'get'
    : ($submitter?.getAttribute('formmethod') ?? $form.getAttribute('method') ?? 'get').toLowerCase();
  const fields: [string, string][] = [];
  for (const [name, value] of new FormData($form, $submitter)) {
    if (typeof value === 'string') fields.push([name, value]);
  }
  const next = replacementForForm(
    {
      action: $submitter?.getAttribute('formaction') ?? $form.action,
      method,
      target: $submitter?.getAttribute('formtarget') ?? $form.getAttribute('target'),
      defaultPrevented: event.defaultPrevented,
      fields,
    },
    location.href,
  );
  if (next === null) return;
  event.preventDefault();
  if (!$form.hasAttribute('data-history-private')) return location.replace(next);
  // Her words stay out of the address (and so out of the History list): the next page
  // reads them from the tab's sessionStorage once (src/lib/safety/handoff.ts).
  const { path, text } = encodeHandoff(next, fields);
  try {
    sessionStorage.setItem(HANDOFF_KEY, text);
  } catch {
    // Storage blocked: the next page opens without the words rather than with them in the URL.
  }
  location.replace(path);
}

// The exit listens in the capture phase so nothing on the page can stop it; ordinary
// links and forms listen last (bubbling), so an island that handles a click keeps it.
addEventListener('keydown', onKey, true);
addEventListener('keyup', onKey, true);
// Shift held for a Shift-click (a new window) is not Shift alone: count it as another key.
addEventListener('pointerdown', (event) => {
  if (event.shiftKey) count('keydown', 'Pointer', false);
}, true);
addEventListener('click', onExitClick, true);
addEventListener('click', onLinkClick);
addEventListener('submit', onSubmit);
// Restored from the back/forward cache after leaving: leave again, before it shows.
addEventListener('pageshow', (event) => {
  if (event.persisted && leaving) leave();
});
