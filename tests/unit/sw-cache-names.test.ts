import { beforeAll, describe, expect, it } from 'vitest';

// The worker's build version is set by scripts/build-sw.ts; here it is set by hand.
let names: typeof import('../../src/sw/worker/cache-names');
beforeAll(async () => {
  (globalThis as Record<string, unknown>)['__PATHWAY_VERSION__'] = 'v2';
  names = await import('../../src/sw/worker/cache-names');
});

describe('service worker cache names', () => {
  it('carry the build version', () => {
    expect(names.SHARED_CACHE).toBe('pathway-shared-v2');
    expect(names.VISITED_CACHE).toBe('pathway-visited-v2');
    expect(names.pagesCache('ro')).toBe('pathway-pages-ro-v2');
    expect(names.pagesCache('ro', 'v1')).toBe('pathway-pages-ro-v1');
  });

  it("tell a pages cache's language, whatever its version", () => {
    expect(names.languageOfCache('pathway-pages-zh-abc.1')).toBe('zh');
    expect(names.languageOfCache('pathway-shared-v2')).toBeUndefined();
    expect(names.languageOfCache('other-pages-ro-v2')).toBeUndefined();
  });

  it("mark only Pathway's caches of other versions as outdated", () => {
    expect(names.isOutdated('pathway-pages-en-v1')).toBe(true);
    expect(names.isOutdated('pathway-shared-xv2')).toBe(true);
    expect(names.isOutdated('pathway-pages-en-v2')).toBe(false);
    expect(names.isOutdated('someone-else-v1')).toBe(false);
  });
});
