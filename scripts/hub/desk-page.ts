// The inbox page's HTML (issue 20): requests opened on the coordinator's machine, with
// every coded answer as the site's own words in her language (the locale files), soonest
// safe time to call first. Plain HTML forms, no script; every text escaped, and control
// or format characters shown rather than obeyed (safe-text.ts).
import type { CallbackRequest } from '../../src/lib/callback/request.ts';
import type { ProblemReport } from '../../src/lib/callback/report.ts';
import type { HubMessage } from '../../src/lib/callback/seal.ts';
import { CONFIRM_METHODS } from '../../src/lib/schema/service.ts';
import { neutralId } from '../../src/lib/neutral-path.ts';
import { STATUSES, MAX_NOTE, type DeskEntry } from './desk-store.ts';
import { visible } from './safe-text.ts';

export type Strings = Readonly<Record<string, string>>;

export interface InboxItem {
  id: string;
  receivedHour: string;
  request: HubMessage;
  entry: DeskEntry;
  /** The next safe moment to call (safe-time.ts), or null. */
  safeFrom: Date | null;
}

/** What the coordinator sees of a reported record beside its reports: its current details. */
export interface ReportedRecord {
  id: string;
  name: string;
  organisation: string;
  status: string;
  checked: string | null;
  phones: string[];
  website?: string | undefined;
  hours?: string | undefined;
  address?: string | undefined;
}

const neutralCode = (record: ReportedRecord) => neutralId(record.id);

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
<meta name="referrer" content="same-origin"><title>${esc(title)}</title><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>`;
}

const isReportItem = (i: InboxItem): i is InboxItem & { request: ProblemReport } => 'kind' in i.request && i.request.kind === 'report';
const received = (hour: string) => hour.replace('T', ' ').replace(':00Z', ':00 UTC');

/** Status, note and closing of one item: the same for requests and reports. */
function deskControls(i: InboxItem, retentionDays: number): string {
  const id = esc(i.id);
  if (i.entry.status === 'closed') {
    return `<p>Closed ${esc(i.entry.closedAt?.slice(0, 10) ?? '')}: deleted from this machine ${retentionDays === 0 ? 'now' : `${retentionDays} day(s) after closing`}.</p>`;
  }
  const options = STATUSES.filter((s) => s !== 'closed').map((s) => `<option value="${s}"${s === i.entry.status ? ' selected' : ''}>${STATUS_LABEL[s]}</option>`).join('');
  return `<form method="post" action="/update">
