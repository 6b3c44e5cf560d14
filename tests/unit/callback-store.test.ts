import { chmodSync, closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../src/lib/callback/envelope';
import { CallbackStore, DB_FILE, isOpenToOthers, toHour } from '../../src/server/callback-store';

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

  it('counts its requests, and gives rows with the envelope as stored', () => {
    expect(store.count()).toBe(0);
    store.put(envelope(ID_A));
    store.put(envelope(ID_B));
    expect(store.count()).toBe(2);
    expect(store.rows().map((r) => JSON.parse(r.envelope) as unknown)).toEqual([envelope(ID_A), envelope(ID_B)]);
  });

  it('uses WAL with full sync', () => {
    store.put(envelope(ID_A));
    // The WAL file exists once something was written in WAL mode.
    expect(() => readFileSync(join(dir, `${DB_FILE}-wal`))).not.toThrow();
  });
});

describe('inbox file modes (issue 17 D)', () => {
  const mode = (path: string) => statSync(path).mode & 0o777;
  let umask: number;
  beforeEach(() => {
    // A usual umask, which lets everyone read what is created.
    umask = process.umask(0o022);
  });
  afterEach(() => {
    process.umask(umask);
  });

  it('makes callback.sqlite, -wal and -shm 0600 in a data folder that already exists', () => {
    const existing = mkdtempSync(join(tmpdir(), 'callback-modes-'));
    chmodSync(existing, 0o755);
    const inbox = new CallbackStore(existing);
    inbox.put(envelope(ID_A));
    for (const suffix of ['', '-wal', '-shm']) expect(mode(join(existing, DB_FILE + suffix)), suffix || 'db').toBe(0o600);
    inbox.close();
    rmSync(existing, { recursive: true, force: true });
  });

  it('closes up files an older version left readable', () => {
    const existing = mkdtempSync(join(tmpdir(), 'callback-modes-'));
    for (const suffix of ['', '-wal', '-shm']) closeSync(openSync(join(existing, DB_FILE + suffix), 'a', 0o644));
    const inbox = new CallbackStore(existing);
    inbox.put(envelope(ID_A));
    for (const suffix of ['', '-wal', '-shm']) expect(mode(join(existing, DB_FILE + suffix)), suffix || 'db').toBe(0o600);
    inbox.close();
    rmSync(existing, { recursive: true, force: true });
  });

  it('makes a new data folder 0700', () => {
    const parent = mkdtempSync(join(tmpdir(), 'callback-modes-'));
    new CallbackStore(join(parent, 'data')).close();
    expect(mode(join(parent, 'data'))).toBe(0o700);
    rmSync(parent, { recursive: true, force: true });
  });
});

describe('isOpenToOthers', () => {
  it('is true for a folder group or others can read or enter, false for 0700 or none', () => {
    const folder = mkdtempSync(join(tmpdir(), 'callback-open-'));
    chmodSync(folder, 0o700);
    expect(isOpenToOthers(folder)).toBe(false);
    for (const m of [0o750, 0o705, 0o755, 0o701]) {
      chmodSync(folder, m);
      expect(isOpenToOthers(folder), m.toString(8)).toBe(true);
    }
    rmSync(folder, { recursive: true, force: true });
    expect(isOpenToOthers(folder)).toBe(false);
  });
});
