import { describe, expect, it } from 'vitest';
import { isCidr, isIp } from '../../../engine/model/ip.ts';
import { checkAddress, checkPrefix, checkPrefixList, format, parseAddress } from './cidr-field.ts';

const ok = <T>(value: T) => ({ ok: true, value });
const bad = (message: string, fix?: { label: string; text: string }) => ({
  ok: false,
  message,
  ...(fix ? { fix } : {}),
});

describe('a typed list of prefixes', () => {
  it.each([
    { name: 'one IPv4 prefix', text: '10.2.0.0/16', expected: ok(['10.2.0.0/16']) },
    { name: 'one IPv6 prefix', text: '2001:db8::/32', expected: ok(['2001:db8::/32']) },
    {
      name: 'edge lengths',
      text: '0.0.0.0/0 192.168.1.1/32 ::/0 fe80::1/128',
      expected: ok(['0.0.0.0/0', '192.168.1.1/32', '::/0', 'fe80::1/128']),
    },
    { name: 'an IPv4-mapped IPv6 prefix', text: '::ffff:10.0.0.0/120', expected: ok(['::ffff:10.0.0.0/120']) },
    { name: 'nothing', text: '', expected: ok([]) },
    { name: 'only blanks and commas', text: '  , ;\n ', expected: ok([]) },
    {
      name: 'commas, semicolons, spaces and line breaks, with blanks around',
      text: '  10.0.0.0/16 ,  10.1.0.0/16;10.2.0.0/24\n192.168.0.0/24 ',
      expected: ok(['10.0.0.0/16', '10.1.0.0/16', '10.2.0.0/24', '192.168.0.0/24']),
    },
    {
      name: '/33',
      text: '10.2.0.0/33',
      expected: bad('/33 is not a prefix length: IPv4 prefixes are /0 to /32'),
    },
    {
      name: '/129',
      text: 'fd00::/129',
      expected: bad('/129 is not a prefix length: IPv6 prefixes are /0 to /128'),
    },
    {
      // What used to be applied while /33 was being typed.
      name: 'the half-typed /3',
      text: '10.2.0.0/3',
      expected: bad('Host bits are set: did you mean 0.0.0.0/3?', { label: 'Use 0.0.0.0/3', text: '0.0.0.0/3' }),
    },
    {
      name: 'IPv4 host bits',
      text: ' 10.2.0.5/16 ',
      expected: bad('Host bits are set: did you mean 10.2.0.0/16?', {
        label: 'Use 10.2.0.0/16',
        text: ' 10.2.0.0/16 ',
      }),
    },
    {
      name: 'IPv6 host bits',
      text: '2001:db8::1/32',
      expected: bad('Host bits are set: did you mean 2001:db8::/32?', {
        label: 'Use 2001:db8::/32',
        text: '2001:db8::/32',
      }),
    },
    {
      name: 'IPv6 host bits, written in capitals',
      text: '2001:DB8:ABCD:12::/48',
      expected: bad('Host bits are set: did you mean 2001:db8:abcd::/48?', {
        label: 'Use 2001:db8:abcd::/48',
        text: '2001:db8:abcd::/48',
      }),
    },
    {
      name: 'a list with one address that is not one',
      text: '10.0.0.0/16, 10.300.0.0/16',
      expected: bad('Entry 2 of 2 (10.300.0.0/16): 10.300.0.0 is not an IPv4 address: 300 is more than 255'),
    },
    {
      name: 'a list with one prefix with host bits set; the fix keeps the rest as typed',
      text: '10.0.0.0/16,  10.1.0.5/16 ;2001:db8::/32',
      expected: bad('Entry 2 of 3 (10.1.0.5/16): Host bits are set: did you mean 10.1.0.0/16?', {
        label: 'Use 10.1.0.0/16',
        text: '10.0.0.0/16,  10.1.0.0/16 ;2001:db8::/32',
      }),
    },
    {
      name: 'a list with two wrong entries: the first is named',
      text: '10.0.0.0/16 10.1.0.0/40 10.2.0.9/16',
      expected: bad('Entry 2 of 3 (10.1.0.0/40): /40 is not a prefix length: IPv4 prefixes are /0 to /32'),
    },
    {
      name: 'no prefix length',
      text: '10.0.0.0',
      expected: bad('No prefix length: write it as address/length, e.g. 10.0.0.0/16'),
    },
    {
      name: 'no IPv6 prefix length',
      text: '2001:db8::',
      expected: bad('No prefix length: write it as address/length, e.g. 2001:db8::/32'),
    },
    {
      name: 'nothing after the slash',
      text: '10.0.0.0/',
      expected: bad('Nothing after the /: IPv4 prefixes are /0 to /32'),
    },
    {
      name: 'a length that is not a number',
      text: '10.0.0.0/abc',
      expected: bad('/abc is not a prefix length: IPv4 prefixes are /0 to /32'),
    },
    {
      name: 'a negative length',
      text: '10.0.0.0/-1',
      expected: bad('/-1 is not a prefix length: IPv4 prefixes are /0 to /32'),
    },
    {
      name: 'two slashes',
      text: '10.0.0.0/16/8',
      expected: bad('More than one /: write a prefix as address/length, e.g. 10.0.0.0/16'),
    },
    { name: 'no address', text: '/16', expected: bad('No address before the /') },
    { name: 'three parts', text: '10.0.0/16', expected: bad('10.0.0 is not an IPv4 address: it has 3 parts, not 4') },
    {
      name: 'a leading zero',
      text: '10.01.0.0/16',
      expected: bad('10.01.0.0 is not an IPv4 address: 01 starts with 0'),
    },
    {
      name: 'an empty part',
      text: '10..0.0/16',
      expected: bad('10..0.0 is not an IPv4 address: a part between dots is empty'),
    },
    { name: 'a name', text: 'vnet-a', expected: bad('"vnet-a" is not an IP address, e.g. 10.0.1.4 or 2001:db8::4') },
    {
      name: 'a stray character in IPv6',
      text: '2001:db8::g/32',
      expected: bad('2001:db8::g is not an IPv6 address: "g" is not a hex digit'),
    },
    {
      name: 'a zone',
      text: 'fe80::1%eth0/64',
      expected: bad('fe80::1%eth0 is not an IPv6 address: "%" is not a hex digit'),
    },
    { name: ':: twice', text: '1::2::3/64', expected: bad('1::2::3 is not an IPv6 address: it has :: more than once') },
    {
      name: 'seven groups',
      text: '2001:db8:0:0:0:0:0/64',
      expected: bad('2001:db8:0:0:0:0:0 is not an IPv6 address: it has 7 groups, not 8 (or :: for a run of zeros)'),
    },
    {
      name: 'a group of five digits',
      text: '12345::/16',
      expected: bad('12345:: is not an IPv6 address: 12345 has more than 4 hex digits'),
    },
    {
      name: 'a lone colon',
      text: ':1:2:3:4:5:6:7/64',
      expected: bad(':1:2:3:4:5:6:7 is not an IPv6 address: it has an empty group (a lone :)'),
    },
    {
      name: 'too many groups around ::',
      text: '1:2:3:4::5:6:7:8/64',
      expected: bad('1:2:3:4::5:6:7:8 is not an IPv6 address: it has too many groups to hold a ::'),
    },
    {
      name: 'an IPv4 part not at the end',
      text: '::10.0.0.1:0/64',
      expected: bad('::10.0.0.1:0 is not an IPv6 address: 10.0.0.1 may only come last'),
    },
  ])('$name', ({ text, expected }) => {
    expect(checkPrefixList(text)).toEqual(expected);
  });
});

