// The callback store on PostgreSQL (issue 21), for a hub that runs more than one server:
// PATHWAY_DATABASE_URL=postgres://… selects it (callback-runtime.ts); unset, the embedded
// SQLite store (callback-store.ts) stays the default. The same promises as SQLite:
// - a request is durably committed before the endpoint answers 202 (a plain INSERT in
//   autocommit; PostgreSQL's synchronous_commit is on by default, so COMMIT waits for
//   the WAL's fsync);
// - the same id twice is stored once, also when two servers take it at the same moment
//   (the primary key and ON CONFLICT DO NOTHING, never a read-then-write);
// - only the id, the coarse hour and the envelope are stored.
// Runs under Node's own type stripping too (serve.ts's start-up check).
import pg from 'pg';
import type { Envelope } from '../lib/callback/envelope';
import { toHour, type RawRow } from './callback-store.ts';
import { MIGRATIONS } from './store-migrations.ts';

/** Any number, so that two servers starting together migrate one after the other. */
const MIGRATION_LOCK = 0x7061_7468; // "path"

export class PostgresStore {
  readonly #pool: pg.Pool;
  #ready: Promise<void> | null = null;

  /** `url`: postgres://user:password@host:port/database (or ?host=/socket/dir). */
  constructor(url: string) {
    // A lost database must not hang a post: give up after 5 s and answer 503.
    this.#pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000, query_timeout: 10_000 });
    // An idle connection that breaks (the database restarted) is dropped, not thrown.
    this.#pool.on('error', () => undefined);
  }

  /** Runs the migrations the database has not had yet; once per process, safe from many. */
  migrate(): Promise<void> {
    this.#ready ??= this.#runMigrations().catch((error: unknown) => {
      this.#ready = null;
      throw error;
    });
    return this.#ready;
  }

  async #runMigrations(): Promise<void> {
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query('CREATE TABLE IF NOT EXISTS pathway_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
      const done = new Set((await client.query<{ version: number }>('SELECT version FROM pathway_migrations')).rows.map((r) => r.version));
      for (const m of MIGRATIONS.filter((x) => !done.has(x.version))) {
        await client.query(m.postgres);
        await client.query('INSERT INTO pathway_migrations (version) VALUES ($1)', [m.version]);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** Stores an envelope once; true when it is new, false when that id was already there. */
  async put(envelope: Envelope, now = new Date()): Promise<boolean> {
    await this.migrate();
    const result = await this.#pool.query('INSERT INTO requests (id, received_hour, envelope) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING', [
      envelope.id, toHour(now), JSON.stringify(envelope),
    ]);
    return result.rowCount === 1;
  }

  async count(): Promise<number> {
    await this.migrate();
    return Number((await this.#pool.query<{ n: string }>('SELECT count(*) AS n FROM requests')).rows[0]?.n ?? 0);
  }

  /** Every row (or the first `limit`), oldest hour first, envelopes as stored text. */
  async rows(limit?: number): Promise<RawRow[]> {
    await this.migrate();
    const result = await this.#pool.query<{ id: string; received_hour: string; envelope: string }>(
      'SELECT id, received_hour, envelope FROM requests ORDER BY received_hour, id LIMIT $1', [limit ?? null],
    );
    return result.rows.map((r) => ({ id: r.id, receivedHour: r.received_hour, envelope: r.envelope }));
  }

  async has(id: string): Promise<boolean> {
    await this.migrate();
    return ((await this.#pool.query('SELECT 1 FROM requests WHERE id = $1', [id])).rowCount ?? 0) > 0;
  }

  async delete(id: string): Promise<boolean> {
    await this.migrate();
    return (await this.#pool.query('DELETE FROM requests WHERE id = $1', [id])).rowCount === 1;
  }

  close(): Promise<void> {
    return this.#pool.end();
  }
}

/**
 * What is wrong with a database URL, in one line and without the password, or null when
 * the database takes connections and its migrations ran. For serve.ts's start-up.
 */
export async function checkDatabase(url: string): Promise<string | null> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'PATHWAY_DATABASE_URL is not a URL (postgres://user:password@host:5432/database).';
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    return `PATHWAY_DATABASE_URL must start with postgres://, not ${parsed.protocol}//.`;
  }
  const where = `${parsed.hostname || parsed.searchParams.get('host') || 'localhost'}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname}`;
  const store = new PostgresStore(url);
  try {
    await store.migrate();
    return null;
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    const reason: Record<string, string> = {
      ECONNREFUSED: 'nothing answers there', ENOTFOUND: 'no such host', ENOENT: 'no such socket',
      ETIMEDOUT: 'it did not answer in time', '28P01': 'it refused the user name or password', '28000': 'it refused the user',
      '3D000': 'no such database', '42501': 'the user may not create the tables',
    };
    return `PATHWAY_DATABASE_URL: cannot use the database at ${where}: ${reason[code] ?? (code ? `error ${code}` : 'it could not be reached')}.`;
  } finally {
    await store.close().catch(() => undefined);
  }
}
