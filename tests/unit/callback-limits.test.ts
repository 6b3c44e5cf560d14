import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/server/rate-limit';
import { BodyTooLargeError, readBody } from '../../src/server/read-body';

describe('RateLimiter', () => {
  it('allows max posts per window per client, then refuses until the window passes', () => {
    const limiter = new RateLimiter({ max: 2, windowMs: 1000 });
    expect([limiter.allow('a', 0), limiter.allow('a', 1), limiter.allow('a', 2)]).toEqual([true, true, false]);
    expect(limiter.allow('b', 2)).toBe(true);
    expect(limiter.allow('a', 1000)).toBe(true);
  });

  it('is off with max 0', () => {
    const limiter = new RateLimiter({ max: 0, windowMs: 1000 });
    for (let i = 0; i < 100; i++) expect(limiter.allow('a', i)).toBe(true);
  });

  it('remembers a bounded number of clients', () => {
    const limiter = new RateLimiter({ max: 1, windowMs: 1000, maxClients: 10 });
    for (let i = 0; i < 100; i++) limiter.allow(`client ${i}`, i);
    expect(limiter.size).toBeLessThanOrEqual(10);
  });
});

describe('readBody', () => {
  const post = (body: BodyInit, headers: HeadersInit = {}) =>
    new Request('http://127.0.0.1/', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

  it('reads a body within the limit', async () => {
    expect(await readBody(post('héllo'), 16)).toBe('héllo');
  });

  it('refuses a declared or streamed body over the limit', async () => {
    await expect(readBody(post('x'.repeat(17)), 16)).rejects.toThrow(BodyTooLargeError);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) { controller.enqueue(new Uint8Array(8)); },
    });
    await expect(readBody(post(stream), 1024)).rejects.toThrow(BodyTooLargeError);
  });

  it('refuses a body that is not UTF-8', async () => {
    await expect(readBody(post(new Uint8Array([0xff, 0xfe])), 16)).rejects.toThrow(TypeError);
  });
});