describe('a typed IP address', () => {
  it.each([
    { text: '10.0.1.4', expected: ok('10.0.1.4') },
    { text: '  10.0.1.4 ', expected: ok('10.0.1.4') },
    { text: '2001:db8::4', expected: ok('2001:db8::4') },
    { text: '', expected: ok('') },
    { text: '   ', expected: ok('') },
    { text: '10.0.1.400', expected: bad('10.0.1.400 is not an IPv4 address: 400 is more than 255') },
    {
      text: '10.0.1.4/24',
      expected: bad('An address, not a prefix: leave out /24', { label: 'Use 10.0.1.4', text: '10.0.1.4' }),
    },
    { text: '10.0.1/24', expected: bad('An address, not a prefix: leave out /24') },
    { text: '10.0.1.4, 10.0.1.5', expected: bad('Only one address goes here, not 2') },
    { text: 'web-1', expected: bad('"web-1" is not an IP address, e.g. 10.0.1.4 or 2001:db8::4') },
  ])('"$text"', ({ text, expected }) => {
    expect(checkAddress(text)).toEqual(expected);
  });
});

describe('addresses in their usual form', () => {
  it.each([
    ['10.2.0.0', '10.2.0.0'],
    ['2001:0db8:0000:0000:0001:0000:0000:0001', '2001:db8::1:0:0:1'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['::', '::'],
    ['::1', '::1'],
    ['fe80::', 'fe80::'],
    ['::ffff:10.0.0.1', '::ffff:a00:1'],
  ])('%s is written %s', (text, expected) => {
    const parsed = parseAddress(text);
    expect(parsed.ok && format(parsed.value, parsed.family)).toBe(expected);
  });
});

describe('agreement with the document schema', () => {
  // What the field accepts, the schema accepts; what the schema refuses, the field refuses. The
  // field refuses more: prefixes with host bits set, which the schema lets through.
  let seed = 7;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) / 0x80000000;
  const pick = (alphabet: string, n: number) =>
    Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
  const valid = [
    '10.2.0.0/16',
    '2001:db8::/32',
    '::ffff:10.0.0.0/120',
    '0.0.0.0/0',
    'fe80::1/128',
    '1:2:3:4:5:6:7:8/128',
  ];
  const samples = [
    ...valid,
    '10.0.0.0/016',
    '10.0.0.0/0016',
    '1.2.3.4::/64',
    '::/0',
    ':::/0',
    ...Array.from({ length: 3000 }, () => pick('0123456789abcdef:./', 1 + Math.floor(random() * 20))),
    ...Array.from({ length: 3000 }, () => {
      const base = valid[Math.floor(random() * valid.length)] as string;
      const at = Math.floor(random() * base.length);
      return base.slice(0, at) + pick('0123456789af:./x', 1 + Math.floor(random() * 2)) + base.slice(at + 1);
    }),
  ];

  it('on prefixes', () => {
    for (const text of samples) {
      const checked = checkPrefix(text);
      const hostBits = !checked.ok && checked.reason.startsWith('Host bits');
      expect({ text, accepted: checked.ok || hostBits }).toEqual({ text, accepted: isCidr(text) });
      if (!checked.ok && checked.meant !== undefined) expect(checkPrefix(checked.meant)).toEqual({ ok: true });
    }
  });

  it('on addresses', () => {
    for (const text of samples.map((s) => s.split('/')[0] as string)) {
      expect({ text, accepted: parseAddress(text).ok }).toEqual({ text, accepted: isIp(text) });
    }
  });
});
