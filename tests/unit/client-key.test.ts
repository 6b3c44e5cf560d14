import { describe, expect, it } from 'vitest';
import { clientKey, normaliseAddress, parseTrustedProxies } from '../../src/server/client-key';

describe('normaliseAddress', () => {
  it('keys IPv4 by the address, IPv4-mapped IPv6 as IPv4', () => {
    expect(normaliseAddress('203.0.113.7')).toBe('203.0.113.7');
    expect(normaliseAddress('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(normaliseAddress('::FFFF:cb00:7107')).toBe('203.0.113.7');
  });

  it('keys IPv6 by its /64, however it is written', () => {
    const key = '2001:db8:1:2::/64';
    for (const a of ['2001:db8:1:2::1', '2001:0db8:0001:0002:ffff:ffff:ffff:ffff', '2001:DB8:1:2:abcd::9', '[2001:db8:1:2::5]', 'fe80::1%eth0'.replace('fe80::1', '2001:db8:1:2::7')]) {
      expect(normaliseAddress(a), a).toBe(key);
    }
    expect(normaliseAddress('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(normaliseAddress('::1')).toBe('0:0:0:0::/64');
  });

  it('takes a port off a forwarded hop', () => {
    expect(normaliseAddress('203.0.113.7:51234')).toBe('203.0.113.7');
    expect(normaliseAddress('[2001:db8:1:2::1]:443')).toBe('2001:db8:1:2::/64');
  });

  it('is null for what is not an address', () => {
    for (const a of ['', 'unknown', '1.2.3', '300.1.1.1', 'evil.example', '2001:db8::1::2', ' 1.2.3.4 x']) {
      expect(normaliseAddress(a), a).toBeNull();
    }
  });
});

describe('parseTrustedProxies', () => {
  it('reads addresses and CIDR ranges, IPv4 and IPv6', () => {
    const trusted = parseTrustedProxies(' 10.0.0.1, 192.168.0.0/16 ,fd00::/8,::1');
    expect(trusted.check('10.0.0.1')).toBe(true);
    expect(trusted.check('10.0.0.2')).toBe(false);
    expect(trusted.check('192.168.44.3')).toBe(true);
    expect(trusted.check('fd12::9', 'ipv6')).toBe(true);
    expect(trusted.check('::1', 'ipv6')).toBe(true);
  });

  it('is empty for nothing set', () => {
    expect(parseTrustedProxies(undefined).rules).toEqual([]);
    expect(parseTrustedProxies('').rules).toEqual([]);
  });

  it('says which entry it cannot read', () => {
    expect(() => parseTrustedProxies('10.0.0.1, proxy.local')).toThrow(/PATHWAY_TRUSTED_PROXIES: "proxy.local" is not an IP address or a CIDR range/);
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/"10.0.0.0\/33"/);
  });
});

describe('clientKey', () => {
  const trusted = parseTrustedProxies('10.0.0.1, 10.0.1.0/24');

  it('ignores X-Forwarded-For from a client that is not a trusted proxy: it could say anything', () => {
    expect(clientKey('203.0.113.7', '198.51.100.1', trusted)).toBe('203.0.113.7');
    expect(clientKey('203.0.113.7', '198.51.100.1', parseTrustedProxies(undefined))).toBe('203.0.113.7');
    expect(clientKey('::ffff:203.0.113.7', null, trusted)).toBe('203.0.113.7');
  });

  it('takes the right-most hop a trusted proxy added that is not itself trusted', () => {
    expect(clientKey('10.0.0.1', '198.51.100.1', trusted)).toBe('198.51.100.1');
    // The client put "1.1.1.1" in front itself: only the hop the proxy saw counts.
    expect(clientKey('10.0.0.1', '1.1.1.1, 198.51.100.1', trusted)).toBe('198.51.100.1');
    // Two trusted proxies in a row.
    expect(clientKey('10.0.0.1', '1.1.1.1, 198.51.100.1, 10.0.1.9', trusted)).toBe('198.51.100.1');
    expect(clientKey('::ffff:10.0.0.1', '2001:db8:1:2::77', trusted)).toBe('2001:db8:1:2::/64');
  });

  it('falls back to the proxy itself when no usable hop is left', () => {
    expect(clientKey('10.0.0.1', null, trusted)).toBe('10.0.0.1');
    expect(clientKey('10.0.0.1', '10.0.1.2', trusted)).toBe('10.0.0.1');
    expect(clientKey('10.0.0.1', 'garbage', trusted)).toBe('10.0.0.1');
  });

  it('puts clients with no address together', () => {
    expect(clientKey(undefined, '198.51.100.1', trusted)).toBe('unknown');
  });
});
