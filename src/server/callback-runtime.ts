// The endpoint as the built server runs it: one inbox and one set of limits per process,
// made on first use, with the settings of callback-settings.ts.
import keySettings, { retired } from 'virtual:pathway/callback-key';
import { createCallbackHandler, type CallbackHandler } from './callback-handler';
import { createHubHandler, type HubHandler } from './hub-handler';
import { callbackSettings, WINDOW_MS, type CallbackSettings } from './callback-settings';
import { CallbackStore } from './callback-store';
import { PostgresStore } from './postgres-store';
import type { RequestStore } from './request-store';
import { clientKey } from './client-key';
import { log } from './log';
import { RateLimiter } from './rate-limit';

let settings: CallbackSettings | undefined;
let store: RequestStore | undefined;
let handler: CallbackHandler | undefined;
let hub: HubHandler | undefined;
/** Calls to the hub endpoint per client per window: a pull makes a few; guessing needs millions. */
const HUB_CALLS = 60;

const current = (): CallbackSettings => (settings ??= callbackSettings(process.env));

/** The inbox: PostgreSQL when PATHWAY_DATABASE_URL is set, else SQLite in PATHWAY_DATA_DIR (default .data/). */
export function callbackStore(): RequestStore {
  const { databaseUrl, dataDir } = current();
  store ??= databaseUrl ? new PostgresStore(databaseUrl) : new CallbackStore(dataDir);
  return store;
}

/**
 * Answers one post to the endpoint. `socketAddress` is the address the connection came
 * from (Astro's clientAddress), undefined when the socket has already closed.
 */
export function handleCallback(request: Request, socketAddress: string | undefined): Promise<Response> {
  const { perClient, global, inboxMax, trustedProxies } = current();
  handler ??= createCallbackHandler({
    key: keySettings,
    retired,
    now: () => new Date(),
    store: callbackStore,
    perClient: new RateLimiter({ max: perClient, windowMs: WINDOW_MS }),
    // One key for everyone: one window to remember.
    everyone: new RateLimiter({ max: global, windowMs: WINDOW_MS, maxClients: 1 }),
    inboxMax,
    log,
  });
  return handler(request, clientKey(socketAddress, request.headers.get('x-forwarded-for'), trustedProxies));
}

/** Answers the hub's pull (issue 20): the same inbox, its own token and limit. */
export function handleHub(request: Request, socketAddress: string | undefined): Promise<Response> {
  const { hubTokenHash, trustedProxies } = current();
  hub ??= createHubHandler({
    tokenHash: hubTokenHash,
    store: callbackStore,
    limiter: new RateLimiter({ max: HUB_CALLS, windowMs: WINDOW_MS }),
  });
  return hub(request, clientKey(socketAddress, request.headers.get('x-forwarded-for'), trustedProxies));
}

let searchLimit: RateLimiter | undefined;

/**
 * Whether a client may have another search rendered by the server (issue 19): each costs
 * the server a search, so a client gets PATHWAY_SEARCH_RATE_LIMIT per 10 minutes (a
 * person reading results sends a few a minute). `socketAddress` as for handleCallback.
 */
export function allowSearch(request: Request, socketAddress: string | undefined): boolean {
  const { searches, trustedProxies } = current();
  if (searches <= 0) return true;
  searchLimit ??= new RateLimiter({ max: searches, windowMs: WINDOW_MS });
  return searchLimit.allow(clientKey(socketAddress, request.headers.get('x-forwarded-for'), trustedProxies));
}
