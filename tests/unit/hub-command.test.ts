// `npm run hub` itself (scripts/hub.ts), run in a child process on a temporary inbox.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CallbackStore, DB_FILE } from '../../src/server/callback-store';
import { hub, keyFile, sealMessage } from './support/hub';

let dir: string;
let dataDir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hub-command-'));
  dataDir = join(dir, 'data');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function store(...envelopes: Parameters<CallbackStore['put']>[0][]) {
  const inbox = new CallbackStore(dataDir);
  for (const envelope of envelopes) inbox.put(envelope);
  inbox.close();
}

describe('hub read with several keys (issue 17 A)', () => {
  it('opens requests sealed to a retired key and to the current one, given both keys or their folder', async () => {
    const keys = join(dir, 'keys');
    const old = await keyFile(keys, 'callback-2025.private');
    const current = await keyFile(keys, 'callback.private');
    store(await sealMessage(old.key, 'sealed to the old key'), await sealMessage(current.key, 'sealed to the new key'));

    for (const args of [['--key', current.path, '--key', old.path], ['--key', keys]]) {
      const run = hub(dataDir, 'read', ...args, '--json');
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect((JSON.parse(run.stdout) as { message: string }[]).map((r) => r.message).sort()).toEqual(['sealed to the new key', 'sealed to the old key']);
    }
  });

  it('with only the new key, opens what it can and names the request and key it lacks (status 1)', async () => {
    const old = await keyFile(join(dir, 'old'), 'k');
    const current = await keyFile(join(dir, 'new'), 'k');
    const sealedOld = await sealMessage(old.key, 'old');
    store(sealedOld, await sealMessage(current.key, 'new'));
    const run = hub(dataDir, 'read', '--key', current.path, '--json');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`Error: Request ${sealedOld.id} was sealed to key ${old.key.kid}, but ${current.path} is key ${current.key.kid}.\n`);
    expect((JSON.parse(run.stdout) as { message: string }[]).map((r) => r.message)).toEqual(['new']);
  });

  it('says what is wrong with a key path', async () => {
    store();
    const none = hub(dataDir, 'read');
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/read needs --key/);
    expect(hub(dataDir, 'read', '--key', join(dir, 'nowhere')).stderr).toMatch(/No key file or folder at/);
    expect(hub(dataDir, 'read', '--key', dir).stderr).toMatch(/holds no \.jwk key files/);
  });
});

describe('hub and what it prints (issue 17 G)', () => {
  const BAD = '0f0e2b7a-5c1d-4e8f-a3b2-1c0d9e8f7a6b';

  /** Writes a row straight into the database, as a damaged or tampered inbox would hold it. */
  function storeRaw(id: string, envelope: string) {
    const db = new DatabaseSync(join(dataDir, DB_FILE));
    db.prepare('INSERT INTO requests (id, received_hour, envelope) VALUES (?, ?, ?)').run(id, '2026-11-23T09:00Z', envelope);
    db.close();
  }

  it('one unreadable row is one failure: read and list go on with the rest, and exit 1', async () => {
    const { key, path } = await keyFile(join(dir, 'keys'), 'k');
    const good = await sealMessage(key, 'still here');
    store(good);
    storeRaw(BAD, '{not json');
    const read = hub(dataDir, 'read', '--key', path, '--json');
    expect(read.status).toBe(1);
    expect((JSON.parse(read.stdout) as { id: string }[]).map((r) => r.id)).toEqual([good.id]);
    expect(read.stderr).toBe(`Error: Request ${BAD} cannot be read: what is stored for it is not a sealed request.\n`);
    const list = hub(dataDir, 'list');
    expect(list.status).toBe(1);
    expect(list.stdout).toContain(good.id);
    expect(list.stdout).toContain('1 request.');
    expect(list.stderr).toContain(BAD);
    expect(JSON.parse(hub(dataDir, 'list', '--json').stdout)).toEqual([{ id: good.id, receivedHour: expect.any(String) }]);
  });

  it('never prints a control or format character a stored request holds: text, CSV and JSON', async () => {
    const { key, path } = await keyFile(join(dir, 'keys'), 'k');
    // Sealed before issue 17, when the form still let these through.
    store(await sealMessage(key, 'after 6\u202epm \u009b31m', true));
    const hidden = /(?!\n)[\p{Cc}\p{Cf}]/u;
    const text = hub(dataDir, 'read', '--key', path);
    expect(text.status).toBe(0);
    expect(text.stdout).not.toMatch(hidden);
    expect(text.stdout).toContain('after 6[U+202E]pm [U+009B]31m');
    const csv = hub(dataDir, 'read', '--key', path, '--csv');
    expect(csv.stdout.replaceAll('\r\n', '\n')).not.toMatch(hidden);
    expect(csv.stdout).toContain('after 6[U+202E]pm [U+009B]31m');
    const json = hub(dataDir, 'read', '--key', path, '--json');
    expect(json.stdout).not.toMatch(hidden);
    expect((JSON.parse(json.stdout) as { message: string }[])[0]!.message).toBe('after 6\u202epm \u009b31m');
  });
});
