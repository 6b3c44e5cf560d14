import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../src/lib/callback/envelope';
import { CallbackStore, DB_FILE, toHour } from '../../src/server/callback-store';

const envelope = (id: string): Envelope => ({ v: 1, kid: 'k'.repeat(16), enc: 'e', ct: 'c', id });
const ID_A = '3b241101-e2bb-4255-8caf-4136c566a962';
const ID_B = '9f0e2b7a-5c1d-4e8f-a3b2-1c0d9e8f7a6b';

let dir: string;
let store: CallbackStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'callback-store-'));
  store = new CallbackStore(dir);
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('CallbackStore', () => {
  it('stores the same id once', () => {
    expect(store.put(envelope(ID_A))).toBe(true);
    expect(store.put(envelope(ID_A))).toBe(false);
    expect(store.list().map((r) => r.id)).toEqual([ID_A]);
    expect(store.has(ID_A)).toBe(true);
  });

  it('keeps the received time to the hour only', () => {
    store.put(envelope(ID_A), new Date('2026-11-23T09:47:31.123Z'));
    expect(store.list()[0]!.receivedHour).toBe('2026-11-23T09:00Z');
    expect(toHour(new Date('2026-01-02T23:59:59Z'))).toBe('2026-01-02T23:00Z');
  });

  it('deletes and purges by age', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    store.put(envelope(ID_A), new Date('2026-11-01T08:00:00Z'));
    store.put(envelope(ID_B), new Date('2026-11-22T08:00:00Z'));
    expect(store.purgeOlderThan(7, now)).toBe(1);
    expect(store.list().map((r) => r.id)).toEqual([ID_B]);
    expect(store.delete(ID_B)).toBe(true);
    expect(store.delete(ID_B)).toBe(false);
  });

  it('uses WAL with full sync', () => {
    store.put(envelope(ID_A));
    // The WAL file exists once something was written in WAL mode.
    expect(() => readFileSync(join(dir, `${DB_FILE}-wal`))).not.toThrow();
  });
});
