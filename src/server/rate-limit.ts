// A per-client limit on posts, in memory only. The client is known by a hash of its
// address with a salt made when the process starts, so nothing here can be turned back
// into an address, and a restart forgets everyone.
import { createHash, randomBytes } from 'node:crypto';

export interface RateLimitOptions {
  /** Posts allowed per client per window; 0 turns the limit off. */
  max: number;
  windowMs: number;
  /** Clients remembered at once; the oldest are forgotten first. */
  maxClients?: number;
}

export class RateLimiter {
  readonly #salt = randomBytes(32);
  readonly #windows = new Map<string, { start: number; count: number }>();
  readonly #options: Required<RateLimitOptions>;

  constructor(options: RateLimitOptions) {
    this.#options = { maxClients: 10_000, ...options };
  }

  /** Counts one post from `client`; false when it is over the limit. */
  allow(client: string, now = Date.now()): boolean {
    const { max, windowMs, maxClients } = this.#options;
    if (max <= 0) return true;
    const key = createHash('sha256').update(this.#salt).update(client).digest('base64url');
    let window = this.#windows.get(key);
    if (!window || now - window.start >= windowMs) {
      this.#windows.delete(key);
      if (this.#windows.size >= maxClients) this.#forgetOldest(now);
      window = { start: now, count: 0 };
      this.#windows.set(key, window);
    }
    window.count += 1;
    return window.count <= max;
  }

  /** How many clients are remembered (for tests). */
  get size(): number {
    return this.#windows.size;
  }

  #forgetOldest(now: number): void {
    for (const [key, window] of this.#windows) {
      if (now - window.start >= this.#options.windowMs) this.#windows.delete(key);
    }
    // Maps keep insertion order, so the first keys are the oldest windows.
    for (const key of this.#windows.keys()) {
      if (this.#windows.size < this.#options.maxClients) break;
      this.#windows.delete(key);
    }
  }
}
