import { describe, expect, it } from 'vitest';
import { addHub, baseDesign, DIRECT_100G, type BaseOptions } from '../testing/design-builder.ts';
import { observe, ruleCases, type RuleTable } from '../testing/rule-tester.ts';

// RULES.md 3.2: FastPath is set per connection; with `fastPath: false` on the entry connection the
// inbound flow goes through the gateway (info finding about that connection), in every pack.

const RULE = 'fastpath-flag';

const off = { connection: { fastPath: false } };
const to =
  (dest: string, options: BaseOptions = {}) =>
  () =>
    baseDesign(options).flow('f', 'onprem', dest);
/** A second circuit er2, linked from the site and connected to gw1 by conn2. */
const secondCircuit = (conn2: Record<string, unknown>) => () =>
  baseDesign()
    .node('er2', 'circuit', { circuitType: 'provider', peeringLocation: 'London' })
    .edge('link2', 'circuitLink', 'onprem', 'er2')
    .edge('conn2', 'connection', 'gw1', 'er2', conn2)
    .flow('f', 'onprem', 'hubvm');

const TABLE: RuleTable = {
  scope: 'flow',
  cases: [
    {
      name: 'hub VM, FastPath off',
      pack: 'latest',
      design: to('hubvm', off),
      verdict: 'gateway',
      fires: 'conn1',
      severity: 'info',
      decisive: true,
    },
    {
      name: 'hub VM, FastPath off',
      pack: '2020-03',
      design: to('hubvm', off),
      verdict: 'gateway',
      fires: 'conn1',
      decisive: true,
    },
    {
      name: 'hub VM, Direct, FastPath off',
      pack: '2019-05',
      design: to('hubvm', { ...off, circuit: DIRECT_100G }),
      verdict: 'gateway',
      fires: 'conn1',
      decisive: true,
    },
    {
      name: 'spoke VM, Direct, FastPath off',
      pack: 'latest',
      design: to('spokevm', { ...off, circuit: DIRECT_100G }),
      verdict: 'gateway',
      fires: 'conn1',
      decisive: true,
    },
    {
      name: 'Key Vault PE, Direct, Private Link FastPath on but FastPath off',
      pack: 'latest',
      verdict: 'gateway',
      fires: 'conn1',
      design: () =>
        baseDesign({ circuit: DIRECT_100G, connection: { fastPath: false, privateLinkFastPath: true } })
          .node('pe', 'privateEndpoint', { service: 'KeyVault' }, 'hub')
          .flow('f', 'onprem', 'pe'),
      decisive: true,
    },
    {
      name: "IPv6 to a hub DNS resolver, FastPath off: listed before the resolver's IPv6 warning",
      pack: 'latest',
      design: () =>
        baseDesign(off)
          .node('dns', 'dnsResolver', { ip: '10.255.6.4' }, 'hub')
          .flow('f', 'onprem', 'dns', { ipVersion: 6 }),
      verdict: 'gateway',
      fires: 'conn1',
      severity: 'info',
      decisive: true,
    },
    // FastPath on.
    { name: 'hub VM, FastPath on', pack: 'latest', design: to('hubvm'), verdict: 'fastpath', fires: false },
    {
      name: 'hub VM, Direct, FastPath on',
      pack: '2019-05',
      design: to('hubvm', { circuit: DIRECT_100G }),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'spoke VM, provider, FastPath on (gateway for another reason)',
      pack: 'latest',
      design: to('spokevm'),
      verdict: 'gateway',
      fires: false,
    },
    // The chosen entry decides (Part A.1: higher routing weight, then lower connection id).
    {
      name: 'preferred connection (weight 10) has FastPath off',
      pack: 'latest',
      design: secondCircuit({ fastPath: false, routingWeight: 10 }),
      verdict: 'gateway',
      fires: 'conn2',
      decisive: true,
    },
    {
      name: 'other connection (same weight, higher id) has FastPath off',
      pack: 'latest',
      design: secondCircuit({ fastPath: false }),
      verdict: 'fastpath',
      fires: false,
    },
    // Not inbound: FastPath state is irrelevant.
    {
      name: 'hub VM to on-premises, FastPath off (outbound)',
      pack: 'latest',
      design: () => baseDesign(off).flow('f', 'hubvm', 'onprem'),
      verdict: 'direct',
      fires: false,
    },
    {
      name: 'hub VM to spoke VM, FastPath off (peered)',
      pack: 'latest',
      design: () => baseDesign(off).flow('f', 'hubvm', 'spokevm'),
      verdict: 'direct',
      fires: false,
    },
    // Through the edge (Part A.3): the destination's inbound connection is the one that counts.
    {
      name: "remote VNet to hub VM, the remote gateway's connection has FastPath off",
      pack: 'latest',
      verdict: 'fastpath',
      fires: false,
      design: () =>
        addHub(baseDesign(), 'remote', { connectionProps: { fastPath: false } })
          .node('remotevm', 'vm', {}, 'remote')
          .flow('f', 'remotevm', 'hubvm'),
    },
    {
      name: 'remote VNet to hub VM, the hub connection has FastPath off',
      pack: 'latest',
      verdict: 'gateway',
      fires: 'conn1',
      design: () =>
        addHub(baseDesign(off), 'remote').node('remotevm', 'vm', {}, 'remote').flow('f', 'remotevm', 'hubvm'),
      decisive: true,
    },
  ],
};

describe(RULE, () => {
  it.each(ruleCases(RULE, TABLE))('%s', (_title, c) => {
    const { actual, expected } = observe(RULE, TABLE.scope, c);
    expect(actual).toEqual(expected);
  });
});
