// The only on-demand route: callback requests (see src/server/callback-handler.ts).
import type { APIRoute } from 'astro';
import { handleCallback } from '../../server/callback-handler';

export const prerender = false;

export const POST: APIRoute = ({ request, clientAddress }) => {
  let client = 'unknown';
  try {
    client = clientAddress;
  } catch {
    // No address (e.g. a socket already closed): such clients share one limit.
  }
  return handleCallback(request, client).catch((error: unknown) => {
    // The error's name only: its message or stack could carry parts of the request.
    console.error(`callback: unexpected ${error instanceof Error ? error.name : 'error'}`);
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
