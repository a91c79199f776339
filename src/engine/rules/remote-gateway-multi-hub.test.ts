import { describe, expect, it } from 'vitest';
import { addHub, baseDesign, DIRECT_100G, type BaseOptions } from '../testing/design-builder.ts';
import { observe, ruleCases, type RuleTable } from '../testing/rule-tester.ts';

// RULES.md 3.9 (packs from 2024-11): a spoke peered to two hubs with Use Remote Gateways on both
// peerings: design warning on the spoke (only one hub gateway can be the remote gateway).
// Scenario 27.

const RULE = 'remote-gateway-multi-hub';

/** hub2 with gateway hub2gw connected to er1 (FastPath), peered hub2 → spoke as `peer2`. */
type HubOptions = Parameters<typeof addHub>[2];
const twoHubs =
  (peer2: Record<string, unknown> = {}, base: BaseOptions = {}, hub2: HubOptions = {}) =>
  () =>
    addHub(baseDesign(base), 'hub2', hub2)
      .edge('peer2', 'vnetPeering', 'hub2', 'spoke', { allowGatewayTransit: true, useRemoteGateways: true, ...peer2 })
      .flow('f', 'onprem', 'spokevm');

const TABLE: RuleTable = {
  scope: 'design',
  cases: [
    {
      name: 'spoke uses remote gateways of two hubs, provider',
      pack: 'latest',
      design: twoHubs(),
      verdict: 'gateway',
      fires: 'spoke',
      severity: 'warning',
    },
    {
      name: 'spoke uses remote gateways of two hubs, Direct',
      pack: 'latest',
      design: twoHubs({}, { circuit: DIRECT_100G }),
      verdict: 'fastpath',
      fires: 'spoke',
    },
    {
      name: 'spoke uses remote gateways of two hubs',
      pack: '2024-11',
      design: twoHubs(),
      verdict: 'gateway',
      fires: 'spoke',
    },
    {
      name: 'second hub on another circuit',
      pack: 'latest',
      design: () => twoHubs({}, {}, { circuit: 'er2' })().node('er2', 'circuit', { peeringLocation: 'London' }),
      verdict: 'gateway',
      fires: 'spoke',
    },
    {
      name: 'Use Remote Gateways on both, Allow Gateway Transit off on the second hub',
      pack: 'latest',
      design: twoHubs({ allowGatewayTransit: false }),
      verdict: 'gateway',
      fires: 'spoke',
    },
    // Neighbouring conditions.
    {
      name: 'spoke uses remote gateways of two hubs (not stated before 2024-11)',
      pack: '2024-06',
      design: twoHubs(),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'spoke uses remote gateways of two hubs',
      pack: '2020-03',
      design: twoHubs(),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'Use Remote Gateways off towards the second hub',
      pack: 'latest',
      design: twoHubs({ useRemoteGateways: false }),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'second peered VNet has no gateway (not a hub)',
      pack: 'latest',
      verdict: 'gateway',
      fires: false,
      design: () =>
        baseDesign()
          .node('other', 'vnet', { region: 'westeurope' })
          .edge('peer2', 'vnetPeering', 'other', 'spoke')
          .flow('f', 'onprem', 'spokevm'),
    },
    {
      name: 'one hub, one spoke',
      pack: 'latest',
      design: () => baseDesign().flow('f', 'onprem', 'spokevm'),
      verdict: 'gateway',
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
