// The endpoint as the built server runs it: one inbox and one rate limiter per process,
// made on first use, with settings from the environment the server is started with.
import keySettings from 'virtual:pathway/callback-key';
import { createCallbackHandler, type CallbackHandler } from './callback-handler';
import { CallbackStore } from './callback-store';
import { log } from './log';
import { RateLimiter } from './rate-limit';

let store: CallbackStore | undefined;
let handler: CallbackHandler | undefined;

/** The inbox in PATHWAY_DATA_DIR (default .data/). */
export function callbackStore(): CallbackStore {
  store ??= new CallbackStore(process.env.PATHWAY_DATA_DIR || '.data');
  return store;
}

/** PATHWAY_CALLBACK_RATE_LIMIT: posts per client per 10 minutes (default 20; 0 turns it off). */
function rateLimiter(): RateLimiter {
  const configured = Number(process.env.PATHWAY_CALLBACK_RATE_LIMIT ?? 20);
  return new RateLimiter({ max: Number.isFinite(configured) ? configured : 20, windowMs: 10 * 60_000 });
}

/** Answers one post to the endpoint; `client` is the key the rate limit counts by. */
export function handleCallback(request: Request, client: string): Promise<Response> {
  handler ??= createCallbackHandler({ key: keySettings, store: callbackStore, perClient: rateLimiter(), log });
  return handler(request, client);
}
