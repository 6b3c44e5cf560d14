// Posts a sealed envelope and sorts the answer into what the page should do next.
import type { Envelope } from '../../lib/callback/envelope';

/** sent: stored (202); retry: no connection or the server could not store it;
 *  busy: rate-limited; rejected: the server will never take this envelope. */
export type Outcome = 'sent' | 'retry' | 'busy' | 'rejected';

export async function send(endpoint: string, envelope: Envelope): Promise<Outcome> {
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
    });
  } catch {
    return 'retry';
  }
  if (response.status === 202) return 'sent';
  if (response.status === 429) return 'busy';
  return response.status >= 500 ? 'retry' : 'rejected';
}
