import { describe, expect, it } from 'vitest';
import { baseDesign, DIRECT_100G, type BaseOptions } from '../testing/design-builder.ts';
import { observe, ruleCases, type RuleTable } from '../testing/rule-tester.ts';

// RULES.md 3.1 and Part A.1: an inbound flow needs a gateway connected to the site's circuit, in
// the destination VNet or in a hub reached by gateway transit (hub → spoke peering, Allow Gateway
// Transit on the hub side, Use Remote Gateways on the spoke side). Otherwise `unreachable`, with a
// finding naming the missing piece: the VNet (no gateway), the gateway (no connection) or the
// peering (transit flags off, or drawn spoke → hub). FastPath never removes the gateway.

const RULE = 'gateway-required';

const to =
  (dest: string, options: BaseOptions = {}) =>
  () =>
    baseDesign(options).flow('f', 'onprem', dest);
/** Spoke peering drawn the wrong way: spoke (source) → hub (target). */
const reversedPeering = () =>
  baseDesign({ spoke: false })
    .node('spoke', 'vnet', { region: 'westeurope', addressSpace: ['10.254.0.0/16'] })
    .node('spokevm', 'vm', {}, 'spoke')
    .edge('peer', 'vnetPeering', 'spoke', 'hub')
    .flow('f', 'onprem', 'spokevm');

const TABLE: RuleTable = {
  scope: 'flow',
  cases: [
    // No gateway.
    {
      name: 'hub VM, the hub has no gateway',
      pack: 'latest',
      design: () => to('hubvm')().remove('gw1'),
      verdict: 'unreachable',
      fires: 'hub',
      severity: 'error',
      decisive: true,
    },
    {
      name: 'hub VM, the hub has no gateway',
      pack: '2019-05',
      design: () => to('hubvm')().remove('gw1'),
      verdict: 'unreachable',
      fires: 'hub',
    },
    {
      name: 'spoke VM, the hub has no gateway',
      pack: 'latest',
      design: () => to('spokevm')().remove('gw1'),
      verdict: 'unreachable',
      fires: 'spoke',
      decisive: true,
    },
    {
      name: 'VM in a VNet with no gateway and no peering',
      pack: 'latest',
      verdict: 'unreachable',
      fires: 'island',
      design: () =>
        baseDesign()
          .node('island', 'vnet', { region: 'westeurope' })
          .node('islandvm', 'vm', {}, 'island')
          .flow('f', 'onprem', 'islandvm'),
      decisive: true,
    },
    // No connection to the site's circuit.
    {
      name: 'hub VM, the gateway has no connection',
      pack: 'latest',
      design: () => to('hubvm')().remove('conn1'),
      verdict: 'unreachable',
      fires: 'gw1',
      decisive: true,
    },
    {
      name: 'hub VM, the gateway connects only to a circuit the site is not linked to',
      pack: '2020-03',
      verdict: 'unreachable',
      fires: 'gw1',
      design: () =>
        to('hubvm')()
          .remove('conn1')
          .node('er2', 'circuit', {})
          .edge('conn2', 'connection', 'gw1', 'er2', { fastPath: true }),
    },
    {
      name: 'spoke VM, the hub gateway (reached by transit) has no connection',
      pack: 'latest',
      design: () => to('spokevm')().remove('conn1'),
      verdict: 'unreachable',
      fires: 'gw1',
      decisive: true,
    },
    // Transit flags and direction.
    {
      name: 'spoke VM, Allow Gateway Transit off on the hub side',
      pack: 'latest',
      design: to('spokevm', { peering: { allowGatewayTransit: false } }),
      verdict: 'unreachable',
      fires: 'peer',
      decisive: true,
    },
    {
      name: 'spoke VM, Use Remote Gateways off on the spoke side',
      pack: 'latest',
      design: to('spokevm', { peering: { useRemoteGateways: false } }),
      verdict: 'unreachable',
      fires: 'peer',
    },
    {
      name: 'spoke VM, Direct, both transit flags off',
      pack: '2024-06',
      design: to('spokevm', {
        circuit: DIRECT_100G,
        peering: { allowGatewayTransit: false, useRemoteGateways: false },
      }),
      verdict: 'unreachable',
      fires: 'peer',
    },
    {
      name: 'spoke VM, peering drawn spoke → hub',
      pack: 'latest',
      design: reversedPeering,
      verdict: 'unreachable',
      fires: 'peer',
      decisive: true,
    },
    {
      name: 'expected unreachable: the finding is info',
      pack: 'latest',
      design: () => baseDesign().remove('gw1').flow('f', 'onprem', 'hubvm', { expect: 'unreachable' }),
      verdict: 'unreachable',
      fires: 'hub',
      severity: 'info',
      decisive: true,
    },
    // Reachable: no finding.
    { name: 'hub VM (gateway, connection)', pack: 'latest', design: to('hubvm'), verdict: 'fastpath', fires: false },
    {
      name: 'hub VM, FastPath off (gateway still there)',
      pack: 'latest',
      design: to('hubvm', { connection: { fastPath: false } }),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'spoke VM by gateway transit, provider',
      pack: 'latest',
      design: to('spokevm'),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'spoke VM by gateway transit, Direct',
      pack: 'latest',
      design: to('spokevm', { circuit: DIRECT_100G }),
      verdict: 'fastpath',
      fires: false,
    },
    // Other missing pieces are other rules' findings.
    {
      name: 'site linked by Microsoft peering only (microsoft-peering reports)',
      pack: 'latest',
      design: to('hubvm', { link: { peering: 'microsoft' } }),
      verdict: 'unreachable',
      fires: false,
    },
    {
      name: 'hub without a gateway, VM to on-premises (outbound-direct reports)',
      pack: 'latest',
      design: () => baseDesign().remove('gw1').flow('f', 'hubvm', 'onprem'),
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
