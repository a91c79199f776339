// Address parsing for validation and prefix arithmetic. Only what the design needs: syntax
// checks, CIDR containment and overlap, address family; no host/network bit repair (a prefix
// written with host bits, 10.0.0.1/16, stands for its network, 10.0.0.0/16).

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function isIpv4(text: string): boolean {
  return IPV4.test(text);
}

/** The eight 16-bit groups of an IPv6 address (an IPv4 tail counts as two), or undefined. */
function ipv6Groups(text: string): number[] | undefined {
  if (text.length > 45 || !/^[0-9a-fA-F:.]+$/.test(text) || !text.includes(':')) return undefined;
  let body = text;
  const tailGroups: number[] = [];
  const lastColon = body.lastIndexOf(':');
  const tail = body.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (!isIpv4(tail)) return undefined;
    const [a = 0, b = 0, c = 0, d = 0] = tail.split('.').map(Number);
    tailGroups.push(a * 256 + b, c * 256 + d);
    body = body.slice(0, lastColon + 1);
    // "::1.2.3.4" leaves "::", "ffff:1.2.3.4" leaves "ffff:" (drop the colon that led to the tail).
    if (!body.endsWith('::')) body = body.slice(0, -1);
  }
  const groupOk = (g: string) => /^[0-9a-fA-F]{1,4}$/.test(g);
  const parse = (part: string) => (part === '' ? [] : part.split(':'));
  const doubleColons = body.split('::').length - 1;
  if (doubleColons > 1) return undefined;
  let head: string[];
  let rest: string[] = [];
  if (doubleColons === 1) {
    const [h = '', r = ''] = body.split('::');
    head = parse(h);
    rest = parse(r);
    // "::" stands for at least one group of zeros.
    if (head.length + rest.length + tailGroups.length > 7) return undefined;
  } else {
    head = parse(body);
    if (head.length + tailGroups.length !== 8) return undefined;
  }
  if (!head.every(groupOk) || !rest.every(groupOk)) return undefined;
  const zeros = 8 - head.length - rest.length - tailGroups.length;
  return [
    ...head.map((g) => parseInt(g, 16)),
    ...Array<number>(zeros).fill(0),
    ...rest.map((g) => parseInt(g, 16)),
    ...tailGroups,
  ];
}

export function isIpv6(text: string): boolean {
  return ipv6Groups(text) !== undefined;
}

export function isIp(text: string): boolean {
  return isIpv4(text) || isIpv6(text);
}

export type Family = 4 | 6;

const BITS: Record<Family, number> = { 4: 32, 6: 128 };

/** An address as a number, with its family. */
export type Address = { family: Family; value: bigint };

export function parseIp(text: string): Address | undefined {
  if (isIpv4(text)) {
    const value = text.split('.').reduce((acc, part) => (acc << 8n) | BigInt(part), 0n);
    return { family: 4, value };
  }
  const groups = ipv6Groups(text);
  if (!groups) return undefined;
  return { family: 6, value: groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n) };
}

/** A prefix as the first and last address it covers. */
export type Prefix = { family: Family; length: number; first: bigint; last: bigint };

export function parseCidr(text: string): Prefix | undefined {
  const slash = text.indexOf('/');
  if (slash < 0 || slash !== text.lastIndexOf('/')) return undefined;
  const lenText = text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(lenText)) return undefined;
  const address = parseIp(text.slice(0, slash));
  const length = Number(lenText);
  if (!address || length > BITS[address.family]) return undefined;
  const hostBits = BigInt(BITS[address.family] - length);
  const first = (address.value >> hostBits) << hostBits;
  return { family: address.family, length, first, last: first + (1n << hostBits) - 1n };
}

export function cidrFamily(text: string): Family | undefined {
  return parseCidr(text)?.family;
}

export function isCidr(text: string): boolean {
  return parseCidr(text) !== undefined;
}

/** True when the prefix covers the address (never across families). */
export function prefixContains(prefix: Prefix, address: Address): boolean {
  return prefix.family === address.family && prefix.first <= address.value && address.value <= prefix.last;
}

/** True when the two prefixes share at least one address (never across families). */
export function prefixesOverlap(a: Prefix, b: Prefix): boolean {
  return a.family === b.family && a.first <= b.last && b.first <= a.last;
}

/** `ip` (an address) lies inside `cidr` (a prefix); false when either does not parse. */
export function cidrContains(cidr: string, ip: string): boolean {
  const prefix = parseCidr(cidr);
  const address = parseIp(ip);
  return prefix !== undefined && address !== undefined && prefixContains(prefix, address);
}

/** The two prefixes share at least one address; false when either does not parse. */
export function cidrsOverlap(a: string, b: string): boolean {
  const pa = parseCidr(a);
  const pb = parseCidr(b);
  return pa !== undefined && pb !== undefined && prefixesOverlap(pa, pb);
}
