// Who a post comes from, for the rate limit (issue 17 C). Behind a reverse proxy every
// post arrives from the proxy's address, so one client's posts would use up everyone's
// limit; but X-Forwarded-For is whatever the client wrote, unless a proxy we trust added
// to it. So: only when the socket's address is a trusted proxy (PATHWAY_TRUSTED_PROXIES)
// is the right-most hop that is not itself trusted taken as the client. IPv6 clients are
// counted by their /64 (one household or phone usually holds a whole /64), IPv4-mapped
// IPv6 as IPv4. Runs under Node's type stripping (serve.ts checks the setting at start).
import { BlockList, isIP } from 'node:net';

interface Address {
  /** IPv4 dotted, or IPv6 as written (without zone or brackets). */
  address: string;
  family: 'ipv4' | 'ipv6';
  /** IPv6 only: the eight 16-bit groups. */
  groups?: number[];
}

/** The eight groups of an IPv6 address isIP() accepted (zone already removed). */
function ipv6Groups(address: string): number[] {
  const toGroups = (part: string): number[] => {
    if (!part) return [];
    return part.split(':').flatMap((g) => {
      if (!g.includes('.')) return [parseInt(g, 16)];
      const [a = 0, b = 0, c = 0, d = 0] = g.split('.').map(Number);
      return [(a << 8) | b, (c << 8) | d];
    });
  };
  const [head = '', tail] = address.split('::');
  const front = toGroups(head);
  if (tail === undefined) return front;
  const back = toGroups(tail);
  return [...front, ...new Array<number>(8 - front.length - back.length).fill(0), ...back];
}

/** An address from a socket or a forwarded hop ("[v6]:port" and "v4:port" too), or null. */
function parseAddress(text: string): Address | null {
  let value = text.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^[\d.]+:\d{1,5}$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
  value = value.replace(/%[\w.-]*$/, '');
  const family = isIP(value);
  if (family === 4) return { address: value, family: 'ipv4' };
  if (family !== 6) return null;
  const groups = ipv6Groups(value);
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    const [hi = 0, lo = 0] = groups.slice(6);
    return { address: [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.'), family: 'ipv4' };
  }
  return { address: value, family: 'ipv6', groups };
}

function keyOf(address: Address): string {
  if (address.family === 'ipv4' || !address.groups) return address.address;
  return `${address.groups.slice(0, 4).map((g) => g.toString(16)).join(':')}::/64`;
}

/** The rate-limit key of one address ("203.0.113.7", "2001:db8:1:2::/64"), or null when it is not one. */
export function normaliseAddress(text: string): string | null {
  const address = parseAddress(text);
  return address && keyOf(address);
}

/**
 * The proxies to take X-Forwarded-For from: a comma-separated list of addresses and CIDR
 * ranges ("10.0.0.1, 10.1.0.0/16, fd00::/8"); empty when unset. Throws, naming the
 * setting and the entry, for anything else.
 */
export function parseTrustedProxies(text: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (text ?? '').split(',').map((e) => e.trim()).filter(Boolean)) {
    const [host = '', bits, ...extra] = entry.split('/');
    const address = parseAddress(host);
    const prefix = Number(bits);
    const max = address?.family === 'ipv4' ? 32 : 128;
    if (!address || extra.length > 0 || (bits !== undefined && !(/^\d{1,3}$/.test(bits) && prefix <= max))) {
      throw new Error(`PATHWAY_TRUSTED_PROXIES: "${entry}" is not an IP address or a CIDR range (such as 10.0.0.1 or 10.0.0.0/8).`);
    }
    if (bits === undefined) list.addAddress(address.address, address.family);
    else list.addSubnet(address.address, prefix, address.family);
  }
  return list;
}

/**
 * The key a post is counted by: the socket's address, or, when that is a trusted proxy,
 * the right-most X-Forwarded-For hop that is not trusted. A hop that is not an address
 * stops the walk (the proxy itself is the key then); no socket address is "unknown".
 */
export function clientKey(socketAddress: string | undefined, forwardedFor: string | null, trusted: BlockList): string {
  const peer = socketAddress === undefined ? null : parseAddress(socketAddress);
  if (!peer) return 'unknown';
  if (forwardedFor && trusted.check(peer.address, peer.family)) {
    const hops = forwardedFor.split(',');
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = parseAddress(hops[i]!);
      if (!hop) break;
      if (!trusted.check(hop.address, hop.family)) return keyOf(hop);
    }
  }
  return keyOf(peer);
}
