// Callback requests (see src/server/callback-handler.ts).
import type { APIRoute } from 'astro';
import { handleCallback } from '../../server/callback-runtime';
import { handlerFailed } from '../../server/handler-failed';
import { socketAddress } from '../../server/socket-address';

export const prerender = false;

export const POST: APIRoute = (context) => handleCallback(context.request, socketAddress(context)).catch(handlerFailed);

export const ALL: APIRoute = () =>
  new Response(JSON.stringify({ error: 'method', message: 'Only POST is accepted here.' }), {
    status: 405,
    headers: { allow: 'POST', 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
