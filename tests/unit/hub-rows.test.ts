import { describe, expect, it } from 'vitest';
import { checkRow, openRows } from '../../scripts/hub/rows';
import type { PrivateKeyFile } from '../../scripts/hub/keys';
import { makeKey } from './support/callback-handler';
import { sealMessage } from './support/hub';

const ID_BAD = '0f0e2b7a-5c1d-4e8f-a3b2-1c0d9e8f7a6b';

describe('checkRow', () => {
  it('reads a stored row, and names the id of one whose envelope is not JSON or not an envelope', async () => {
    const { key } = await makeKey();
    const envelope = await sealMessage(key, 'hello');
    expect(checkRow({ id: envelope.id, receivedHour: '2026-11-23T09:00Z', envelope: JSON.stringify(envelope) }))
      .toEqual({ ok: true, row: { id: envelope.id, receivedHour: '2026-11-23T09:00Z', envelope } });
    for (const text of ['{not json', '{"v":1}', 'null']) {
      expect(checkRow({ id: ID_BAD, receivedHour: 'h', envelope: text })).toEqual({
        ok: false, id: ID_BAD, reason: `Request ${ID_BAD} cannot be read: what is stored for it is not a sealed request.`,
      });
    }
  });

  it('shows a strange id with its hidden characters escaped', () => {
    const result = checkRow({ id: 'x\u202ey', receivedHour: 'h', envelope: '' });
    expect(result.ok === false && result.reason).toBe('Request x[U+202E]y cannot be read: what is stored for it is not a sealed request.');
  });
});

describe('openRows', () => {
  it('opens every row it can and reports each other one by id, in order', async () => {
    const mine = await makeKey();
    const theirs = await makeKey();
    const good = await sealMessage(mine.key, 'good');
    const other = await sealMessage(theirs.key, 'other');
    const changedId = good.id.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
    const keys = new Map<string, PrivateKeyFile>([[mine.key.kid, { path: 'mine.jwk', kid: mine.key.kid, key: mine.privateKey }]]);
    const rows = [
      { id: ID_BAD, receivedHour: 'h', envelope: '{broken' },
      { id: good.id, receivedHour: '2026-11-23T09:00Z', envelope: JSON.stringify(good) },
      { id: other.id, receivedHour: 'h', envelope: JSON.stringify(other) },
      // Another id than the one sealed in (a different first character, whatever it was).
      { id: changedId, receivedHour: 'h', envelope: JSON.stringify({ ...good, id: changedId }) },
    ];
    const { opened, failures } = await openRows(rows, keys);
    expect(opened.map((o) => [o.id, 'message' in o.request ? o.request.message : ''])).toEqual([[good.id, 'good']]);
    expect(failures.map((f) => f.reason)).toEqual([
      `Request ${ID_BAD} cannot be read: what is stored for it is not a sealed request.`,
      `Request ${other.id} was sealed to key ${theirs.key.kid}, but mine.jwk is key ${mine.key.kid}.`,
      `Request ${rows[3]!.id} cannot be opened: it was sealed to another key, or it has been changed since it was sealed.`,
    ]);
  });
});
