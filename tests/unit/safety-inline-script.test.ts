import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { buildQuickExitScript, cspHash } from '../../src/safety/build-inline';

describe('the quick-exit head script', () => {
  it('bundles into one small classic script whose CSP hash is of its exact text', async () => {
    const { code, hash } = await buildQuickExitScript();
    expect(code).not.toMatch(/<\/script|\bimport\b|\bexport\b/);
    expect(hash).toBe(cspHash(code));
    // It rides in every page's first round trip: keep it small.
    expect(gzipSync(code).length).toBeLessThanOrEqual(1536);
  });
});
