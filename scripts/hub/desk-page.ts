// The inbox page's HTML (issue 20): requests opened on the coordinator's machine, with
// every coded answer as the site's own words in her language (the locale files), soonest
// safe time to call first. Plain HTML forms, no script; every text escaped, and control
// or format characters shown rather than obeyed (safe-text.ts).
import type { CallbackRequest } from '../../src/lib/callback/request.ts';
import { STATUSES, MAX_NOTE, type DeskEntry } from './desk-store.ts';
import { visible } from './safe-text.ts';

export type Strings = Readonly<Record<string, string>>;

export interface InboxItem {
  id: string;
  receivedHour: string;
  request: CallbackRequest;
  entry: DeskEntry;
  /** The next safe moment to call (safe-time.ts), or null. */
  safeFrom: Date | null;
}

export interface Unopened {
  id: string;
  reason: string;
}

/** Text for HTML: escaped, hidden characters shown. */
export const esc = (text: string): string =>
  visible(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STATUS_LABEL: Record<(typeof STATUSES)[number], string> = { new: 'New', tried: 'Tried, not reached', reached: 'Reached', closed: 'Closed' };

export const STYLE = `
body { font: 1rem/1.5 system-ui, sans-serif; margin: 0 auto; padding: 1rem; max-inline-size: 60rem; color: #1a1a1a; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-block: 0 0.5rem; }
article { border: 1px solid #767676; border-radius: 6px; padding: 1rem; margin-block: 1rem; }
dl { display: grid; grid-template-columns: minmax(8rem, 14rem) 1fr; gap: 0.25rem 1rem; margin: 0 0 1rem; }
dt { font-weight: 600; } dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.status { font-weight: 600; } .problem { border-color: #b00020; }
label { display: block; font-weight: 600; margin-block: 0.5rem 0.25rem; }
textarea, select { font: inherit; inline-size: 100%; max-inline-size: 30rem; }
button, .button { font: inherit; padding: 0.5rem 1rem; margin-block-start: 0.5rem; min-block-size: 44px; }
a { color: #0b4f9c; }
:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
`;

const day = (d: string, t: Strings) => t[`callback.day.${d}`] ?? d;
const when = (at: Date | null, now: Date): string => {
  if (!at) return 'No safe time given';
  if (at.getTime() <= now.getTime()) return 'Now';
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'long', hour: '2-digit', minute: '2-digit', day: 'numeric', month: 'short' }).format(at);
};

