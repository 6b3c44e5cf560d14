// The hub's pull endpoint (src/server/hub-handler.ts): for `npm run hub -- pull` only.
import type { APIRoute } from 'astro';
import { handleHub } from '../../../server/callback-runtime';
import { handlerFailed } from '../../../server/handler-failed';
import { socketAddress } from '../../../server/socket-address';

export const prerender = false;

export const ALL: APIRoute = (context) => handleHub(context.request, socketAddress(context)).catch(handlerFailed);
