// Issue 21: two Pathway servers on one PostgreSQL. A burst of sealed requests is split
// across both, some ids sent to both; one server is killed (SIGKILL) mid-burst. Every 202
// must be in the database, each id once, and the other server must keep answering.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PostgresStore } from '../../src/server/postgres-store';
import { startPostgres, type TestPostgres } from '../../scripts/lib/postgres';
import { ENDPOINT, sealedSample, startServer, type TestServer } from './support/callback';

let postgres: TestPostgres | undefined;
let servers: TestServer[] = [];
let dirs: string[] = [];
test.afterEach(async () => {
  for (const s of servers) await s.stop('SIGKILL');
  servers = [];
  postgres?.stop();
  postgres = undefined;
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

test('two servers, one database: every 202 stored once, and one server dying loses nothing', async () => {
  test.setTimeout(120_000);
  postgres = startPostgres();
  const env = { PATHWAY_DATABASE_URL: postgres.url, PATHWAY_CALLBACK_RATE_LIMIT: '0', PATHWAY_CALLBACK_GLOBAL_LIMIT: '0' };
  const a = await startServer((dirs[dirs.push(mkdtempSync(join(tmpdir(), 'pathway-a-'))) - 1])!, env);
  const b = await startServer((dirs[dirs.push(mkdtempSync(join(tmpdir(), 'pathway-b-'))) - 1])!, env);
  servers.push(a, b);

  const envelopes = await Promise.all(Array.from({ length: 120 }, () => sealedSample()));
  const accepted = new Set<string>();
  let survivorAnswers = 0;
  const post = async (server: TestServer, body: unknown): Promise<number> => {
    try {
      const r = await fetch(server.url + ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return r.status;
    } catch {
      return 0; // the killed server's connection
    }
  };
  await Promise.all(envelopes.map(async (envelope, i) => {
    // Every fifth id goes to both servers at once; the rest alternate.
    const targets = i % 5 === 0 ? [a, b] : [i % 2 ? a : b];
    if (i === 60) await a.stop('SIGKILL');
    const statuses = await Promise.all(targets.map((s) => post(s, envelope)));
    statuses.forEach((status, k) => {
      if (status === 202) accepted.add(envelope.id);
      if (targets[k] === b && status === 202) survivorAnswers++;
    });
  }));
  // After the kill, the other server still takes requests.
  const late = await sealedSample();
  expect(await post(b, late)).toBe(202);
  accepted.add(late.id);
  expect(survivorAnswers).toBeGreaterThan(40);

  const store = new PostgresStore(postgres.url);
  try {
    const ids = (await store.rows()).map((r) => r.id);
    expect(new Set(ids).size, 'each id once').toBe(ids.length);
    for (const id of accepted) expect(ids, `a 202 for ${id}`).toContain(id);
  } finally {
    await store.close();
  }
});

test('a wrong database URL stops the server at start with one line, no password', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pathway-bad-'));
  dirs.push(dir);
  const server = await startServer(dir, { PATHWAY_DATABASE_URL: 'postgres://hub:s3cret@127.0.0.1:1/pathway' });
  servers.push(server);
  await expect.poll(() => server.process.exitCode).toBe(1);
  expect(server.output()).toContain('PATHWAY_DATABASE_URL: cannot use the database at 127.0.0.1:1/pathway: nothing answers there.');
  expect(server.output()).not.toContain('s3cret');
  expect(server.output()).not.toMatch(/\n\s+at /);
});
