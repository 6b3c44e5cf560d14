// Issue 17 C, through the route as Astro calls it: behind a trusted reverse proxy every
// post comes from the proxy's address, and the rate limit must still tell clients apart;
// a client that is not the proxy cannot choose its key by writing X-Forwarded-For.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIContext, APIRoute } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PROXY = '10.0.0.1';
let dataDir: string;
let POST: APIRoute;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'callback-proxy-'));
  // Settings are read on first use, so they are set before the route is loaded.
  Object.assign(process.env, { PATHWAY_DATA_DIR: dataDir, PATHWAY_TRUSTED_PROXIES: `${PROXY}, 10.9.0.0/16`, PATHWAY_CALLBACK_RATE_LIMIT: '20' });
  ({ POST } = await import('../../src/pages/api/callback'));
});
afterAll(() => {
  for (const name of ['PATHWAY_DATA_DIR', 'PATHWAY_TRUSTED_PROXIES', 'PATHWAY_CALLBACK_RATE_LIMIT']) delete process.env[name];
  rmSync(dataDir, { recursive: true, force: true });
});

/** A post the rate limit counts and the handler then refuses cheaply (415, nothing stored). */
async function post(socketAddress: string, forwardedFor?: string): Promise<number> {
  const headers: Record<string, string> = { 'content-type': 'text/plain' };
  if (forwardedFor) headers['x-forwarded-for'] = forwardedFor;
  const context = {
    request: new Request('http://127.0.0.1/api/callback/', { method: 'POST', headers, body: 'x' }),
    clientAddress: socketAddress,
  } as unknown as APIContext;
  return (await POST(context)).status;
}

describe('the rate limit behind a trusted proxy', () => {
  it('one client\'s 20 posts do not make another client\'s first post 429', async () => {
    for (let i = 0; i < 20; i++) expect(await post(PROXY, '198.51.100.1')).toBe(415);
    expect(await post(PROXY, '198.51.100.1')).toBe(429);
    expect(await post(PROXY, '198.51.100.2')).toBe(415);
    // Through a second trusted hop, and with a hop the client wrote itself in front.
    expect(await post('::ffff:10.9.3.4', '6.6.6.6, 198.51.100.3, 10.0.0.1')).toBe(415);
  });

  it('counts an IPv6 client by its /64', async () => {
    for (let i = 0; i < 20; i++) expect(await post(PROXY, `2001:db8:7:7::${i + 1}`)).toBe(415);
    expect(await post(PROXY, '2001:db8:7:7:ffff::1')).toBe(429);
    expect(await post(PROXY, '2001:db8:7:8::1')).toBe(415);
  });

  it('ignores X-Forwarded-For from a client that is not a trusted proxy', async () => {
    for (let i = 0; i < 20; i++) expect(await post('203.0.113.9', `192.0.2.${i}`)).toBe(415);
    expect(await post('203.0.113.9', '192.0.2.200')).toBe(429);
  });
});
