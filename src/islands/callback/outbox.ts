// The outbox: every sealed envelope from the moment she presses Send until the server
// has answered 202 for its id (src/islands/callback/courier.ts sends them). Only the
// envelope is kept (ciphertext, key id, random id): nothing on the phone is readable.
// The database exists only while something waits in it, so browsing leaves no trace.
import { deleteDB, openDB, type DBSchema } from 'idb';
import type { Envelope } from '../../lib/callback/envelope';
import { OUTBOX_DATABASE as DB_NAME } from '../../lib/storage-names';

const STORE = 'sealed';
const LOCK = 'pathway-outbox';

interface OutboxSchema extends DBSchema {
  sealed: { key: string; value: Envelope };
}

const open = () =>
  openDB<OutboxSchema>(DB_NAME, 1, {
    upgrade: (db) => void db.createObjectStore(STORE, { keyPath: 'id' }),
  });

/** Whether the outbox exists, without creating it (which opening would). */
async function exists(): Promise<boolean> {
  if (typeof indexedDB.databases !== 'function') return true;
  return (await indexedDB.databases()).some((db) => db.name === DB_NAME);
}

/** Deletes the whole database once it is empty, so not even its name stays behind. */
async function closeAndTidy(db: Awaited<ReturnType<typeof open>>): Promise<void> {
  const left = await db.count(STORE);
  db.close();
  if (left === 0) await deleteDB(DB_NAME);
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * One outbox operation at a time, across every page of the site that is open (Web Locks):
 * otherwise a look that finds the outbox empty, in this page or one being left, can delete
 * the database while another operation is putting a request into it, and the request is
 * lost. Without Web Locks, operations still queue within the page.
 */
function exclusive<T>(task: () => Promise<T>): Promise<T> {
  if (typeof navigator !== 'undefined' && 'locks' in navigator) return navigator.locks.request(LOCK, task);
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export function waiting(): Promise<Envelope[]> {
  return exclusive(async () => {
    if (!(await exists())) return [];
    const db = await open();
    const all = await db.getAll(STORE);
    await closeAndTidy(db);
    return all;
  });
}

/**
 * Stores the envelope and resolves only once its transaction has committed (issue 17's
 * write-ahead: the request is on the phone before it is posted or the form is cleared).
 * Rejects when IndexedDB is unavailable or full; nothing is posted then by the caller.
 */
export function keep(envelope: Envelope): Promise<void> {
  const { v, kid, enc, ct, id } = envelope; // exactly the envelope, nothing more
  return exclusive(async () => {
    const db = await open();
    try {
      const tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
      await Promise.all([tx.store.put({ v, kid, enc, ct, id }), tx.done]);
    } finally {
      db.close();
    }
  });
}

export function drop(id: string): Promise<void> {
  return exclusive(async () => {
    if (!(await exists())) return;
    const db = await open();
    await db.delete(STORE, id);
    await closeAndTidy(db);
  });
}
