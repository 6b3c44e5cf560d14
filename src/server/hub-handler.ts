// The hub's own endpoint (issue 20): /api/hub/requests/, for `npm run hub -- pull` only.
//   GET  → the waiting sealed requests, ciphertext as stored, oldest first (at most 200);
//   POST {"ack": [ids]} → deletes those the hub now holds on its disk.
// Both need "Authorization: Bearer <token>", checked against the hash in the settings
// (hub-token.ts); every answer is JSON and no-store. The server never sees plaintext: it
// hands over envelopes it cannot open, to the one machine that can.
import { tokenMatches } from './hub-token';
import { BodyTooLargeError, readBody } from './read-body';
import type { RequestStore } from './request-store';

export interface HubDeps {
  /** SHA-256 hex of the pull token; null turns the endpoint off (404). */
  tokenHash: string | null;
  store: () => Pick<RequestStore, 'rows' | 'delete'>;
  /** Counts every call from a client; false past its limit (429). */
  limiter: { allow(client: string): boolean };
}

export type HubHandler = (request: Request, client: string) => Promise<Response>;

/** Requests handed over per pull; the hub pulls again until none are left. */
export const PULL_BATCH = 200;
const MAX_ACK_BYTES = 32 * 1024;
const ID = /^[A-Za-z0-9_-]{8,64}$/;

const json = (status: number, body: unknown, extra: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'cache-control': 'no-store', 'content-type': 'application/json; charset=utf-8', 'x-content-type-options': 'nosniff', ...extra },
  });

export function createHubHandler(deps: HubDeps): HubHandler {
  return async (request, client) => {
    if (!deps.tokenHash) return json(404, { error: 'off', message: 'The hub endpoint is not set up on this server.' });
    if (!deps.limiter.allow(client)) return json(429, { error: 'busy', message: 'Too many attempts. Try again later.' }, { 'retry-after': '600' });
    // Checked before anything else, in the same time for any wrong token (hub-token.ts).
    if (!tokenMatches(request.headers.get('authorization'), deps.tokenHash)) {
      return json(401, { error: 'token', message: 'A valid hub token is needed.' }, { 'www-authenticate': 'Bearer' });
    }
    if (request.method === 'GET') {
      const rows = await deps.store().rows(PULL_BATCH);
      return json(200, { requests: rows.map((r) => ({ id: r.id, receivedHour: r.receivedHour, envelope: r.envelope })) });
    }
    if (request.method !== 'POST') return json(405, { error: 'method', message: 'GET or POST only.' }, { allow: 'GET, POST' });
    if (!(request.headers.get('content-type') ?? '').startsWith('application/json')) {
      return json(415, { error: 'type', message: 'Send JSON: {"ack": [ids]}.' });
    }
    let ids: string[];
    try {
      const body = JSON.parse(await readBody(request, MAX_ACK_BYTES)) as { ack?: unknown };
      if (!Array.isArray(body.ack) || body.ack.length > PULL_BATCH || !body.ack.every((id) => typeof id === 'string' && ID.test(id))) {
        return json(400, { error: 'ack', message: `"ack" must be a list of at most ${PULL_BATCH} request ids.` });
      }
      ids = body.ack as string[];
    } catch (error) {
      if (error instanceof BodyTooLargeError) return json(413, { error: 'size', message: 'Too large.' });
      return json(400, { error: 'json', message: 'Send JSON: {"ack": [ids]}.' });
    }
    // An id already gone (a repeated acknowledgement after a lost answer) is not an error.
    let deleted = 0;
    for (const id of ids) if (await deps.store().delete(id)) deleted++;
    return json(200, { deleted });
  };
}
