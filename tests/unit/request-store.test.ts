// Issue 21: one store suite, run on both engines: the embedded SQLite (the default) and a
// real PostgreSQL (a throwaway cluster, scripts/lib/postgres.ts). Nothing is mocked.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../src/lib/callback/envelope';
import { CallbackStore, DB_FILE } from '../../src/server/callback-store';
import { checkDatabase, PostgresStore } from '../../src/server/postgres-store';
import type { RequestStore } from '../../src/server/request-store';
import { MIGRATIONS } from '../../src/server/store-migrations';
import { createCallbackHandler } from '../../src/server/callback-handler';
import { makeKey } from './support/callback-handler';
import { sealRequest } from '../../src/lib/callback/seal';
import { validateRequest } from '../../src/lib/callback/request';
import { SAMPLE } from './support/callback-handler';
import { startPostgres, type TestPostgres } from '../../scripts/lib/postgres';

const envelope = (id = randomUUID()): Envelope => ({ v: 1, kid: 'k'.repeat(16), enc: 'e', ct: 'c', id });

let postgres: TestPostgres;
let dir: string;
beforeAll(() => {
  postgres = startPostgres();
  dir = mkdtempSync(join(tmpdir(), 'request-store-'));
}, 60_000);
afterAll(() => {
  postgres?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The columns of `requests`, as the engine has them. */
async function columns(engine: string): Promise<string[]> {
  if (engine === 'sqlite') {
    const { DatabaseSync } = await import('node:sqlite');
    const db = new DatabaseSync(join(dir, engine, DB_FILE));
    try {
      return db.prepare('PRAGMA table_info(requests)').all().map((r) => String(r.name)).sort();
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: postgres.url });
  await client.connect();
  try {
    return (await client.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'requests'")).rows.map((r) => String(r.column_name)).sort();
  } finally {
    await client.end();
  }
}

const engines: [string, () => RequestStore & { close(): unknown; has(id: string): boolean | Promise<boolean> }][] = [
  ['sqlite', () => new CallbackStore(join(dir, 'sqlite'))],
  ['postgres', () => new PostgresStore(postgres.url)],
];

describe.each(engines)('the %s store', (engine, open) => {
  let store: ReturnType<typeof open>;
  beforeEach(async () => {
    store?.close();
    store = open();
    for (const row of await store.rows()) await store.delete(row.id);
  });

  it('stores an id once, and says which put was new', async () => {
    const e = envelope();
    expect(await store.put(e)).toBe(true);
    expect(await store.put(e)).toBe(false);
    expect(await store.count()).toBe(1);
    expect(await store.has(e.id)).toBe(true);
  });

  it('stores an id once when many take it at the same moment (a unique key, not read-then-write)', async () => {
    const e = envelope();
    const others = [open(), open(), open()];
    const results = await Promise.all([store, ...others].flatMap((s) => [s.put(e), s.put(e)]));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await store.count()).toBe(1);
    for (const o of others) await o.close();
  });

  it('keeps the id, the hour and the envelope, and nothing else', async () => {
    await store.put(envelope());
    expect(await columns(engine)).toEqual(['envelope', 'id', 'received_hour']);
    const [row] = await store.rows();
    expect(row!.receivedHour).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:00Z$/);
  });

  it('lists oldest first, a limit at a time, and deletes by id', async () => {
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    for (const id of ids) await store.put(envelope(id));
    expect(await store.rows(2)).toHaveLength(2);
    expect(await store.delete(ids[0]!)).toBe(true);
    expect(await store.delete(ids[0]!)).toBe(false);
    expect((await store.rows()).map((r) => r.id).sort()).toEqual(ids.slice(1).sort());
  });

  it('has run every migration, and running them again changes nothing', async () => {
    await store.count();
    await open().close(); // a second opening migrates again: a no-op
    expect(await columns(engine)).toEqual(['envelope', 'id', 'received_hour']);
    expect(MIGRATIONS.at(-1)!.version).toBeGreaterThan(0);
  });
});

describe('PostgreSQL when things go wrong', () => {
  it('names what is wrong with a database URL in one line, never the password', async () => {
    const refused = await checkDatabase('postgres://hub:s3cret@127.0.0.1:1/pathway');
    expect(refused).toMatch(/^PATHWAY_DATABASE_URL: cannot use the database at 127\.0\.0\.1:1\/pathway: nothing answers there\.$/);
    expect(refused).not.toContain('s3cret');
    expect(await checkDatabase('mysql://x@y/z')).toMatch(/must start with postgres:\/\//);
    expect(await checkDatabase('not a url')).toMatch(/is not a URL/);
    expect(await checkDatabase(postgres.url.replace('/pathway?', '/nope?'))).toMatch(/no such database/);
    expect(await checkDatabase(postgres.url)).toBeNull();
  });

  it('answers 503 while the database is away, and takes requests again when it is back', async () => {
    const { key } = await makeKey();
    const store = new PostgresStore(postgres.url);
    const lines: string[] = [];
    const handle = createCallbackHandler({
      key, retired: [], now: () => new Date(), store: () => store, inboxMax: 0, log: (event, detail) => void lines.push(`${event} ${detail ?? ''}`),
      perClient: { allow: () => true }, everyone: { allow: () => true },
    });
    const checked = validateRequest(SAMPLE);
    if (!checked.ok) throw new Error('sample');
    const post = async () => handle(new Request('http://x/api/callback/', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(await sealRequest(key, checked.request)),
    }), 'a');
    expect((await post()).status).toBe(202);
    postgres.pause();
    try {
      expect((await post()).status).toBe(503);
    } finally {
      postgres.resume();
    }
    expect((await post()).status).toBe(202);
    expect(await store.count()).toBeGreaterThanOrEqual(2);
    expect(lines.some((l) => l.startsWith('store-failed'))).toBe(true);
    await store.close();
  }, 60_000);
});
