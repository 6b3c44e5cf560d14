import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptsKey } from '../../src/server/accepted-keys';
import { readKeySettings, readPublicKeySettings } from '../../src/server/key-settings';
import { postJson, sealed, testEndpoint, makeKey } from './support/callback-handler';

const CURRENT = 'currentKey000001';
const RETIRED = [{ kid: 'oldKey0000000001', acceptUntil: '2026-12-31' }];

describe('acceptsKey', () => {
  it('accepts the current key at any time', () => {
    expect(acceptsKey(CURRENT, { kid: CURRENT, retired: [] }, new Date('2099-01-01T00:00:00Z'))).toBe(true);
  });

  it('accepts a retired key until the end of its last day (UTC), then not', () => {
    const settings = { kid: CURRENT, retired: RETIRED };
    expect(acceptsKey('oldKey0000000001', settings, new Date('2026-06-01T00:00:00Z'))).toBe(true);
    expect(acceptsKey('oldKey0000000001', settings, new Date('2026-12-31T23:59:59.999Z'))).toBe(true);
    expect(acceptsKey('oldKey0000000001', settings, new Date('2027-01-01T00:00:00Z'))).toBe(false);
  });

  it('refuses any other key', () => {
    expect(acceptsKey('someOtherKey0001', { kid: CURRENT, retired: RETIRED }, new Date('2026-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('the key settings file', () => {
  const publicKey = { kty: 'EC', crv: 'P-256', x: 'x', y: 'y' };
  const write = (value: unknown) => {
    const dir = mkdtempSync(join(tmpdir(), 'key-settings-'));
    const path = join(dir, 'callback.public.json');
    writeFileSync(path, JSON.stringify(value));
    return { path, done: () => rmSync(dir, { recursive: true, force: true }) };
  };

  it('reads an old file ({ kid, publicKey }) as it always did: no retired keys, not development', () => {
    const file = write({ kid: CURRENT, publicKey });
    expect(readKeySettings(file.path)).toEqual({ kid: CURRENT, publicKey, retired: [], development: false });
    expect(readPublicKeySettings(file.path)).toEqual({ kid: CURRENT, publicKey });
    file.done();
  });

  it('reads retired keys and the development mark; the public part stays { kid, publicKey }', () => {
    const file = write({ kid: CURRENT, publicKey, retired: RETIRED, development: true });
    expect(readKeySettings(file.path)).toEqual({ kid: CURRENT, publicKey, retired: RETIRED, development: true });
    expect(readPublicKeySettings(file.path)).toEqual({ kid: CURRENT, publicKey });
    file.done();
  });

  it('refuses a retired key without a real date, naming what to fix', () => {
    for (const acceptUntil of ['31/12/2026', '2026-02-30', '', undefined]) {
      const file = write({ kid: CURRENT, publicKey, retired: [{ kid: 'oldKey0000000001', acceptUntil }] });
      expect(() => readKeySettings(file.path), String(acceptUntil)).toThrow(/retired: \[\{ kid, acceptUntil: "YYYY-MM-DD" \}\]/);
      file.done();
    }
  });
});

describe('the endpoint and retired keys', () => {
  it('stores an envelope sealed to a retired key until its date has passed, then answers 422', async () => {
    const old = await makeKey();
    let now = new Date('2026-12-31T12:00:00Z');
    const endpoint = await testEndpoint({ retired: [{ kid: old.key.kid, acceptUntil: '2026-12-31' }], now: () => now });
    expect((await endpoint.handle(postJson(await sealed(old.key)), 'a')).status).toBe(202);
    now = new Date('2027-01-01T00:00:00Z');
    const late = await endpoint.handle(postJson(await sealed(old.key)), 'a');
    expect(late.status).toBe(422);
    expect(await late.json()).toMatchObject({ error: 'unknown-key' });
    expect((await endpoint.handle(postJson(await sealed(endpoint.key)), 'a')).status).toBe(202);
  });
});
