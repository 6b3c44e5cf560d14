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

  it('never loses a request kept while another look finds the outbox empty', async () => {
    // The page's first look (on opening) can race a request kept at once: the look must
    // not delete the database the request is going into.
    const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
    // The look starts a few event-loop turns after the keep, at each point of its way.
    for (let i = 0; i < 24; i++) {
      const [first, second] = i % 2 ? [() => keep(envelope(`r${i}`)), waiting] : [waiting, () => keep(envelope(`r${i}`))];
      const started = first();
      for (let t = 0; t < i / 2; t++) await tick();
      await Promise.all([started, second()]);
      expect((await waiting()).map((e) => e.id), `look after ${i} turns`).toEqual([`r${i}`]);
      await drop(`r${i}`);
    }
    expect(await names()).toEqual([]);
  });
});
