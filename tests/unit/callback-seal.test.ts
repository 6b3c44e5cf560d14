import { beforeAll, describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from '../../src/lib/callback/base64url';
import { CT_BYTES, parseEnvelope, type Envelope } from '../../src/lib/callback/envelope';
import { BUCKET_BYTES, PaddingError, pad, unpad } from '../../src/lib/callback/pad';
import { validateRequest, type CallbackRequest } from '../../src/lib/callback/request';
import { generateKeyPair, keyId, OpenError, openEnvelope, sealRequest, type PublicKeySettings } from '../../src/lib/callback/seal';

const checked = validateRequest({
  phone: '+48 512 345 678', days: ['sat'], times: ['evening'], voicemail: 'no', text: 'no',
  cover: 'wrong-number', coverWords: '', language: 'Polski', interpreter: 'no', region: 'edinburgh-borders',
  needs: ['exit-support'], message: 'Proszę dzwonić po 18:00 ✓',
});
if (!checked.ok) throw new Error('fixture is invalid');
const request: CallbackRequest = checked.request;

let settings: PublicKeySettings;
let privateKey: JsonWebKey;
beforeAll(async () => {
  const pair = await generateKeyPair();
  settings = { kid: await keyId(pair.publicKey), publicKey: pair.publicKey };
  privateKey = pair.privateKey;
});

/** Flips one bit of a base64url field. */
function flip(text: string, index: number): string {
  const bytes = fromBase64url(text);
  bytes[index]! ^= 1;
  return toBase64url(bytes);
}

describe('padding', () => {
  it('pads to one bucket and back', () => {
    const data = new TextEncoder().encode('hello');
    const padded = pad(data);
    expect(padded.byteLength).toBe(BUCKET_BYTES);
    expect(new TextDecoder().decode(unpad(padded))).toBe('hello');
    expect(unpad(pad(new Uint8Array()))).toHaveLength(0);
  });
  it('refuses what does not fit and damaged padding', () => {
    expect(() => pad(new Uint8Array(BUCKET_BYTES))).toThrow(PaddingError);
    expect(() => unpad(new Uint8Array(BUCKET_BYTES))).toThrow(PaddingError);
  });
});

describe('sealing and opening', () => {
  it('round-trips a request, and the envelope passes the schema', async () => {
    const envelope = await sealRequest(settings, request);
    expect(parseEnvelope(JSON.parse(JSON.stringify(envelope)))).toEqual({ ok: true, envelope });
    expect(fromBase64url(envelope.ct).byteLength).toBe(CT_BYTES);
    expect(await openEnvelope(privateKey, envelope)).toEqual(request);
  });

  it('gives every request the same length, short or long', async () => {
    const short = await sealRequest(settings, { ...request, message: '' });
    const long = await sealRequest(settings, { ...request, message: 'ł'.repeat(500) });
    expect(short.ct.length).toBe(long.ct.length);
  });

  it('never contains the phone number in readable form', async () => {
    const json = JSON.stringify(await sealRequest(settings, request));
    expect(json).not.toContain('512345678');
  });

  it('refuses a tampered ciphertext, enc, id or key id', async () => {
    const envelope = await sealRequest(settings, request);
    const tampered: Envelope[] = [
      { ...envelope, ct: flip(envelope.ct, 100) },
      { ...envelope, ct: flip(envelope.ct, CT_BYTES - 1) },
      { ...envelope, enc: flip(envelope.enc, 10) },
      { ...envelope, id: crypto.randomUUID() },
      { ...envelope, kid: 'AAAAAAAAAAAAAAAA' },
    ];
    for (const t of tampered) await expect(openEnvelope(privateKey, t)).rejects.toThrow(OpenError);
  });

  it('refuses the wrong key with a clear message', async () => {
    const envelope = await sealRequest(settings, request);
    const other = await generateKeyPair();
    await expect(openEnvelope(other.privateKey, envelope)).rejects.toThrow(/sealed to another key, or it has been changed/);
    await expect(openEnvelope(settings.publicKey, envelope)).rejects.toThrow(/not a P-256 private key/);
  });

  it('refuses what opens but is not a valid request (anyone can seal to a public key)', async () => {
    const hostile = await sealRequest(settings, { ...request, message: 'hi \u001b[2J\u001b]0;owned\u0007' });
    await expect(openEnvelope(privateKey, hostile)).rejects.toThrow(/opened, but what it says is not a valid callback request/);
  });

  it('still opens a request stored before issue 17 with a format or C1 character; the hub shows it escaped', async () => {
    const old = await sealRequest(settings, { ...request, message: 'after 6\u202epm \u009b' });
    expect(((await openEnvelope(privateKey, old)) as CallbackRequest).message).toBe('after 6\u202epm \u009b');
  });

  it('gives a stable key id from the public key', async () => {
    expect(await keyId(settings.publicKey)).toBe(settings.kid);
    expect(await keyId(privateKey)).toBe(settings.kid);
    expect(settings.kid).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });
});

describe('parseEnvelope', () => {
  it('refuses wrong shapes with the fields to check, never the input', async () => {
    const envelope = await sealRequest(settings, request);
    const bad = [
      null, [], 'x', { ...envelope, v: 2 }, { ...envelope, ct: envelope.ct.slice(1) },
      { ...envelope, id: 'not-a-uuid' }, { ...envelope, extra: 1 }, { ...envelope, enc: 7 },
    ];
    for (const value of bad) {
      const result = parseEnvelope(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(/^Not a sealed request: check /);
    }
  });
});
