// The hub's pull token (issue 20): a long random secret the coordinator's machine keeps;
// the server's settings hold only its SHA-256, so a copy of the settings opens nothing.
// Runs under Node's own type stripping too (serve.ts's start checks), hence .ts-free deps.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new token: 32 random bytes as base64url (43 characters). */
export function newHubToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The SHA-256 of a token, lower-case hex: what PATHWAY_HUB_TOKEN_SHA256 holds. */
export function hubTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Whether `authorization` ("Bearer <token>") carries the token whose hash is `hashHex`.
 * Always hashes what was presented (or nothing) and compares fixed-length digests, so a
 * wrong, short or missing token takes the same time as a right one.
 */
export function tokenMatches(authorization: string | null, hashHex: string): boolean {
  const presented = /^Bearer ([A-Za-z0-9_-]{1,512})$/.exec(authorization ?? '')?.[1] ?? '';
  const given = createHash('sha256').update(presented, 'utf8').digest();
  const expected = Buffer.from(hashHex, 'hex');
  return expected.length === given.length && timingSafeEqual(given, expected) && presented !== '';
}

/** A PATHWAY_HUB_TOKEN_SHA256 value as the server can use it, or throws naming the setting. */
export function parseHubTokenHash(value: string | undefined): string | null {
  const text = value?.trim().toLowerCase();
  if (!text) return null;
  if (!/^[0-9a-f]{64}$/.test(text)) {
    throw new Error('PATHWAY_HUB_TOKEN_SHA256: not a SHA-256 in hex (64 characters); `npm run hub -- keygen` prints it.');
  }
  return text;
}
