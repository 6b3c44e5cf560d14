// Which key ids the endpoint takes envelopes for (issue 17 A). After the hub makes a new
// key pair, phones still hold pages (and queued envelopes) sealed to the old one; the
// key settings list such retired keys with the last day they are taken, and the hub
// keeps their private halves to open what came in.

/** A key the site no longer seals to, taken until the end of `acceptUntil` ("YYYY-MM-DD", UTC). */
export interface RetiredKey {
  kid: string;
  acceptUntil: string;
}

const DAY_MS = 86_400_000;

/** True for the current key, or a retired one whose last day has not ended at `now`. */
export function acceptsKey(kid: string, settings: { kid: string; retired: readonly RetiredKey[] }, now: Date): boolean {
  if (kid === settings.kid) return true;
  return settings.retired.some((r) => r.kid === kid && now.getTime() < Date.parse(`${r.acceptUntil}T00:00:00Z`) + DAY_MS);
}
