// The sealed request as it travels and is stored: { v, kid, enc, ct, id }. Sizes are
// exact because the plaintext is always one padded bucket.
import * as z from 'zod/mini';
import { base64urlLength } from './base64url';
import { BUCKET_BYTES } from './pad';

export const ENVELOPE_VERSION = 1;
/** DHKEM(P-256) encapsulated key: an uncompressed point. */
export const ENC_BYTES = 65;
/** AES-128-GCM adds a 16-byte tag. */
export const CT_BYTES = BUCKET_BYTES + 16;
/** The endpoint refuses bodies larger than this while reading them. */
export const MAX_BODY_BYTES = 16 * 1024;

const b64url = (bytes: number) =>
  z.string().check(z.length(base64urlLength(bytes)), z.regex(/^[A-Za-z0-9_-]+$/));

export const envelopeSchema = z.strictObject({
  v: z.literal(ENVELOPE_VERSION),
  kid: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/)),
  enc: b64url(ENC_BYTES),
  ct: b64url(CT_BYTES),
  // A random UUID made where the request was sealed; it makes a retry idempotent.
  id: z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)),
});

export type Envelope = z.infer<typeof envelopeSchema>;

/** The envelope, or a short reason it is not one (no input is echoed back). */
export function parseEnvelope(value: unknown): { ok: true; envelope: Envelope } | { ok: false; reason: string } {
  const result = envelopeSchema.safeParse(value);
  if (result.success) return { ok: true, envelope: result.data };
  const fields = [...new Set(result.error.issues.map((i) => String(i.path[0] ?? 'body')))];
  return { ok: false, reason: `Not a sealed request: check ${fields.join(', ')}.` };
}