/** The request's fields as label → text, in the order the form asks them. */
export function requestRows(r: CallbackRequest, t: Strings): [string, string][] {
  const yesNo = (v: string) => t[`callback.${v}`] ?? v;
  const pageLanguage = r.pageLanguage ? new Intl.DisplayNames(['en'], { type: 'language' }).of(r.pageLanguage) ?? r.pageLanguage : 'Not recorded';
  return [
    [t['callback.phone.label'] ?? 'Phone', r.phone],
    [t['callback.days.legend'] ?? 'Days', r.days.map((d) => day(d, t)).join(', ')],
    [t['callback.times.legend'] ?? 'Times', r.times.map((x) => t[`callback.time.${x}`] ?? x).join(', ')],
    [t['callback.voicemail.legend'] ?? 'Voicemail', yesNo(r.voicemail)],
    [t['callback.text.legend'] ?? 'Text', yesNo(r.text)],
    [t['callback.cover.legend'] ?? 'If someone else answers', r.cover === 'own-words' ? `${t['callback.cover.own-words'] ?? r.cover}: “${r.coverWords}”` : t[`callback.cover.${r.cover}`] ?? r.cover],
    [t['callback.language.label'] ?? 'Language', r.language],
    [t['callback.interpreter.legend'] ?? 'Interpreter', yesNo(r.interpreter)],
    ['Page language (the site in)', pageLanguage],
    [t['callback.region.label'] ?? 'Where', r.region === 'national' ? t['callback.region.national'] ?? r.region : t[`region.${r.region}`] ?? r.region],
    [t['callback.needs.legend'] ?? 'Help wanted', r.needs.length ? r.needs.map((n) => t[`need.${n}`] ?? n).join(', ') : '—'],
    [t['callback.message.label'] ?? 'Message', r.message || '—'],
  ];
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><title>${esc(title)}</title><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>`;
}

/** The inbox: soonest safe time first, closed requests last; unopened rows named, never hidden. */
export function inboxPage(items: readonly InboxItem[], unopened: readonly Unopened[], t: Strings, now: Date, retentionDays: number): string {
  const order = (i: InboxItem) => (i.entry.status === 'closed' ? Infinity : i.safeFrom?.getTime() ?? Number.MAX_SAFE_INTEGER);
  const sorted = [...items].sort((a, b) => order(a) - order(b) || a.receivedHour.localeCompare(b.receivedHour));
  const open = items.filter((i) => i.entry.status !== 'closed').length;
  const cards = sorted.map((i) => {
    const label = `Request ${esc(i.id.slice(0, 8))}`;
    const rows = requestRows(i.request, t).map(([k, v]) => `<dt>${esc(k)}</dt><dd>${k === (t['callback.phone.label'] ?? 'Phone') ? `<bdi dir="ltr">${esc(v)}</bdi>` : esc(v)}</dd>`).join('');
    const options = STATUSES.filter((s) => s !== 'closed').map((s) => `<option value="${s}"${s === i.entry.status ? ' selected' : ''}>${STATUS_LABEL[s]}</option>`).join('');
    const closing = i.entry.status === 'closed'
      ? `<p>Closed ${esc(i.entry.closedAt?.slice(0, 10) ?? '')}: deleted from this machine ${retentionDays === 0 ? 'now' : `${retentionDays} day(s) after closing`}.</p>`
      : `<form method="get" action="/close"><input type="hidden" name="id" value="${esc(i.id)}"><button type="submit">Close request…</button></form>`;
    return `<article aria-labelledby="h-${esc(i.id)}">
<h2 id="h-${esc(i.id)}">${label}: call ${esc(when(i.safeFrom, now))}</h2>
<p class="status">Status: ${STATUS_LABEL[i.entry.status]} · received ${esc(i.receivedHour.replace('T', ' ').replace(':00Z', ':00 UTC'))}</p>
<dl>${rows}</dl>
${i.entry.status === 'closed' ? '' : `<form method="post" action="/update">
<input type="hidden" name="id" value="${esc(i.id)}">
<label for="s-${esc(i.id)}">Status</label><select id="s-${esc(i.id)}" name="status">${options}</select>
<label for="n-${esc(i.id)}">Note (kept on this machine only; at most ${MAX_NOTE} characters)</label>
<textarea id="n-${esc(i.id)}" name="note" rows="2" maxlength="${MAX_NOTE}">${esc(i.entry.note)}</textarea>
<button type="submit">Save</button></form>`}
${closing}
</article>`;
  }).join('\n');
  const problems = unopened.map((u) => `<article class="problem" aria-labelledby="u-${esc(u.id)}"><h2 id="u-${esc(u.id)}">Request ${esc(u.id.slice(0, 8))}: cannot be opened</h2><p>${esc(u.reason)}</p></article>`).join('\n');
  const body = `<h1>Callback requests</h1>
<p>${open} open, ${items.length - open} closed${unopened.length ? `, ${unopened.length} that cannot be opened` : ''}. Soonest safe time to call first (Scotland's time). Get new ones with <code>npm run hub -- pull</code>, then reload.</p>
${problems}${cards || '<p>No requests. Nothing is waiting here.</p>'}`;
  return page('Callback requests · Pathway hub', body);
}

/** Asks before closing: what will be deleted, and when. */
export function confirmClosePage(item: InboxItem, retentionDays: number): string {
  const id = esc(item.id);
  const body = `<h1>Close request ${esc(item.id.slice(0, 8))}?</h1>
<p>Closing means you are done with it. ${retentionDays === 0 ? 'Its note and the sealed request are deleted from this machine now.' : `Its note and the sealed request are deleted from this machine ${retentionDays} day(s) after closing.`} This cannot be undone.</p>
<form method="post" action="/close"><input type="hidden" name="id" value="${id}"><input type="hidden" name="confirm" value="yes">
<button type="submit">Yes, close it</button></form>
<p><a href="/">No, back to the inbox</a></p>`;
  return page('Close request · Pathway hub', body);
}

/** A short page for a refused request to the local server. */
export function messagePage(title: string, text: string): string {
  return page(`${title} · Pathway hub`, `<h1>${esc(title)}</h1><p>${esc(text)}</p><p><a href="/">Back to the inbox</a></p>`);
}
