// The endpoint's settings, from the environment the built server is started with
// (README, "Callback requests"). serve.ts reads them once at start so a mistake stops the
// server with a message naming the setting, instead of failing the first post.
import type { BlockList } from 'node:net';
import { parseTrustedProxies } from './client-key.ts';
import { parseHubTokenHash } from './hub-token.ts';

/** Every limit counts posts in a fixed window of this many milliseconds (10 minutes). */
export const WINDOW_MS = 10 * 60_000;

export interface CallbackSettings {
  /** PATHWAY_DATA_DIR: the inbox's folder. */
  dataDir: string;
  /** PATHWAY_CALLBACK_RATE_LIMIT: posts per client per window; 0 = no limit. */
  perClient: number;
  /** PATHWAY_CALLBACK_GLOBAL_LIMIT: posts from all clients together per window; 0 = no limit. */
  global: number;
  /** PATHWAY_INBOX_MAX_REQUESTS: requests the inbox holds before new ones get 503; 0 = no limit. */
  inboxMax: number;
  /** PATHWAY_TRUSTED_PROXIES: proxies whose X-Forwarded-For is believed (client-key.ts). */
  trustedProxies: BlockList;
  /** PATHWAY_HUB_TOKEN_SHA256: the hub pull token's hash; unset turns /api/hub/ off. */
  hubTokenHash: string | null;
  /** PATHWAY_DATABASE_URL: PostgreSQL for the store (postgres-store.ts); unset, SQLite in dataDir. */
  databaseUrl: string | null;
  /** PATHWAY_SEARCH_RATE_LIMIT: searches sent without JavaScript per client per window; 0 = no limit. */
  searches: number;
}

export const DEFAULTS = { perClient: 20, global: 600, inboxMax: 10_000, searches: 300 } as const;

function whole(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const value = env[name]?.trim();
  if (!value) return fallback;
  if (!/^\d{1,9}$/.test(value)) throw new Error(`${name}: "${value}" is not a whole number (0 turns the limit off).`);
  return Number(value);
}

/** The settings in `env`; throws, naming the setting, for a value it cannot use. */
export function callbackSettings(env: Record<string, string | undefined> = process.env): CallbackSettings {
  return {
    dataDir: env.PATHWAY_DATA_DIR || '.data',
    perClient: whole(env, 'PATHWAY_CALLBACK_RATE_LIMIT', DEFAULTS.perClient),
    global: whole(env, 'PATHWAY_CALLBACK_GLOBAL_LIMIT', DEFAULTS.global),
    inboxMax: whole(env, 'PATHWAY_INBOX_MAX_REQUESTS', DEFAULTS.inboxMax),
    trustedProxies: parseTrustedProxies(env.PATHWAY_TRUSTED_PROXIES),
    hubTokenHash: parseHubTokenHash(env.PATHWAY_HUB_TOKEN_SHA256),
    databaseUrl: env.PATHWAY_DATABASE_URL?.trim() || null,
    searches: whole(env, 'PATHWAY_SEARCH_RATE_LIMIT', DEFAULTS.searches),
  };
}
