// One store and one rate limiter per server process, made on first use. Settings come
// from the environment the built server is started with.
import { CallbackStore } from './callback-store';
import { RateLimiter } from './rate-limit';

let store: CallbackStore | undefined;
let limiter: RateLimiter | undefined;

export function callbackStore(): CallbackStore {
  store ??= new CallbackStore(process.env.PATHWAY_DATA_DIR || '.data');
  return store;
}

/** PATHWAY_CALLBACK_RATE_LIMIT: posts per client per 10 minutes (default 20; 0 turns it off). */
export function rateLimiter(): RateLimiter {
  const configured = Number(process.env.PATHWAY_CALLBACK_RATE_LIMIT ?? 20);
  limiter ??= new RateLimiter({ max: Number.isFinite(configured) ? configured : 20, windowMs: 10 * 60_000 });
  return limiter;
}
