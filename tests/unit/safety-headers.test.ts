import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, SECURITY_HEADERS, headerCsp, parseCsp, unionCsp } from '../../src/lib/safety/headers';
import { policyFor } from '../../src/server/security-headers';
import { cspHash } from '../../src/safety/build-inline';

describe('Content-Security-Policy helpers', () => {
  it('parses directives and keeps the first of a repeated one', () => {
    const p = parseCsp("default-src 'self'; script-src 'self' 'sha256-a'; script-src *;");
    expect(p.get('script-src')).toEqual(["'self'", "'sha256-a'"]);
  });

  it('unions sources per directive for a site-wide policy', () => {
    expect(unionCsp(["script-src 'self' 'sha256-a'; style-src 'self'", "script-src 'self' 'sha256-b'"])).toBe(
      "script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'",
    );
  });

  it('adds frame-ancestors, which a <meta> policy cannot carry, to the header', () => {
    expect(headerCsp("default-src 'self';script-src 'self'")).toBe("default-src 'self'; script-src 'self'; frame-ancestors 'none'");
  });

  it('hashes an inline script as browsers do (SHA-256, base64)', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(cspHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });
});

describe('the security headers', () => {
  it('are all in public/_headers for static hosts, as the server sends them', () => {
    const file = readFileSync('public/_headers', 'utf8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(file).toContain(`  ${name}: ${value}\n`);
    const csp = /Content-Security-Policy: (.*)/.exec(file)?.[1] ?? '';
    expect(csp).toBe(headerCsp(CSP_DIRECTIVES.join('; ')));
  });

  it('pick each page its own policy and anything else the site-wide one', () => {
    const policies = { pages: { '/': 'a', '/safety/': 'b', '/404.html': 'c' }, fallback: 'all' };
    expect(policyFor(policies, '/')).toBe('a');
    expect(policyFor(policies, '/safety/?x=1')).toBe('b');
    expect(policyFor(policies, '/safety')).toBe('b');
    expect(policyFor(policies, '/_astro/x.js')).toBe('all');
    expect(policyFor(policies, '/%E0%A4%A/')).toBe('all');
  });
});
