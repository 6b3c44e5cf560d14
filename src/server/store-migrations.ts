// The request store's schema, as numbered migrations run at start-up on either engine
// (issue 21): SQLite records the version in PRAGMA user_version, PostgreSQL in the table
// pathway_migrations. A migration is never edited once released: add the next one.
// Runs under Node's own type stripping too (serve.ts's start-up).

export interface Migration {
  version: number;
  sqlite: string;
  postgres: string;
}

/**
 * Only what a request needs: its random id (unique: the same id twice is stored once,
 * also when two servers take it at the same moment), the hour it came (never finer), and
 * the sealed envelope. No address, no time to the minute, nothing the server could read.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sqlite: `CREATE TABLE IF NOT EXISTS requests (
      id TEXT PRIMARY KEY,
      received_hour TEXT NOT NULL,
      envelope TEXT NOT NULL
    ) STRICT;`,
    postgres: `CREATE TABLE IF NOT EXISTS requests (
      id text PRIMARY KEY,
      received_hour text NOT NULL,
      envelope text NOT NULL
    );`,
  },
];
