// The only on-demand route: callback requests (see src/server/callback-handler.ts).
import type { APIRoute } from 'astro';
import { handleCallback } from '../../server/callback-runtime';
import { log } from '../../server/log';

export const prerender = false;

export const POST: APIRoute = (context) => {
  // The socket's own address: this site sets no security.allowedDomains, so Astro never
  // puts an X-Forwarded-For hop here (client-key.ts decides which proxies to believe).
  let address: string | undefined;
  // Read inside the try, never in the parameter list: Astro's getter throws once the
  // socket has closed (a client that hung up mid-post), and a throw there escapes to
  // Astro, which logs it with a stack trace and the time to the second (issue 17 D).
  try {
    address = context.clientAddress;
  } catch {
    // No address (the socket already closed): such clients share one limit.
  }
  return handleCallback(context.request, address).catch((error: unknown) => {
    // The error's name only: its message or stack could carry parts of the request.
    log('handler-failed', error instanceof Error ? error.name : 'error');
    return new Response(JSON.stringify({ error: 'server', message: 'Something went wrong. Try again later.' }), {
      status: 500,
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    });
  });
};

export const ALL: APIRoute = () =>
  new Response(JSON.stringify({ error: 'method', message: 'Only POST is accepted here.' }), {
    status: 405,
    headers: { allow: 'POST', 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
