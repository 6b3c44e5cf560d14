// The address an on-demand route's request came from, for rate limits.
import type { APIContext } from 'astro';

/**
 * The socket's own address (this site sets no security.allowedDomains, so Astro never
 * puts an X-Forwarded-For hop here; client-key.ts decides which proxies to believe), or
 * undefined when the socket has closed: Astro's getter then throws (a client that hung
 * up mid-post), and such clients share one limit. Read it inside a handler, never in a
 * parameter list, so the throw never escapes to Astro (issue 17 D).
 */
export function socketAddress(context: Pick<APIContext, 'clientAddress'>): string | undefined {
  try {
    return context.clientAddress;
  } catch {
    return undefined;
  }
}
