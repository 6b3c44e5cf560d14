// The callback endpoint under abuse and failure, each test against a built server of its
// own (127.0.0.1, a spare port, its own data folder). Loops are bounded in count.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CallbackStore, DB_FILE } from '../../src/server/callback-store';
import { bytesOf, ENDPOINT, expectedFields, fillForm, gotoForm, hubRead, hubReadAll, sealedSample, startServer, type TestServer } from './support/callback';
import { fuzzCases } from './support/fuzz';

let dataDir: string;
let servers: TestServer[] = [];
test.beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'pathway-callback-'));
});
test.afterEach(async () => {
  for (const server of servers) await server.stop('SIGKILL');
  servers = [];
  rmSync(dataDir, { recursive: true, force: true });
});

async function serve(env: Record<string, string> = {}) {
  // No limits unless a test sets one: the fuzz and burst tests post hundreds of times.
  const server = await startServer(dataDir, { PATHWAY_CALLBACK_RATE_LIMIT: '0', PATHWAY_CALLBACK_GLOBAL_LIMIT: '0', ...env });
  servers.push(server);
  return server;
}

const postJson = (server: TestServer, body: unknown) =>
  fetch(server.url + ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

test('a sealed request gets 202 with its id, and the same id twice is stored once', async () => {
  const server = await serve();
  const envelope = await sealedSample();
  for (let i = 0; i < 2; i++) {
    const response = await postJson(server, envelope);
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ id: envelope.id });
  }
  const stored = hubReadAll(dataDir);
  expect(stored.map((r) => r.id)).toEqual([envelope.id]);
});

