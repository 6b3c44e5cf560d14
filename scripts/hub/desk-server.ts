// `npm run hub -- inbox` (issue 20): the coordinator's inbox as a page in her browser,
// served by this process on 127.0.0.1 only, opening requests here with her private key.
// A local server still answers any page in that browser, so every request must name this
// server as Host (no DNS rebinding) and every POST must come from its own page (Origin):
// a page on the web can neither read the inbox nor change it.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RawRow } from '../../src/server/callback-store.ts';
import { nextSafeTime } from '../../src/lib/callback/safe-time.ts';
import { confirmClosePage, inboxPage, messagePage, STYLE, type InboxItem, type ReportedRecord, type Strings, type Unopened } from './desk-page.ts';
import { isStatus, type DeskStore } from './desk-store.ts';
import type { PrivateKeyFile } from './keys.ts';
import { openRows } from './rows.ts';
import { UsageError } from './usage-error.ts';

export interface DeskOptions {
  inbox: { rows(): RawRow[] };
  desk: DeskStore;
  keys: ReadonlyMap<string, PrivateKeyFile>;
  strings: Strings;
  retentionDays: number;
  /** The directory by page code (neutral id), read afresh for each page, for reports. */
  records?: () => ReadonlyMap<string, ReportedRecord>;
  /**
   * Confirms a record (issue 20, `hub confirm`): its id and the method; resolves with a
   * line to show, or throws with one. Absent: the page offers only the command.
   */
  confirm?: (id: string, method: string) => string;
  host?: string;
  port?: number;
  now?: () => Date;
}

const LOOPBACK = new Set(['127.0.0.1', '::1']);
const MAX_FORM = 8 * 1024;
const CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': CSP,
    // same-origin, not no-referrer: under no-referrer a browser posts its forms with
    // Origin: null, which the Origin check below must refuse.
    'referrer-policy': 'same-origin',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
  });
  res.end(html);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams | null> {
  if (!(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) return null;
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM) return null;
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** Starts the inbox page; resolves with its address. Refuses any address but loopback. */
export async function startDesk(o: DeskOptions): Promise<{ server: Server; url: string }> {
  const host = o.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) throw new UsageError(`The inbox serves this machine only: --host must be 127.0.0.1 or ::1, not ${host}.`);
  const now = o.now ?? (() => new Date());
  let origin = '';

  const load = async (): Promise<{ items: InboxItem[]; unopened: Unopened[] }> => {
    o.desk.purgeClosed(o.retentionDays, now());
    const { opened, failures } = await openRows(o.inbox.rows(), o.keys);
    // A report's page is remembered beside its status, on this machine only, so that
    // check:content can list records with open reports without the key.
    for (const { id, request } of opened) if ('kind' in request) o.desk.setPage(id, request.page);
    const items = opened.map(({ id, receivedHour, request }) => ({
      id, receivedHour, request, entry: o.desk.entry(id),
      safeFrom: 'kind' in request ? null : nextSafeTime(request.days, request.times, now()),
    }));
    return { items, unopened: failures };
  };

  const server = createServer((req, res) => {
    void (async () => {
      // Host must be this server's own address: a DNS-rebound name is refused.
      if (req.headers.host !== new URL(origin).host) return send(res, 421, messagePage('Wrong address', `Open ${origin}/ instead.`));
      const url = new URL(req.url ?? '/', origin);
      if (req.method === 'POST' && req.headers.origin !== origin) {
        return send(res, 403, messagePage('Refused', 'Changes are taken only from this inbox page itself.'));
      }
      if (req.method === 'GET' && url.pathname === '/') {
        const { items, unopened } = await load();
        return send(res, 200, inboxPage(items, unopened, o.strings, now(), o.retentionDays, o.records?.(), Boolean(o.confirm)));
      }
      if (req.method === 'GET' && url.pathname === '/close') {
        const { items } = await load();
        const item = items.find((i) => i.id === url.searchParams.get('id'));
        return item ? send(res, 200, confirmClosePage(item, o.retentionDays)) : send(res, 404, messagePage('Not found', 'There is no such request.'));
      }
      if (req.method === 'POST' && url.pathname === '/confirm' && o.confirm) {
        const form = await readForm(req);
        const record = form?.get('record') ?? '';
        if (!form || !o.records?.().has(record)) return send(res, 400, messagePage('Not confirmed', 'That record could not be found. Go back and try again.'));
        try {
          const id = o.records().get(record)!.id;
          return send(res, 200, messagePage('Record confirmed', o.confirm(id, form.get('method') ?? '')));
        } catch (error) {
          return send(res, 400, messagePage('Not confirmed', error instanceof Error ? error.message : 'The record could not be changed.'));
        }
      }
      if (req.method === 'POST' && (url.pathname === '/update' || url.pathname === '/close')) {
        const form = await readForm(req);
        const id = form?.get('id') ?? '';
        const { items } = await load();
        const item = items.find((i) => i.id === id);
        if (!form || !item) return send(res, 400, messagePage('Not saved', 'That change could not be read. Go back and try again.'));
        if (url.pathname === '/close') {
          if (form.get('confirm') !== 'yes') return send(res, 400, messagePage('Not closed', 'Closing needs your confirmation.'));
          o.desk.update(id, 'closed', item.entry.note, now());
          o.desk.purgeClosed(o.retentionDays, now());
        } else {
          const status = form.get('status');
          if (!isStatus(status) || status === 'closed') return send(res, 400, messagePage('Not saved', 'Choose a status from the list.'));
          o.desk.update(id, status, form.get('note') ?? '', now());
        }
        // Back to the list (303: the browser GETs it, and reloading does not post again).
        res.writeHead(303, { location: '/', 'cache-control': 'no-store' });
        return res.end();
      }
      send(res, req.method === 'GET' || req.method === 'POST' ? 404 : 405, messagePage('Not found', 'There is no such page here.'));
    })().catch(() => {
      // Never the error's text: it could carry what a request says.
      if (!res.headersSent) send(res, 500, messagePage('Something went wrong', 'Reload the page to try again.'));
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return { server, url: `${origin}/` };
}
