import { describe, expect, it } from 'vitest';
import { baseDesign, type BaseOptions } from '../testing/design-builder.ts';
import { observe, ruleCases, type RuleTable } from '../testing/rule-tester.ts';

// RULES.md 3.26 and 4.5: (a) at most 200 address spaces (hub plus transit spokes) when a
// connection is created: warning on the connection; (b) at most 1,000 IPv4 and 100 IPv6 prefixes
// advertised on a connection, transit spokes included: error on the connection; (c) a gateway learns
// 4,000 (Standard/ErGw1AZ) or 9,500 routes: warning on the gateway; on-premises routes into private
// peering: 4,000 IPv4 (Standard/Local) or 10,000 (Premium) and 100 IPv6: error on the circuit.
// Limits hold in every pack. Verdicts are unchanged by these findings.

const RULE = 'address-space-limits';

const v4 = (n: number, second = 0) => Array.from({ length: n }, (_, i) => `10.${second + (i >> 8)}.${i & 255}.0/24`);
const v6 = (n: number) => Array.from({ length: n }, (_, i) => `fd00:${i.toString(16)}::/64`);
const hubVm =
  (options: BaseOptions = {}) =>
  () =>
    baseDesign(options).flow('f', 'onprem', 'hubvm');
const spaces = (hub: string[], spoke: string[], peering: Record<string, unknown> = {}) =>
  hubVm({ hub: { addressSpace: hub }, spoke: { addressSpace: spoke }, peering });
const onPrem =
  (prefixes: string[], options: BaseOptions = {}) =>
  () =>
    baseDesign(options).patch('onprem', { prefixes }).flow('f', 'onprem', 'hubvm');
const premium = { circuit: { sku: 'Premium' } };

const TABLE: RuleTable = {
  scope: 'design',
  cases: [
    { name: 'base design', pack: 'latest', design: hubVm(), verdict: 'fastpath', fires: false },
    // (a) address spaces at connection creation.
    {
      name: '150 hub + 61 transit-spoke address spaces (211 > 200)',
      pack: 'latest',
      design: spaces(v4(150), v4(61, 100)),
      verdict: 'fastpath',
      fires: 'conn1',
      severity: 'warning',
    },
    {
      name: '150 hub + 61 transit-spoke address spaces',
      pack: '2019-05',
      design: spaces(v4(150), v4(61, 100)),
      verdict: 'gateway',
      fires: 'conn1',
    },
    {
      name: '150 hub + 50 transit-spoke address spaces (200, the limit)',
      pack: 'latest',
      design: spaces(v4(150), v4(50, 100)),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: '150 hub + 61 spoke address spaces, spoke not using remote gateways',
      pack: 'latest',
      design: spaces(v4(150), v4(61, 100), { useRemoteGateways: false }),
      verdict: 'fastpath',
      fires: false,
    },
    // (b) prefixes advertised on one connection.
    {
      name: '600 hub + 401 transit-spoke IPv4 prefixes (1,001)',
      pack: 'latest',
      design: spaces(v4(600), v4(401, 100)),
      verdict: 'fastpath',
      fires: 'conn1',
      severity: 'error',
    },
    {
      name: '600 hub + 400 transit-spoke IPv4 prefixes (1,000): only the creation warning',
      pack: 'latest',
      design: spaces(v4(600), v4(400, 100)),
      verdict: 'fastpath',
      fires: 'conn1',
      severity: 'warning',
    },
    {
      name: '101 IPv6 prefixes on the hub',
      pack: '2020-03',
      design: spaces(v6(101), []),
      verdict: 'fastpath',
      fires: 'conn1',
      severity: 'error',
    },
    {
      name: '100 IPv6 prefixes on the hub',
      pack: '2020-03',
      design: spaces(v6(100), []),
      verdict: 'fastpath',
      fires: false,
    },
    // (c) routes the gateway learns from on-premises (Premium circuit: 10,000 accepted).
    {
      name: '5,000 on-premises routes, Premium circuit, ErGw1AZ gateway (learns 4,000)',
      pack: 'latest',
      design: onPrem(v4(5_000), { ...premium, gateway: { sku: 'ErGw1AZ' }, connection: { fastPath: false } }),
      verdict: 'gateway',
      fires: 'gw1',
      severity: 'warning',
    },
    {
      name: '5,000 on-premises routes, Premium circuit, ErGw3AZ gateway (learns 9,500)',
      pack: 'latest',
      design: onPrem(v4(5_000), premium),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: '9,600 on-premises routes, Premium circuit, ErGw3AZ gateway',
      pack: 'latest',
      design: onPrem(v4(9_600), premium),
      verdict: 'fastpath',
      fires: 'gw1',
      severity: 'warning',
    },
    {
      name:
        '9,500 on-premises routes + 1,600 hub prefixes ' +
        '(about 11,000 routes across the gateway; the connection is over 1,000 too)',
      pack: 'latest',
      design: onPrem(v4(9_500), { ...premium, hub: { addressSpace: v4(1_600, 100) } }),
      verdict: 'fastpath',
      fires: ['gw1', 'conn1'],
    },
    // On-premises routes into private peering (section 4.5).
    {
      name: '4,001 on-premises IPv4 routes, Standard circuit',
      pack: 'latest',
      design: onPrem(v4(4_001)),
      verdict: 'fastpath',
      fires: 'er1',
      severity: 'error',
    },
    {
      name: '4,000 on-premises IPv4 routes, Standard circuit',
      pack: 'latest',
      design: onPrem(v4(4_000)),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: '101 on-premises IPv6 routes, Premium circuit',
      pack: 'latest',
      design: onPrem(v6(101), premium),
      verdict: 'fastpath',
      fires: 'er1',
      severity: 'error',
    },
    {
      name: '4,001 on-premises IPv4 routes over Microsoft peering only (not private peering)',
      pack: 'latest',
      design: onPrem(v4(4_001), { link: { peering: 'microsoft' } }),
      verdict: 'unreachable',
      fires: false,
    },
  ],
};

describe(RULE, () => {
  it.each(ruleCases(RULE, TABLE))('%s', (_title, c) => {
    const { actual, expected } = observe(RULE, TABLE.scope, c);
    expect(actual).toEqual(expected);
  });
});
