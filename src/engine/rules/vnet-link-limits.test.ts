import { describe, expect, it } from 'vitest';
import { addHub, baseDesign, DIRECT_100G, DIRECT_10G } from '../testing/design-builder.ts';
import { observe, ruleCases, type RuleTable } from '../testing/rule-tester.ts';

// RULES.md 3.24 and 4.3: VNet connections per circuit: 10 on Local and Standard; on Premium by
// bandwidth 20 (50 Mbps), 25 (100, 200 Mbps), 40 (500 Mbps), 50 (1 Gbps), 60 (2 Gbps), 75 (5 Gbps),
// 100 (10 Gbps and up). Design error on the circuit, in every pack.

const RULE = 'vnet-link-limits';

/** er1 with `count` VNet connections: the base hub's plus `count - 1` more hubs (no FastPath). */
const links = (count: number, circuit: Record<string, unknown>) => () => {
  const draft = baseDesign({ circuit, spoke: false }).flow('f', 'onprem', 'hubvm');
  for (let i = 2; i <= count; i++) addHub(draft, `vnet${i}`, { connectionProps: { fastPath: false } });
  return draft;
};
const premium = (bandwidthMbps: number) => ({ sku: 'Premium', bandwidthMbps });

const TABLE: RuleTable = {
  scope: 'design',
  cases: [
    {
      name: 'Standard 1 Gbps, 10 connections',
      pack: 'latest',
      design: links(10, {}),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'Standard 1 Gbps, 11 connections',
      pack: 'latest',
      design: links(11, {}),
      verdict: 'fastpath',
      fires: 'er1',
      severity: 'error',
    },
    {
      name: 'Standard 1 Gbps, 11 connections',
      pack: '2019-05',
      design: links(11, {}),
      verdict: 'gateway',
      fires: 'er1',
    },
    {
      name: 'Premium Direct 10 Gbps, 11 connections',
      pack: '2019-05',
      design: links(11, DIRECT_10G),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'Standard 10 Gbps, 11 connections',
      pack: '2020-03',
      design: links(11, { bandwidthMbps: 10_000 }),
      verdict: 'fastpath',
      fires: 'er1',
    },
    {
      name: 'Local 1 Gbps, 11 connections',
      pack: 'latest',
      design: links(11, { sku: 'Local' }),
      verdict: 'fastpath',
      fires: 'er1',
    },
    {
      name: 'Local 1 Gbps, 10 connections',
      pack: 'latest',
      design: links(10, { sku: 'Local' }),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'Premium 50 Mbps, 20 connections',
      pack: 'latest',
      design: links(20, premium(50)),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'Premium 50 Mbps, 21 connections',
      pack: 'latest',
      design: links(21, premium(50)),
      verdict: 'fastpath',
      fires: 'er1',
    },
    {
      name: 'Premium 200 Mbps, 26 connections',
      pack: 'latest',
      design: links(26, premium(200)),
      verdict: 'fastpath',
      fires: 'er1',
    },
    {
      name: 'Premium 500 Mbps, 40 connections',
      pack: 'latest',
      design: links(40, premium(500)),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'Premium 1 Gbps, 50 connections',
      pack: 'latest',
      design: links(50, premium(1_000)),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'Premium 1 Gbps, 51 connections',
      pack: 'latest',
      design: links(51, premium(1_000)),
      verdict: 'fastpath',
      fires: 'er1',
    },
    {
      name: 'Premium 2 Gbps, 61 connections',
      pack: 'latest',
      design: links(61, premium(2_000)),
      verdict: 'fastpath',
      fires: 'er1',
    },
    {
      name: 'Premium 5 Gbps, 75 connections',
      pack: 'latest',
      design: links(75, premium(5_000)),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'Premium Direct 10 Gbps, 100 connections',
      pack: 'latest',
      design: links(100, DIRECT_10G),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'Premium Direct 100 Gbps, 101 connections',
      pack: 'latest',
      design: links(101, DIRECT_100G),
      verdict: 'fastpath',
      fires: 'er1',
    },
  ],
};

describe(RULE, () => {
  it.each(ruleCases(RULE, TABLE))('%s', (_title, c) => {
    const { actual, expected } = observe(RULE, TABLE.scope, c);
    expect(actual).toEqual(expected);
  });
});
