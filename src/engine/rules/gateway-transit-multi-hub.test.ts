import { describe, expect, it } from 'vitest';
import { addHub, baseDesign, DIRECT_100G, type BaseOptions } from '../testing/design-builder.ts';
import { observe, ruleCases, type RuleTable } from '../testing/rule-tester.ts';

// RULES.md 3.9 (packs from 2024-11): two hubs whose gateways connect to the same circuit, peered
// with Allow Gateway Transit: FastPath stays, plus a design warning on that peering. Scenario 26.

const RULE = 'gateway-transit-multi-hub';

type HubsOptions = { peering?: Record<string, unknown>; hub2?: Parameters<typeof addHub>[2]; base?: BaseOptions };
/** hub2 with gateway hub2gw connected to er1 (FastPath), peered hub → hub2 as `hubs`. */
const twoHubs =
  ({ peering = {}, hub2 = {}, base = {} }: HubsOptions = {}) =>
  () =>
    addHub(baseDesign({ spoke: false, ...base }), 'hub2', hub2)
      .node('hub2vm', 'vm', {}, 'hub2')
      .edge('hubs', 'vnetPeering', 'hub', 'hub2', { allowGatewayTransit: true, useRemoteGateways: false, ...peering })
      .flow('f', 'onprem', 'hubvm');

const TABLE: RuleTable = {
  scope: 'design',
  cases: [
    {
      name: 'two hubs on er1 peered with Allow Gateway Transit',
      pack: 'latest',
      design: twoHubs(),
      verdict: 'fastpath',
      fires: 'hubs',
      severity: 'warning',
    },
    {
      name: 'two hubs on er1 peered with Allow Gateway Transit',
      pack: '2024-11',
      design: twoHubs(),
      verdict: 'fastpath',
      fires: 'hubs',
    },
    {
      name: 'two hubs on er1, Direct, flow to the second hub',
      pack: '2025-03',
      design: () =>
        twoHubs({ base: { circuit: DIRECT_100G } })()
          .remove('f')
          .flow('f', 'onprem', 'hub2vm'),
      verdict: 'fastpath',
      fires: 'hubs',
    },
    {
      name: "the second hub's connection has FastPath off: still the same circuit",
      pack: 'latest',
      design: twoHubs({ hub2: { connectionProps: { fastPath: false } } }),
      verdict: 'fastpath',
      fires: 'hubs',
    },
    // Neighbouring conditions.
    {
      name: 'two hubs on er1 peered with Allow Gateway Transit (not stated before 2024-11)',
      pack: '2024-06',
      design: twoHubs(),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'two hubs on er1 peered with Allow Gateway Transit',
      pack: '2020-03',
      design: twoHubs(),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'two hubs on er1 peered without Allow Gateway Transit',
      pack: 'latest',
      design: twoHubs({ peering: { allowGatewayTransit: false } }),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'second hub connected to another circuit',
      pack: 'latest',
      design: () => twoHubs({ hub2: { circuit: 'er2' } })().node('er2', 'circuit', { peeringLocation: 'London' }),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'second VNet has a gateway but no connection',
      pack: 'latest',
      design: twoHubs({ hub2: { connection: false } }),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'hub and spoke (the spoke has no gateway)',
      pack: 'latest',
      design: () => baseDesign().flow('f', 'onprem', 'hubvm'),
      verdict: 'fastpath',
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
