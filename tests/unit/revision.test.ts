import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentRevision, matchesRevision } from '../../src/lib/revision';

describe('content revisions', () => {
  it('are the SHA-256 of the bytes, 32 hex characters', async () => {
    const bytes = new TextEncoder().encode('<p>0800 027 1234</p>');
    const expected = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
    expect(await contentRevision(bytes)).toBe(expected);
  });

  it('tell a body from another version of it', async () => {
    const v1 = new TextEncoder().encode('call 0800 111');
    const revision = await contentRevision(v1);
    expect(await matchesRevision(new Response('call 0800 111'), revision)).toBe(true);
    expect(await matchesRevision(new Response('call 0800 222'), revision)).toBe(false);
    expect(await matchesRevision(new Response('anything'), null)).toBe(true);
  });
});
