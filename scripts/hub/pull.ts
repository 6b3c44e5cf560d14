// `npm run hub -- pull` (issue 20): fetches the site's waiting sealed requests over HTTPS,
// stores them in the coordinator's local inbox, and only then tells the site to delete
// them. Killed at any point, it loses nothing and duplicates nothing: the site deletes a
// request only once it is on this disk (fsync), and storing is idempotent by id, so the
// next pull fetches again whatever was not acknowledged and stores it at most once.
import type { RawRow } from '../../src/server/callback-store.ts';
import { UsageError } from './usage-error.ts';

/** The hub's endpoint on the site (src/pages/api/hub/requests.ts). */
export const HUB_PATH = '/api/hub/requests/';
const MAX_ENVELOPE = 16 * 1024;
const ID = /^[A-Za-z0-9_-]{8,64}$/;
const HOUR = /^\d{4}-\d{2}-\d{2}T\d{2}:00Z$/;
/** Stops a site that never deletes from keeping a pull going for ever. */
const MAX_ROUNDS = 1000;

export interface PullOptions {
  /** The site's address: https://…, or http:// on this machine only (tests, a local run). */
  from: string;
  token: string;
  inbox: { putRows(rows: readonly RawRow[]): number };
  fetch?: typeof fetch;
}

export interface PullResult {
  /** Requests the site handed over (some may have been here already). */
  received: number;
  /** Of those, new to the local inbox. */
  added: number;
}

/** The endpoint's URL, or a UsageError for an address that would send the token in clear. */
export function hubEndpoint(from: string): URL {
  let url: URL;
  try {
    url = new URL(HUB_PATH, from);
  } catch {
    throw new UsageError(`--from "${from}" is not a web address (https://…).`);
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new UsageError('--from must be an https:// address (http:// only for this machine).');
  }
  return url;
}

/** The rows of a GET's answer, each checked; throws naming what is wrong. */
function readRows(body: unknown): RawRow[] {
  const list = (body as { requests?: unknown } | null)?.requests;
  if (!Array.isArray(list)) throw new Error('The site did not answer with a list of requests.');
  return list.map((item: unknown, i) => {
    const { id, receivedHour, envelope } = (item ?? {}) as Record<string, unknown>;
    if (typeof id !== 'string' || !ID.test(id) || typeof receivedHour !== 'string' || !HOUR.test(receivedHour)
      || typeof envelope !== 'string' || envelope.length > MAX_ENVELOPE) {
      throw new Error(`Request ${i + 1} of the site's answer is not a stored request.`);
    }
    return { id, receivedHour, envelope };
  });
}

/**
 * Pulls until the site has nothing waiting. Throws on a refused token (401), a network or
 * site failure, or an answer that is not what the endpoint sends; what was stored and
 * acknowledged before that stays done.
 */
export async function pull({ from, token, inbox, fetch: get = fetch }: PullOptions): Promise<PullResult> {
  const url = hubEndpoint(from);
  const auth = { authorization: `Bearer ${token}` };
  const result: PullResult = { received: 0, added: 0 };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const answer = await get(url, { headers: auth, cache: 'no-store', redirect: 'error' });
    if (answer.status === 401) throw new UsageError('The site refused the hub token: check --token-file and the site\'s PATHWAY_HUB_TOKEN_SHA256.');
    if (!answer.ok) throw new Error(`The site answered ${answer.status} when asked for requests.`);
    const rows = readRows(await answer.json());
    if (rows.length === 0) return result;
    // On this disk first (one fsynced transaction), then the site may delete them.
    result.added += inbox.putRows(rows);
    result.received += rows.length;
    const ack = await get(url, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ ack: rows.map((r) => r.id) }),
      redirect: 'error',
    });
    if (!ack.ok) throw new Error(`The site answered ${ack.status} when told the requests are safe here; they stay there until the next pull.`);
    const { deleted } = (await ack.json()) as { deleted?: unknown };
    // Nothing deleted yet the same rows again: stop rather than pull for ever.
    if (deleted === 0) throw new Error('The site kept requests it was told are safe here; pull again later.');
  }
  return result;
}
