// What an on-demand endpoint answers when its handler throws: a plain 500 in JSON, and a
// log line with the error's name only (its message or stack could carry the request).
import { log } from './log';

export function handlerFailed(error: unknown): Response {
  log('handler-failed', error instanceof Error ? error.name : 'error');
  return new Response(JSON.stringify({ error: 'server', message: 'Something went wrong. Try again later.' }), {
    status: 500,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
}
