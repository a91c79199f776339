import { describe, expect, it } from 'vitest';
import { addHub, baseDesign, DIRECT_100G, type BaseOptions } from '../testing/design-builder.ts';
import { observe, ruleCases, type RuleTable } from '../testing/rule-tester.ts';

// RULES.md 3.19 and Part A.2-3 (advisory: blog and lab): traffic sourced in Azure towards
// on-premises is `direct` in every pack, whatever FastPath says; inside one VNet or between peered
// VNets it is `direct` too. No route out, two spokes of one hub that are not peered, or two
// on-premises ends: `unreachable`. VNets that meet only at the edge routers through different
// gateways take the inbound leg's verdict (no finding from this rule). Scenario 19.

const RULE = 'outbound-direct';

const base = (options: BaseOptions = {}) => baseDesign(options);
const noTransit = { allowGatewayTransit: false, useRemoteGateways: false };
/** A second spoke of the same hub, not peered to the first. */
const withSpoke2 = (options: BaseOptions = {}) =>
  base(options)
    .node('spoke2', 'vnet', { region: 'westeurope', addressSpace: ['10.253.0.0/16'] })
    .node('spoke2vm', 'vm', {}, 'spoke2')
    .edge('peer2', 'vnetPeering', 'hub', 'spoke2');
/** A remote VNet with its own gateway connected to er1 (the lab). */
const withRemote = (options: BaseOptions = {}) => addHub(base(options), 'remote').node('remotevm', 'vm', {}, 'remote');

