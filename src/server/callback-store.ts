// The callback inbox: sealed envelopes only, in SQLite (node:sqlite). WAL with
// synchronous=FULL means a request is on disk (fsync) before the endpoint answers 202.
// Its files are the owner's alone (0600) whatever the umask: the envelopes are sealed,
// but their number and arrival hours are nobody else's business either.
import { chmodSync, closeSync, mkdirSync, openSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Envelope } from '../lib/callback/envelope';
import { MIGRATIONS } from './store-migrations.ts';

export interface StoredRequest {
  id: string;
  /** When it arrived, to the hour only ("2026-11-23T09:00Z"): a finer time could help tell who sent it. */
  receivedHour: string;
  envelope: Envelope;
}

/** A row as stored, its envelope not yet parsed (the hub reads each on its own). */
export interface RawRow {
  id: string;
  receivedHour: string;
  envelope: string;
}

export const DB_FILE = 'callback.sqlite';
const FILE_MODE = 0o600;

/** True when the group or others may read, write or enter `dir`; false for 0700 or no folder. */
export function isOpenToOthers(dir: string): boolean {
  try {
    return (statSync(dir).mode & 0o077) !== 0;
  } catch {
    return false;
  }
}

/** chmod when the file exists (an older version may have made it under a loose umask). */
function closeUp(path: string): void {
  try {
    chmodSync(path, FILE_MODE);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw error;
  }
}

/** The hour a time falls in, as an ISO string without minutes. */
export function toHour(date: Date): string {
  return `${date.toISOString().slice(0, 13)}:00Z`;
}

export class CallbackStore {
  readonly #db: DatabaseSync;

  constructor(dir: string) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const file = join(dir, DB_FILE);
    // Made 0600 before SQLite opens it: SQLite gives the -wal and -shm it creates the
    // database file's mode.
    closeSync(openSync(file, 'a', FILE_MODE));
    for (const suffix of ['', '-wal', '-shm']) closeUp(file + suffix);
    this.#db = new DatabaseSync(file);
    this.#db.exec(`
      PRAGMA journal_mode = WAL;
      PRAGMA synchronous = FULL;
      PRAGMA busy_timeout = 5000;
      PRAGMA secure_delete = ON;
    `);
    this.#migrate();
  }

  /** Runs the migrations this file has not had yet (store-migrations.ts), each in a transaction. */
  #migrate(): void {
    const current = Number(this.#db.prepare('PRAGMA user_version').get()?.user_version ?? 0);
    for (const m of MIGRATIONS.filter((x) => x.version > current)) {
      this.#db.exec('BEGIN IMMEDIATE');
      try {
        this.#db.exec(m.sqlite);
        this.#db.exec(`PRAGMA user_version = ${m.version}`);
        this.#db.exec('COMMIT');
      } catch (error) {
        this.#db.exec('ROLLBACK');
        throw error;
      }
    }
  }

  /** Stores an envelope once; true when it is new, false when that id was already there. */
  put(envelope: Envelope, now = new Date()): boolean {
    const result = this.#db
      .prepare('INSERT OR IGNORE INTO requests (id, received_hour, envelope) VALUES (?, ?, ?)')
      .run(envelope.id, toHour(now), JSON.stringify(envelope));
    return Number(result.changes) === 1;
  }

  /**
   * Stores rows pulled from the site (issue 20) as they came: envelope text and hour
   * untouched, each id once. One transaction, so with synchronous=FULL they are all on
   * disk (fsync) when this returns, or none are. Returns how many were new.
   */
  putRows(rows: readonly RawRow[]): number {
    const insert = this.#db.prepare('INSERT OR IGNORE INTO requests (id, received_hour, envelope) VALUES (?, ?, ?)');
    this.#db.exec('BEGIN IMMEDIATE');
    try {
      let added = 0;
      for (const row of rows) added += Number(insert.run(row.id, row.receivedHour, row.envelope).changes);
      this.#db.exec('COMMIT');
      return added;
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
    }
  }

  /** Every row (or the first `limit`), oldest hour first, envelopes as stored text. */
  rows(limit = -1): RawRow[] {
    const rows = this.#db.prepare('SELECT id, received_hour, envelope FROM requests ORDER BY received_hour, id LIMIT ?').all(limit);
    return rows.map((row) => ({ id: String(row.id), receivedHour: String(row.received_hour), envelope: String(row.envelope) }));
  }

  /** Every request, oldest hour first; throws if one envelope is not JSON (the hub uses rows()). */
  list(): StoredRequest[] {
    return this.rows().map((row) => ({ ...row, envelope: JSON.parse(row.envelope) as Envelope }));
  }

  /** How many requests the inbox holds. */
  count(): number {
    return Number(this.#db.prepare('SELECT count(*) AS n FROM requests').get()?.n ?? 0);
  }

  has(id: string): boolean {
    return this.#db.prepare('SELECT 1 FROM requests WHERE id = ?').get(id) !== undefined;
  }

  delete(id: string): boolean {
    return Number(this.#db.prepare('DELETE FROM requests WHERE id = ?').run(id).changes) === 1;
  }

  /** Deletes requests received more than `days` days before `now`; returns how many. */
  purgeOlderThan(days: number, now = new Date()): number {
    const cutoff = toHour(new Date(now.getTime() - days * 86_400_000));
    return Number(this.#db.prepare('DELETE FROM requests WHERE received_hour < ?').run(cutoff).changes);
  }

  close(): void {
    this.#db.close();
  }
}
