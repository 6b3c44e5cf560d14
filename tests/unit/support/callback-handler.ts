// A callback handler of a test's own: a fresh key pair, an in-memory inbox, a limiter
// that counts, a clock the test moves and a logger that keeps its lines.
import type { CallbackDeps, CallbackHandler } from '../../../src/server/callback-handler';
import { createCallbackHandler } from '../../../src/server/callback-handler';
import type { Envelope } from '../../../src/lib/callback/envelope';
import { validateRequest } from '../../../src/lib/callback/request';
import { generateKeyPair, keyId, sealRequest, type PublicKeySettings } from '../../../src/lib/callback/seal';
import { createLogger } from '../../../src/server/log';
import { RateLimiter } from '../../../src/server/rate-limit';

export interface TestEndpoint {
  handle: CallbackHandler;
  key: PublicKeySettings;
  privateKey: JsonWebKey;
  stored: Envelope[];
  lines: string[];
  /** Makes the next `put` throw an error with this code. */
  failNextPut(code: string): void;
}

export async function makeKey(): Promise<{ key: PublicKeySettings; privateKey: JsonWebKey }> {
  const pair = await generateKeyPair();
  return { key: { kid: await keyId(pair.publicKey), publicKey: pair.publicKey }, privateKey: pair.privateKey };
}

export async function testEndpoint(overrides: Partial<CallbackDeps> = {}): Promise<TestEndpoint> {
  const { key, privateKey } = await makeKey();
  const stored: Envelope[] = [];
  const lines: string[] = [];
  let failure: string | null = null;
  const store = {
    put(envelope: Envelope) {
      if (failure) {
        const error = Object.assign(new Error(`disk full at /srv/data/${envelope.id}`), { code: failure });
        failure = null;
        throw error;
      }
      if (stored.some((e) => e.id === envelope.id)) return false;
      stored.push(envelope);
      return true;
    },
    count: () => stored.length,
  };
  const deps: CallbackDeps = {
    key,
    retired: [],
    now: () => new Date(),
    store: () => store,
    perClient: new RateLimiter({ max: 20, windowMs: 600_000 }),
    everyone: new RateLimiter({ max: 600, windowMs: 600_000 }),
    inboxMax: 10_000,
    log: createLogger((line) => lines.push(line)),
    ...overrides,
  };
  return {
    handle: createCallbackHandler(deps),
    key: deps.key,
    privateKey,
    stored,
    lines,
    failNextPut: (code) => (failure = code),
  };
}

export const SAMPLE = {
  phone: '07911 123456', days: ['tue'], times: ['afternoon'], voicemail: 'no', text: 'yes', cover: 'survey',
  coverWords: '', language: 'English', interpreter: 'no', region: 'glasgow', needs: ['housing'], message: 'After 10',
};

export async function sealed(key: PublicKeySettings, id?: string): Promise<Envelope> {
  const checked = validateRequest(SAMPLE);
  if (!checked.ok) throw new Error('SAMPLE is invalid');
  return sealRequest(key, checked.request, id);
}

export const postJson = (body: unknown, init: RequestInit = {}) =>
  new Request('http://127.0.0.1/api/callback/', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  });

export const postForm = (fields: Record<string, string>) =>
  new Request('http://127.0.0.1/api/callback/', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });

export const FORM_FIELDS = { ...SAMPLE, days: 'tue', times: 'afternoon', needs: 'housing', lang: 'ro' };
