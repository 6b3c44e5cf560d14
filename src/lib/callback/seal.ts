// Sealing with HPKE (RFC 9180: DHKEM P-256, HKDF-SHA256, AES-128-GCM) on WebCrypto.
// The same code runs in the browser (sealing), on the server (a form posted without
// JavaScript) and in the hub's command (opening).
import { Aes128Gcm, CipherSuite, DhkemP256HkdfSha256, HkdfSha256 } from '@hpke/core';
import { fromBase64url, toBase64url } from './base64url';
import { ENVELOPE_VERSION, type Envelope } from './envelope';
import { pad, unpad } from './pad';
import { validateStoredRequest, type CallbackRequest } from './request';
import { isReport, validateReport, type ProblemReport } from './report';

/** The public half of the hub's key pair as the site is built with it. */
export interface PublicKeySettings {
  kid: string;
  publicKey: JsonWebKey;
}

export class OpenError extends Error {
  override name = 'OpenError';
}

const suite = new CipherSuite({ kem: new DhkemP256HkdfSha256(), kdf: new HkdfSha256(), aead: new Aes128Gcm() });
const encoder = new TextEncoder();
const INFO = encoder.encode('pathway callback request');

// The version, key id and request id are bound to the ciphertext, so changing any of
// them in transit or in the database makes opening fail.
const aadOf = (v: number, kid: string, id: string) => encoder.encode(`v${v}|${kid}|${id}`);

/** A fresh P-256 key pair as JWKs. */
export async function generateKeyPair(): Promise<{ publicKey: JsonWebKey; privateKey: JsonWebKey }> {
  const pair = await suite.kem.generateKeyPair();
  // Only the members a P-256 key needs: no key_ops or ext to trip up other tools.
  const exported = async (key: CryptoKey): Promise<JsonWebKey> => {
    const { kty = 'EC', crv = 'P-256', x = '', y = '', d } = await crypto.subtle.exportKey('jwk', key);
    return d ? { kty, crv, x, y, d } : { kty, crv, x, y };
  };
  return { publicKey: await exported(pair.publicKey), privateKey: await exported(pair.privateKey) };
}

/** The key id: the start of the key's RFC 7638 thumbprint. */
export async function keyId(key: JsonWebKey): Promise<string> {
  const canonical = JSON.stringify({ crv: key.crv, kty: key.kty, x: key.x, y: key.y });
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(canonical));
  return toBase64url(new Uint8Array(digest)).slice(0, 16);
}

/** Seals a valid request for the hub. `id` is random unless given. */
export async function sealRequest(
  settings: PublicKeySettings,
  request: CallbackRequest | ProblemReport,
  id: string = crypto.randomUUID(),
): Promise<Envelope> {
  const recipientPublicKey = await suite.kem.importKey('jwk', settings.publicKey, true);
  const plaintext = pad(encoder.encode(JSON.stringify(request)));
  const { enc, ct } = await suite.seal(
    { recipientPublicKey, info: INFO },
    plaintext,
    aadOf(ENVELOPE_VERSION, settings.kid, id),
  );
  return {
    v: ENVELOPE_VERSION,
    kid: settings.kid,
    enc: toBase64url(new Uint8Array(enc)),
    ct: toBase64url(new Uint8Array(ct)),
    id,
  };
}

/** What an envelope may hold: a callback request, or a problem report (issue 20). */
export type HubMessage = CallbackRequest | ProblemReport;

/** Opens an envelope with the hub's private key; a wrong key or any change is an OpenError. */
export async function openEnvelope(privateKey: JsonWebKey, envelope: Envelope): Promise<HubMessage> {
  let recipientKey: CryptoKey;
  try {
    recipientKey = await suite.kem.importKey('jwk', privateKey, false);
  } catch {
    throw new OpenError('The private key file is not a P-256 private key (JWK).');
  }
  let plaintext: Uint8Array;
  try {
    const opened = await suite.open(
      { recipientKey, enc: fromBase64url(envelope.enc), info: INFO },
      fromBase64url(envelope.ct),
      aadOf(envelope.v, envelope.kid, envelope.id),
    );
    plaintext = unpad(new Uint8Array(opened));
  } catch {
    throw new OpenError(
      `Request ${envelope.id} cannot be opened: it was sealed to another key, or it has been changed since it was sealed.`,
    );
  }
  // Anyone with the public key can seal anything, so what opens is checked like a form,
  // with the character rule of before issue 17 so that older requests still open: C0
  // controls (terminal escapes) are refused; the hub escapes C1 and format characters.
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plaintext));
  } catch {
    value = undefined;
  }
  if (isReport(value)) {
    const report = validateReport(value);
    if (!report) throw new OpenError(`Request ${envelope.id} opened, but what it says is not a valid problem report.`);
    return report;
  }
  const checked = validateStoredRequest(value);
  if (!checked.ok) throw new OpenError(`Request ${envelope.id} opened, but what it says is not a valid callback request.`);
  return checked.request;
}
