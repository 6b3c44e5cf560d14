// The hub's pull endpoint (src/server/hub-handler.ts): for `npm run hub -- pull` only.
import type { APIRoute } from 'astro';
import { handleHub } from '../../../server/callback-runtime';
import { log } from '../../../server/log';

export const prerender = false;

export const ALL: APIRoute = (context) => {
  let address: string | undefined;
  // As in ../callback.ts: the getter throws once the socket has closed.
  try {
    address = context.clientAddress;
  } catch {
    // No address: such clients share one limit.
  }
  return handleHub(context.request, address).catch((error: unknown) => {
    log('handler-failed', error instanceof Error ? error.name : 'error');
    return new Response(JSON.stringify({ error: 'server', message: 'Something went wrong. Try again later.' }), {
      status: 500,
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    });
  });
};
