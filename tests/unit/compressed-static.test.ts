import { describe, expect, it } from 'vitest';
import { cacheControlFor, pickEncoding, staticFileFor } from '../../src/server/compressed-static';

describe('pickEncoding', () => {
  it('prefers Brotli, then gzip, and honours q=0', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(pickEncoding('gzip, deflate')).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip;q=0.8')).toBe('gzip');
    expect(pickEncoding('identity')).toBeNull();
    expect(pickEncoding(undefined)).toBeNull();
    expect(pickEncoding('*')).toBe('gzip');
  });
});

describe('staticFileFor', () => {
  const client = '/srv/dist/client';
  it('maps a page path to its index.html and keeps files as they are', () => {
    expect(staticFileFor(client, '/')).toBe('/srv/dist/client/index.html');
    expect(staticFileFor(client, '/ro/find/?q=housing')).toBe('/srv/dist/client/ro/find/index.html');
    expect(staticFileFor(client, '/_astro/x.js')).toBe('/srv/dist/client/_astro/x.js');
    expect(staticFileFor(client, '/%E4%B8%AD/')).toBe('/srv/dist/client/中/index.html');
  });

  it('refuses paths that leave the folder, hidden files and bad escapes', () => {
    expect(staticFileFor(client, '/../server/entry.mjs')).toBeNull();
    expect(staticFileFor(client, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(staticFileFor(client, '/.env')).toBeNull();
    expect(staticFileFor(client, '/%E0%A4%A')).toBeNull();
    expect(staticFileFor(client, '/a%00b')).toBeNull();
  });
});

describe('cacheControlFor', () => {
  const client = '/srv/dist/client';
  it('is immutable only for a file that resolves inside _astro/', () => {
    expect(cacheControlFor(client, '/srv/dist/client/_astro/x.A1b2.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor(client, '/srv/dist/client/sw.js')).toBe('no-cache');
    expect(cacheControlFor(client, '/srv/dist/client/_astro.js')).toBe('no-cache');
  });

  it('follows the resolved file, not the address: /_astro/../sw.js is not immutable', () => {
    for (const url of ['/_astro/../sw.js', '/_astro/%2e%2e/sw.js', '/_astro/x/../../sw.js']) {
      const file = staticFileFor(client, url);
      if (file !== null) expect(cacheControlFor(client, file), url).toBe('no-cache');
    }
  });
});

describe('staticFileFor and encoded separators', () => {
  const client = '/srv/dist/client';
  it('refuses an encoded slash or backslash, in either case', () => {
    for (const url of ['/_astro/..%2fsw.js', '/_astro/..%2Fsw.js', '/_astro/..%5csw.js', '/_astro/..%5Csw.js', '/a%2fb/', '/_astro\\..\\sw.js']) {
      expect(staticFileFor(client, url), url).toBeNull();
    }
  });
});
