// Posts a sealed envelope and sorts the answer into what the outbox should do next.
import type { Envelope } from '../../lib/callback/envelope';

/**
 * sent: the server answered 202 for this id, the only answer after which the outbox may
 * delete it. retry: no answer (offline, a dropped data session, a timeout) or 5xx.
 * busy: rate-limited (429). rejected: any other answer (a 4xx from the site after a key
 * change, or from a proxy or firewall): it stays in the outbox and she is told.
 */
export type Outcome = 'sent' | 'retry' | 'busy' | 'rejected';

/**
 * How long a post may take before it counts as failed. A sealed request is about 5.6 KB
 * of JSON; at GPRS's ~20 kbit/s upload that is ~2.5 s, so 30 s is bad signal, not a slow
 * phone. Without a limit a post on a dead connection could hang until she leaves.
 */
export const SEND_TIMEOUT_MS = 30_000;

export async function send(endpoint: string, envelope: Envelope, timeoutMs = SEND_TIMEOUT_MS): Promise<Outcome> {
  if (!navigator.onLine) return 'retry';
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(envelope),
      cache: 'no-store',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch {
    return 'retry';
  }
  // Only a 202 that names this id: a captive portal or proxy answering 202 has not stored it.
  if (response.status === 202) return (await echoedId(response)) === envelope.id ? 'sent' : 'retry';
  if (response.status === 429) return 'busy';
  return response.status >= 500 ? 'retry' : 'rejected';
}

async function echoedId(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.json()) as { id?: unknown };
    return typeof body.id === 'string' ? body.id : undefined;
  } catch {
    return undefined;
  }
}
