// Issue 17 D: a chunked body (no Content-Length) over 16 KB is "too large" (413), not
// "bad body" (400), whichever limit notices first: the endpoint's while reading, or the
// node adapter's own (astro.config.mjs: bodySizeLimit 64 KB), which breaks the stream
// when one chunk carries the body past it.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequestFromNodeRequest, writeResponse } from 'astro/app/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, testEndpoint, type TestEndpoint } from './support/callback-handler';

let endpoint: TestEndpoint;
let server: Server;
let port: number;

beforeAll(async () => {
  endpoint = await testEndpoint({ perClient: { allow: () => true } });
  // The endpoint as the built server runs it: Astro's request, Astro's body limit.
  server = createServer(async (req, res) => {
    const webRequest = createRequestFromNodeRequest(req, { bodySizeLimit: 64 * 1024 });
    await writeResponse(await endpoint.handle(webRequest, 'a'), res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => server.close());

/** Posts `total` bytes chunked, in writes of `chunk` bytes; the status, or 0 if the socket broke first. */
function postChunked(type: string, total: number, chunk: number): Promise<number> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/api/callback/', headers: { 'content-type': type, 'transfer-encoding': 'chunked' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(0));
    for (let sent = 0; sent < total; sent += chunk) req.write('x'.repeat(Math.min(chunk, total - sent)));
    req.end();
  });
}

describe('a chunked body over 16 KB', () => {
  it('gets 413 through a real server, in small chunks or in chunks past the adapter limit', async () => {
    for (const [total, chunk] of [[20_000, 1_000], [200_000, 100_000], [70_000, 70_000], [1_000_000, 65_536]] as const) {
      expect(await postChunked('application/json', total, chunk), `${total} bytes in ${chunk}-byte writes`).toBe(413);
    }
  });

  it('gets 413 when the stream breaks with the adapter\'s limit error', async () => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        // What Astro's limitAsyncIterable throws when one chunk carries the body past 64 KB.
        if (sent > 1) controller.error(new Error('Body size limit exceeded: received more than 65536 bytes'));
        else controller.enqueue(new Uint8Array(8_000).fill(120));
      },
    });
    const response = await endpoint.handle(postJson('', { body, duplex: 'half' } as RequestInit), 'a');
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: 'too-large' });
  });

  it('still gets 400 for a body that is not UTF-8', async () => {
    const response = await endpoint.handle(postJson('', { body: new Uint8Array([0xff, 0xfe]) }), 'a');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'bad-body' });
  });
});
