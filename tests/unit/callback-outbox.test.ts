import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { drop, keep, waiting } from '../../src/islands/callback/outbox';
import type { Envelope } from '../../src/lib/callback/envelope';

const envelope = (id: string): Envelope => ({ v: 1, kid: 'k'.repeat(16), enc: 'e', ct: 'c', id });
const names = async () => (await indexedDB.databases()).map((db) => db.name);

describe('outbox', () => {
  it('creates nothing when only looked at', async () => {
    expect(await waiting()).toEqual([]);
    expect(await names()).toEqual([]);
  });

  it('keeps exactly the envelope, and deletes its database once empty', async () => {
    await keep({ ...envelope('a'), phone: '+447911123456' } as Envelope);
    await keep(envelope('b'));
    const kept = await waiting();
    expect(kept.map((e) => e.id).sort()).toEqual(['a', 'b']);
    expect(Object.keys(kept.find((e) => e.id === 'a')!).sort()).toEqual(['ct', 'enc', 'id', 'kid', 'v']);
    await drop('a');
    expect(await names()).toEqual(['outbox']);
    await drop('b');
    expect(await names()).toEqual([]);
  });
});
