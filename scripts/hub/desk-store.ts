// The coordinator's own record of each request (issue 20): its status and a short note.
// Kept only in the local inbox on her machine (the same SQLite file `pull` fills, table
// `desk`), never sent anywhere. Closing a request starts its retention clock; once that
// has run, the note and the request's ciphertext are deleted together.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { DB_FILE } from '../../src/server/callback-store.ts';

export const STATUSES = ['new', 'tried', 'reached', 'closed'] as const;
export type Status = (typeof STATUSES)[number];
export const MAX_NOTE = 500;

export interface DeskEntry {
  status: Status;
  note: string;
  /** When she closed it (ISO), or null. */
  closedAt: string | null;
}

export const isStatus = (value: unknown): value is Status => STATUSES.includes(value as Status);

export class DeskStore {
  readonly #db: DatabaseSync;

  /** `dir`: the local inbox's folder; the inbox (CallbackStore) must have made its file. */
  constructor(dir: string) {
    this.#db = new DatabaseSync(join(dir, DB_FILE));
    this.#db.exec(`
      PRAGMA busy_timeout = 5000;
      PRAGMA secure_delete = ON;
      CREATE TABLE IF NOT EXISTS desk (
        id TEXT PRIMARY KEY,
        status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'tried', 'reached', 'closed')),
        note TEXT NOT NULL DEFAULT '',
        closed_at TEXT,
        page TEXT
      ) STRICT;
    `);
  }

  /** Remembers the page (neutral id) a report is about; plaintext, so on this machine only. */
  setPage(id: string, page: string): void {
    this.#db
      .prepare(`INSERT INTO desk (id, page) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET page = excluded.page`)
      .run(id, page);
  }

  /** The entry of `id`; a request she has not touched is new with no note. */
  entry(id: string): DeskEntry {
    const row = this.#db.prepare('SELECT status, note, closed_at FROM desk WHERE id = ?').get(id);
    if (!row) return { status: 'new', note: '', closedAt: null };
    return { status: row.status as Status, note: String(row.note), closedAt: row.closed_at === null ? null : String(row.closed_at) };
  }

  /** Sets the status and note; closing stamps the time (the retention clock), reopening clears it. */
  update(id: string, status: Status, note: string, now = new Date()): void {
    const closedAt = status === 'closed' ? (this.entry(id).closedAt ?? now.toISOString()) : null;
    this.#db
      .prepare(`INSERT INTO desk (id, status, note, closed_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET status = excluded.status, note = excluded.note, closed_at = excluded.closed_at`)
      .run(id, status, note.slice(0, MAX_NOTE), closedAt);
  }

  /**
   * Deletes, together, the note and the ciphertext of every request closed more than
   * `days` days before `now` (0: at once). Returns how many requests went.
   */
  purgeClosed(days: number, now = new Date()): number {
    const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
    this.#db.exec('BEGIN IMMEDIATE');
    try {
      const ids = this.#db.prepare("SELECT id FROM desk WHERE status = 'closed' AND closed_at <= ?").all(cutoff).map((r) => String(r.id));
      const dropRequest = this.#db.prepare('DELETE FROM requests WHERE id = ?');
      const dropEntry = this.#db.prepare('DELETE FROM desk WHERE id = ?');
      for (const id of ids) {
        dropRequest.run(id);
        dropEntry.run(id);
      }
      this.#db.exec('COMMIT');
      return ids.length;
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
    }
  }

  close(): void {
    this.#db.close();
  }
}

/**
 * The pages (neutral ids) with a report not yet closed, from the local inbox in `dir`,
 * read only; none when there is no inbox or the inbox page has never opened it.
 * For check:content, which needs no key for this.
 */
export function openReportPages(dir: string): string[] {
  const file = join(dir, DB_FILE);
  if (!existsSync(file)) return [];
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return db.prepare("SELECT DISTINCT page FROM desk WHERE page IS NOT NULL AND status != 'closed'").all().map((r) => String(r.page));
  } catch {
    return []; // no desk table yet
  } finally {
    db.close();
  }
}
