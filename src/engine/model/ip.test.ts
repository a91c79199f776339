import { describe, expect, it } from 'vitest';
import { cidrContains, cidrFamily, cidrsOverlap, isCidr, isIp, isIpv6, parseCidr, parseIp } from './ip.ts';

// Addresses and prefixes as numbers: the containment and overlap the address rules rest on, in
// both families, with the IPv6 short forms (`::`, an IPv4 tail) people write.

describe('parsing', () => {
  it.each([
    ['10.0.0.1', 4, 0x0a000001n],
    ['255.255.255.255', 4, 0xffffffffn],
    ['::', 6, 0n],
    ['::1', 6, 1n],
    ['fd00::', 6, 0xfd00n << 112n],
    ['FD00:0:0:0:0:0:0:1', 6, (0xfd00n << 112n) + 1n],
    ['::ffff:10.0.0.1', 6, (0xffffn << 32n) + 0x0a000001n],
    ['::10.0.0.1', 6, 0x0a000001n],
    ['1:2:3:4:5:6:10.0.0.1', 6, (0x0001000200030004n << 64n) + (0x00050006n << 32n) + 0x0a000001n],
  ] as const)('%s is an IPv%i address', (text, family, value) => {
    expect(parseIp(text)).toEqual({ family, value });
    expect(isIp(text)).toBe(true);
  });

  it.each([
    '',
    '10.0.0',
    '10.0.0.256',
    '010.0.0.1',
    '1:2:3:4:5:6:7:8:9',
    '1::2::3',
    '1:2:3:4:5:6:7::10.0.0.1',
    '1:2:3:4:5:6:7:10.0.0.1',
    ':1.2.3.4',
    'fe80::1%eth0',
    '12345::',
  ])('%j is not an address', (text) => {
    expect(parseIp(text)).toBeUndefined();
    expect(isIp(text)).toBe(false);
  });

  it('reads an IPv6 address with an IPv4 tail only when the groups add up to eight', () => {
    expect(isIpv6('1:2:3:4:5:6:1.2.3.4')).toBe(true);
    expect(isIpv6('1:2:3:4:5::1.2.3.4')).toBe(true);
    expect(isIpv6('1:2:3:4:5:6::1.2.3.4')).toBe(false);
  });

  it.each([
    ['10.1.0.0/16', 4, 16, 0x0a010000n, 0x0a01ffffn],
    ['10.1.2.3/16', 4, 16, 0x0a010000n, 0x0a01ffffn], // host bits stand for the network
    ['0.0.0.0/0', 4, 0, 0n, 0xffffffffn],
    ['10.0.0.4/32', 4, 32, 0x0a000004n, 0x0a000004n],
    ['fd00::/48', 6, 48, 0xfd00n << 112n, (0xfd00n << 112n) + (1n << 80n) - 1n],
  ] as const)('%s covers its addresses', (text, family, length, first, last) => {
    expect(parseCidr(text)).toEqual({ family, length, first, last });
    expect(cidrFamily(text)).toBe(family);
  });

  it.each(['10.0.0.0', '10.0.0.0/33', 'fd00::/129', '10.0.0.0/1/2', '10.0.0.0/a', 'fd00::/0064'])(
    '%j is not a prefix',
    (text) => {
      expect(isCidr(text)).toBe(false);
    },
  );
});

describe('containment and overlap', () => {
  it.each([
    ['10.1.0.0/16', '10.1.255.255', true],
    ['10.1.0.0/16', '10.2.0.1', false],
    ['10.1.0.0/16', '10.0.255.255', false],
    ['fd00::/48', 'fd00:0:0:1::4', true],
    ['fd00::/48', 'fd00:1::4', false],
    ['10.1.0.0/16', '::ffff:10.1.0.4', false], // never across families
    ['::/0', '10.1.0.4', false],
    ['10.1.0.0/16', '', false],
    ['not a prefix', '10.1.0.4', false],
  ] as const)('%s contains %j: %s', (cidr, ip, contains) => {
    expect(cidrContains(cidr, ip)).toBe(contains);
  });

  it.each([
    ['10.1.0.0/16', '10.1.128.0/17', true],
    ['10.1.128.0/17', '10.1.0.0/16', true],
    ['10.0.0.0/8', '10.200.0.0/16', true],
    ['10.1.0.0/16', '10.1.0.0/16', true],
    ['10.1.0.0/16', '10.2.0.0/16', false],
    ['10.1.0.0/24', '10.1.1.0/24', false],
    ['10.1.0.0/23', '10.1.1.0/24', true],
    ['fd00::/48', 'fd00:0:0:ff00::/56', true],
    ['fd00::/48', 'fd01::/48', false],
    ['0.0.0.0/0', '::/0', false],
  ] as const)('%s and %s overlap: %s', (a, b, overlap) => {
    expect(cidrsOverlap(a, b)).toBe(overlap);
  });
});
