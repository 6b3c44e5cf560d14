// `npm run hub` itself (scripts/hub.ts), run in a child process on a temporary inbox.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CallbackStore } from '../../src/server/callback-store';
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
