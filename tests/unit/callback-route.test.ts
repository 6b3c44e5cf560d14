// The route itself (src/pages/api/callback.ts), as Astro calls it.
import type { APIContext } from 'astro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { POST } from '../../src/pages/api/callback';

afterEach(() => vi.restoreAllMocks());

describe('POST /api/callback/', () => {
  it('answers a client that hung up (no address) without throwing or printing', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const context = {
      request: new Request('http://127.0.0.1/api/callback/', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' }),
      get clientAddress(): string {
        // What Astro's getter does once the socket has closed.
        throw new Error('ClientAddressNotAvailable');
      },
    } as unknown as APIContext;
    const response = await POST(context);
    expect(response.status).toBe(415);
    expect(stderr).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });
});