<input type="hidden" name="id" value="${id}">
<label for="s-${id}">Status</label><select id="s-${id}" name="status">${options}</select>
<label for="n-${id}">Note (kept on this machine only; at most ${MAX_NOTE} characters)</label>
<textarea id="n-${id}" name="note" rows="2" maxlength="${MAX_NOTE}">${esc(i.entry.note)}</textarea>
<button type="submit">Save</button></form>
<form method="get" action="/close"><input type="hidden" name="id" value="${id}"><button type="submit">Close ${isReportItem(i) ? 'report' : 'request'}…</button></form>`;
}

const definitions = (rows: readonly (readonly [string, string])[], ltr: string[] = []) =>
  `<dl>${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${ltr.includes(k) ? `<bdi dir="ltr">${esc(v)}</bdi>` : esc(v)}</dd>`).join('')}</dl>`;

function callbackCard(i: InboxItem & { request: CallbackRequest }, t: Strings, now: Date, retentionDays: number): string {
  const id = esc(i.id);
  return `<article aria-labelledby="h-${id}">
<h3 id="h-${id}">Request ${esc(i.id.slice(0, 8))}: call ${esc(when(i.safeFrom, now))}</h3>
<p class="status">Status: ${STATUS_LABEL[i.entry.status]} · received ${esc(received(i.receivedHour))}</p>
${definitions(requestRows(i.request, t), [t['callback.phone.label'] ?? 'Phone'])}
${deskControls(i, retentionDays)}
</article>`;
}

/** The record as the directory has it now, beside what was reported about it. */
function recordDetails(record: ReportedRecord | undefined, code: string): string {
  if (!record) return `<p>No record in this copy of the directory has the page code ${esc(code)}: pull the newest content, or it has been removed.</p>`;
  return definitions([
    ['Record', `${record.name} (${record.organisation}), content/services/${record.id}.yaml`],
    ['Status', `${record.status}, checked ${record.checked ?? 'never'}`],
    ['Phone', record.phones.join(', ') || 'none'],
    ...(record.website ? [['Website', record.website] as const] : []),
    ...(record.hours ? [['Hours', record.hours] as const] : []),
    ...(record.address ? [['Address', record.address] as const] : []),
  ], ['Phone', 'Website']);
}

/** "Confirmed with the service": a form when the inbox can write the record, else the command. */
function confirmControl(record: ReportedRecord, canConfirm: boolean): string {
  if (!canConfirm) return `<p>Checked it with the service? <code>npm run hub -- confirm ${esc(record.id)} --method phone</code></p>`;
  const id = esc(record.id);
  const options = CONFIRM_METHODS.map((m) => `<option value="${m}">${m === 'in-person' ? 'in person' : m}</option>`).join('');
  return `<form method="post" action="/confirm"><input type="hidden" name="record" value="${esc(neutralCode(record))}">
<label for="c-${id}">Checked with the service by</label><select id="c-${id}" name="method">${options}</select>
<button type="submit">Mark the record confirmed today</button></form>`;
}

function reportGroup(code: string, reports: readonly (InboxItem & { request: ProblemReport })[], record: ReportedRecord | undefined, t: Strings, retentionDays: number, canConfirm: boolean): string {
  const title = record ? record.name : `Page ${code}`;
  const items = reports.map((i) => {
    const id = esc(i.id);
    const language = i.request.pageLanguage ? new Intl.DisplayNames(['en'], { type: 'language' }).of(i.request.pageLanguage) ?? i.request.pageLanguage : 'Not recorded';
    return `<article aria-labelledby="h-${id}">
<h4 id="h-${id}">${esc(t[`report.problem.${i.request.problem}`] ?? i.request.problem)}</h4>
<p class="status">Status: ${STATUS_LABEL[i.entry.status]} · received ${esc(received(i.receivedHour))}</p>
${definitions([['What else', i.request.details || '—'], ['Page language (the site in)', language]])}
${deskControls(i, retentionDays)}
</article>`;
  }).join('\n');
  const confirm = record ? confirmControl(record, canConfirm) : '';
  return `<section aria-labelledby="r-${esc(code)}"><h3 id="r-${esc(code)}">${esc(title)}: ${reports.length} report(s)</h3>${recordDetails(record, code)}${confirm}${items}</section>`;
}

/**
 * The inbox: callback requests, soonest safe time to call first, then problem reports
 * grouped by service with the record's current details; closed ones last; rows that do
 * not open named, never hidden. `records`: the directory by page code (neutral id).
 */
export function inboxPage(items: readonly InboxItem[], unopened: readonly Unopened[], t: Strings, now: Date, retentionDays: number, records: ReadonlyMap<string, ReportedRecord> = new Map(), canConfirm = false): string {
  const order = (i: InboxItem) => (i.entry.status === 'closed' ? Infinity : i.safeFrom?.getTime() ?? Number.MAX_SAFE_INTEGER);
  const callbacks = items.filter((i): i is InboxItem & { request: CallbackRequest } => !isReportItem(i))
    .sort((a, b) => order(a) - order(b) || a.receivedHour.localeCompare(b.receivedHour));
  const reports = items.filter(isReportItem);
  const byPage = new Map<string, (InboxItem & { request: ProblemReport })[]>();
  for (const r of reports) byPage.set(r.request.page, [...(byPage.get(r.request.page) ?? []), r]);
  const open = (list: readonly InboxItem[]) => list.filter((i) => i.entry.status !== 'closed').length;
  const problems = unopened.map((u) => `<article class="problem" aria-labelledby="u-${esc(u.id)}"><h2 id="u-${esc(u.id)}">${esc(u.id.slice(0, 8))}: cannot be opened</h2><p>${esc(u.reason)}</p></article>`).join('\n');
  const body = `<h1>Hub inbox</h1>
<p>Get new ones with <code>npm run hub -- pull</code>, then reload.${unopened.length ? ` ${unopened.length} cannot be opened (below).` : ''}</p>
${problems}
<h2>Callback requests (${open(callbacks)} open, ${callbacks.length - open(callbacks)} closed)</h2>
<p>Soonest safe time to call first (Scotland's time).</p>
${callbacks.map((i) => callbackCard(i, t, now, retentionDays)).join('\n') || '<p>No callback requests. Nothing is waiting here.</p>'}
<h2>Problem reports (${open(reports)} open, ${reports.length - open(reports)} closed)</h2>
${[...byPage].map(([code, list]) => reportGroup(code, list, records.get(code), t, retentionDays, canConfirm)).join('\n') || '<p>No problem reports.</p>'}`;
  return page('Hub inbox · Pathway hub', body);
}

/** Asks before closing: what will be deleted, and when. */
export function confirmClosePage(item: InboxItem, retentionDays: number): string {
  const id = esc(item.id);
  const body = `<h1>Close ${isReportItem(item) ? 'report' : 'request'} ${esc(item.id.slice(0, 8))}?</h1>
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