const TABLE: RuleTable = {
  scope: 'flow',
  cases: [
    // Azure to on-premises.
    {
      name: 'hub VM to on-premises',
      pack: 'latest',
      design: () => base().flow('f', 'hubvm', 'onprem'),
      verdict: 'direct',
      fires: 'f',
      severity: 'info',
      confidence: 'advisory',
      hops: ['MSEE', 'onprem'],
      decisive: false,
    },
    {
      name: 'hub VM to on-premises, provider (FastPath irrelevant)',
      pack: '2019-05',
      design: () => base().flow('f', 'hubvm', 'onprem'),
      verdict: 'direct',
      fires: 'f',
    },
    {
      name: 'hub VM to on-premises, FastPath off',
      pack: '2020-03',
      design: () => base({ connection: { fastPath: false } }).flow('f', 'hubvm', 'onprem'),
      verdict: 'direct',
      fires: 'f',
    },
    {
      name: 'spoke VM to on-premises by gateway transit',
      pack: 'latest',
      design: () => base().flow('f', 'spokevm', 'onprem'),
      verdict: 'direct',
      fires: 'f',
    },
    {
      name: 'NVA to on-premises',
      pack: 'latest',
      design: () => base().node('nva1', 'nva', {}, 'hub').flow('f', 'nva1', 'onprem'),
      verdict: 'direct',
      fires: 'f',
    },
    {
      name: 'private endpoint to on-premises',
      pack: '2024-06',
      design: () => base({ circuit: DIRECT_100G }).node('pe', 'privateEndpoint', {}, 'hub').flow('f', 'pe', 'onprem'),
      verdict: 'direct',
      fires: 'f',
    },
    // No way out: unreachable, subject the source VNet.
    {
      name: 'hub VM to on-premises, the hub has no gateway',
      pack: 'latest',
      design: () => base().remove('gw1').flow('f', 'hubvm', 'onprem'),
      verdict: 'unreachable',
      fires: 'hub',
      severity: 'error',
      decisive: true,
    },
    {
      name: 'hub VM to on-premises, no connection',
      pack: 'latest',
      design: () => base().remove('conn1').flow('f', 'hubvm', 'onprem'),
      verdict: 'unreachable',
      fires: 'hub',
    },
    {
      name: 'hub VM to on-premises, Microsoft peering only',
      pack: 'latest',
      design: () => base({ link: { peering: 'microsoft' } }).flow('f', 'hubvm', 'onprem'),
      verdict: 'unreachable',
      fires: 'hub',
      decisive: true,
    },
    {
      name: 'spoke VM to on-premises, transit flags off',
      pack: 'latest',
      design: () => base({ peering: noTransit }).flow('f', 'spokevm', 'onprem'),
      verdict: 'unreachable',
      fires: 'spoke',
      decisive: true,
    },
    {
      name: 'expected unreachable: the finding is info',
      pack: 'latest',
      design: () => base().remove('gw1').flow('f', 'hubvm', 'onprem', { expect: 'unreachable' }),
      verdict: 'unreachable',
      fires: 'hub',
      severity: 'info',
      decisive: true,
    },
    // Inside Azure: same VNet or peered VNets.
    {
      name: 'two VMs in the hub',
      pack: 'latest',
      design: () => base().node('hubvm2', 'vm', {}, 'hub').flow('f', 'hubvm', 'hubvm2'),
      verdict: 'direct',
      fires: 'f',
      decisive: false,
    },
    {
      name: 'hub VM to spoke VM (peered)',
      pack: 'latest',
      design: () => base().flow('f', 'hubvm', 'spokevm'),
      verdict: 'direct',
      fires: 'f',
      decisive: false,
    },
    {
      name: 'spoke VM to hub VM, transit flags off (still peered)',
      pack: '2020-03',
      design: () => base({ peering: noTransit }).flow('f', 'spokevm', 'hubvm'),
      verdict: 'direct',
      fires: 'f',
    },
    {
      name: 'two spokes of one hub, peered to each other',
      pack: 'latest',
      design: () =>
        withSpoke2().edge('spokes', 'vnetPeering', 'spoke', 'spoke2', noTransit).flow('f', 'spokevm', 'spoke2vm'),
      verdict: 'direct',
      fires: 'f',
    },
    // Not peered, same gateway: unreachable (subject the gateway).
    {
      name: 'two spokes of one hub, not peered',
      pack: 'latest',
      design: () => withSpoke2().flow('f', 'spokevm', 'spoke2vm'),
      verdict: 'unreachable',
      fires: 'gw1',
      decisive: true,
    },
    {
      name: 'two spokes of one hub, not peered, Direct',
      pack: '2024-06',
      design: () => withSpoke2({ circuit: DIRECT_100G }).flow('f', 'spoke2vm', 'spokevm'),
      verdict: 'unreachable',
      fires: 'gw1',
    },
    // Not peered, different gateways on one circuit: the inbound leg's verdict, no finding here.
    {
      name: 'remote VNet to hub VM (lab: FastPath)',
      pack: 'latest',
      design: () => withRemote().flow('f', 'remotevm', 'hubvm'),
      verdict: 'fastpath',
      fires: false,
      hops: ['MSEE', '10.255.10.4'],
    },
    {
      name: 'remote VNet to spoke VM, provider (lab: through the hub gateway)',
      pack: '2020-03',
      design: () => withRemote().flow('f', 'remotevm', 'spokevm'),
      verdict: 'gateway',
      fires: false,
      hops: ['MSEE', '*', '10.254.10.4'],
    },
    {
      name: 'remote VNet to spoke VM, provider',
      pack: 'latest',
      design: () => withRemote().flow('f', 'remotevm', 'spokevm'),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'remote VNet to spoke VM, Direct (spoke FastPath GA)',
      pack: 'latest',
      design: () => withRemote({ circuit: DIRECT_100G }).flow('f', 'remotevm', 'spokevm'),
      verdict: 'fastpath',
      fires: false,
    },
    // Not peered, no shared circuit: unreachable (subject the destination VNet).
    {
      name: 'remote VNet on another circuit to hub VM',
      pack: 'latest',
      verdict: 'unreachable',
      fires: 'hub',
      design: () =>
        addHub(base().node('er2', 'circuit', {}), 'remote', { circuit: 'er2' })
          .node('remotevm', 'vm', {}, 'remote')
          .flow('f', 'remotevm', 'hubvm'),
      decisive: true,
    },
    // On-premises at both ends.
    {
      name: 'on-premises to another on-premises site',
      pack: 'latest',
      design: () =>
        base()
          .node('branch', 'onPremises', {})
          .edge('link2', 'circuitLink', 'branch', 'er1')
          .flow('f', 'onprem', 'branch'),
      verdict: 'unreachable',
      fires: 'f',
      decisive: true,
    },
    // Inbound: not this rule.
    {
      name: 'on-premises to hub VM (inbound)',
      pack: 'latest',
      design: () => base().flow('f', 'onprem', 'hubvm'),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'on-premises to hub VM, no gateway (gateway-required reports)',
      pack: 'latest',
      design: () => base().remove('gw1').flow('f', 'onprem', 'hubvm'),
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
