// What the endpoints ask of the store (issue 21): the embedded SQLite (callback-store.ts,
// synchronous) and PostgreSQL (postgres-store.ts, asynchronous) both answer it, and the
// handlers await either. A method that throws (a lost database) makes the endpoint
// answer 503; the phone's outbox keeps the request and tries again.
import type { Envelope } from '../lib/callback/envelope';
import type { RawRow } from './callback-store';

type Maybe<T> = T | Promise<T>;

export interface RequestStore {
  /** Stores an envelope once; true when new. Committed durably before it returns. */
  put(envelope: Envelope): Maybe<boolean>;
  count(): Maybe<number>;
  /** The first `limit` rows (all without), oldest hour first, envelopes as stored text. */
  rows(limit?: number): Maybe<RawRow[]>;
  delete(id: string): Maybe<boolean>;
}