test('DESIGN.md\'s address without the trailing slash takes the same post', async () => {
  const server = await serve();
  const envelope = await sealedSample();
  const response = await fetch(`${server.url}/api/callback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(envelope),
    redirect: 'manual',
  });
  expect(response.status).toBe(202);
  expect(await response.json()).toEqual({ id: envelope.id });
  expect(hubReadAll(dataDir).map((r) => r.id)).toEqual([envelope.id]);
});

test('1,000 malformed or hostile bodies each get a 4xx, and the server keeps serving', async () => {
  test.setTimeout(180_000);
  const server = await serve();
  const valid = await sealedSample();
  const cases = fuzzCases(valid);
  const kinds = new Set<string>();
  for (const [i, c] of cases.entries()) {
    const response = await fetch(server.url + ENDPOINT, {
      method: c.method ?? 'POST',
      redirect: 'manual',
      headers: { 'content-type': c.contentType, origin: server.url },
      body: c.method === 'GET' ? null : c.body,
    });
    const text = await response.text();
    expect(response.status, `case ${i} (${c.kind})`).toBeGreaterThanOrEqual(400);
    expect(response.status, `case ${i} (${c.kind})`).toBeLessThan(500);
    expect(text, `case ${i} (${c.kind})`).not.toMatch(/\n\s+at |Error:|node_modules/);
    kinds.add(c.kind);
    if (i % 100 === 99) expect((await fetch(`${server.url}/`)).status).toBe(200);
  }
  // Every kind of bad body was tried (19 makers in support/fuzz.ts).
  expect(kinds.size).toBe(19);
  // Still serving, still storing: a good request after all that is taken.
  expect((await postJson(server, valid)).status).toBe(202);
  expect(server.process.exitCode).toBeNull();
  expect(new CallbackStoreReader(dataDir).ids()).toEqual([valid.id]);
});

test('kill -9 during a burst of posts: every id that got a 202 is there after a restart', async () => {
  test.setTimeout(180_000);
  const server = await serve();
  const envelopes = await Promise.all(Array.from({ length: 400 }, () => sealedSample()));
  const accepted: string[] = [];
  let next = 0;
  let killed = false;
  const worker = async () => {
    while (next < envelopes.length) {
      const envelope = envelopes[next++]!;
      try {
        const response = await postJson(server, envelope);
        if (response.status === 202) accepted.push(envelope.id);
        if (accepted.length >= 120 && !killed) {
          killed = true;
          server.process.kill('SIGKILL');
        }
      } catch {
        // The server is gone mid-burst: this post got no answer, so no promise was made.
      }
    }
  };
  await Promise.all(Array.from({ length: 12 }, worker));
  expect(killed).toBe(true);
  await server.stop();
  expect(server.process.signalCode).toBe('SIGKILL');

  const restarted = await serve();
  expect((await fetch(`${restarted.url}/`)).status).toBe(200);
  const stored = new Set(new CallbackStoreReader(dataDir).ids());
  const missing = accepted.filter((id) => !stored.has(id));
  expect(accepted.length).toBeGreaterThanOrEqual(120);
  expect(accepted.length, 'the kill came mid-burst').toBeLessThan(envelopes.length);
  expect(missing).toEqual([]);
  // And what is stored still opens.
  expect(hubRead(dataDir).status).toBe(0);
});

test('after a round trip, neither the database files nor the server output hold the phone number', async ({ page }) => {
  const server = await serve();
  const message = `plain ${Date.now()}`;
  await gotoForm(page, server.url);
  await fillForm(page, { phone: '07911 123 456', message });
  const posted = page.waitForResponse((r) => r.url().endsWith(ENDPOINT));
  await page.getByRole('button', { name: 'Send request' }).click();
  expect((await posted).status()).toBe(202);
  // And one without JavaScript, sealed by the server.
  const form = new URLSearchParams({
    lang: 'en', phone: '07911 123 456', days: 'mon', times: 'evening', voicemail: 'no', text: 'no',
    cover: 'survey', language: 'English', interpreter: 'no', region: 'glasgow', message,
  });
  const plain = await fetch(server.url + ENDPOINT, {
    method: 'POST', redirect: 'manual', body: form,
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
  });
  expect(plain.status).toBe(303);
  const opened = hubReadAll(dataDir);
  expect(opened).toHaveLength(2);
  expect(opened.find((r) => r.cover === 'own-words')).toMatchObject(expectedFields('+447911123456', message));

  const variants = ['07911123456', '+447911123456', '447911123456', '7911123456', '07911 123 456', '07911 123456', '+44 7911 123456', '911123456', message];
  const files = ['', '-wal', '-shm'].map((suffix) => bytesOf(join(dataDir, DB_FILE + suffix)));
  expect(files[0]!.length + files[1]!.length).toBeGreaterThan(0);
  const output = server.output();
  for (const v of variants) {
    for (const [i, bytes] of files.entries()) {
      expect(bytes.includes(Buffer.from(v)), `${v} in database file ${i}`).toBe(false);
      expect(bytes.includes(Buffer.from(v, 'utf16le')), `${v} (UTF-16) in database file ${i}`).toBe(false);
    }
    expect(output.includes(v), `${v} in server output`).toBe(false);
  }
  expect(output).not.toMatch(/127\.0\.0\.1:\d+\/api|Origin|7911/);
});

test('posts beyond the rate limit get 429 with a clear message, and nothing about the client is stored', async () => {
  const server = await serve({ PATHWAY_CALLBACK_RATE_LIMIT: '3' });
  const statuses: number[] = [];
  for (let i = 0; i < 5; i++) statuses.push((await postJson(server, await sealedSample())).status);
  expect(statuses).toEqual([202, 202, 202, 429, 429]);
  const refused = await postJson(server, await sealedSample());
  expect(await refused.json()).toMatchObject({ error: 'rate-limited' });
  const raw = files(dataDir);
  expect(raw.includes(Buffer.from('127.0.0.1'))).toBe(false);
});

test('a wrong key or a tampered envelope gives the hub a clear error, not garbage', async () => {
  const server = await serve();
  const envelope = await sealedSample();
  expect((await postJson(server, envelope)).status).toBe(202);
  await server.stop();
  // Tamper with the stored ciphertext directly, as someone with the database could.
  const store = new CallbackStore(dataDir);
  const flipped = envelope.ct.startsWith('A') ? `B${envelope.ct.slice(1)}` : `A${envelope.ct.slice(1)}`;
  store.delete(envelope.id);
  store.put({ ...envelope, ct: flipped });
  store.close();
  const other = mkdtempSync(join(tmpdir(), 'pathway-otherkey-'));
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/hub.ts', 'keygen', '--out', other]);
  const wrongKey = hubRead(dataDir, join(other, 'callback.private.jwk'));
  rmSync(other, { recursive: true, force: true });
  expect(wrongKey.status).toBe(1);
  expect(wrongKey.stderr).toMatch(new RegExp(`Request ${envelope.id} was sealed to key \\S+, but .* is key \\S+\\.`));

  const tampered = hubRead(dataDir);
  expect(tampered.status).toBe(1);
  expect(tampered.stderr).toContain(`Request ${envelope.id} cannot be opened: it was sealed to another key, or it has been changed since it was sealed.`);
  expect(JSON.parse(tampered.stdout)).toEqual([]);
});

class CallbackStoreReader {
  constructor(readonly dir: string) {}
  ids(): string[] {
    const store = new CallbackStore(this.dir);
    try {
      return store.list().map((r) => r.id);
    } finally {
      store.close();
    }
  }
}

function files(dir: string): Buffer {
  return Buffer.concat(['', '-wal', '-shm'].map((suffix) => bytesOf(join(dir, DB_FILE + suffix))));
}
