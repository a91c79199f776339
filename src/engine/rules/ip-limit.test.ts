import { describe, expect, it } from 'vitest';
import { addHub, baseDesign, DIRECT_100G, DIRECT_10G, type BaseOptions } from '../testing/design-builder.ts';
import { observe, ruleCases, type RuleTable } from '../testing/rule-tester.ts';

// RULES.md 3.17 and 4.1 (from the 2022 pack; the unit is an inference): FastPath programs at most
// 25,000 IPs per provider circuit, 100,000 per 10G Direct port and 200,000 per 100G Direct port
// (cumulative over the circuits on one port). Counted: endpoints FastPath would reach over the
// circuit (hub, plus same-region spokes on Direct). Over the limit: design warning on the circuit,
// and the endpoints beyond it (the last by id, an inference) go through the gateway. Scenario 24.

const RULE = 'ip-limit';

const hubVm =
  (instances: number, options: BaseOptions = {}) =>
  () =>
    baseDesign(options).patch('hubvm', { instances }).flow('f', 'onprem', 'hubvm');
/** Hub VMs `a` and `b` (ids in that order) with the given instance counts; flows fa and fb. */
const twoVms = (a: number, b: number) => () =>
  baseDesign({ spoke: false })
    .node('a', 'vm', { instances: a }, 'hub')
    .node('b', 'vm', { instances: b }, 'hub')
    .flow('fa', 'onprem', 'a')
    .flow('fb', 'onprem', 'b');
/** 60,000 hub and 60,000 spoke VM instances. */
const hubAndSpoke = (options: BaseOptions) => () =>
  baseDesign(options)
    .patch('hubvm', { instances: 60_000 })
    .patch('spokevm', { instances: 60_000 })
    .flow('fh', 'onprem', 'hubvm')
    .flow('fs', 'onprem', 'spokevm');
/** Two 10G Direct circuits er1 (hub, VM p1vm) and er2 (hub2, VM p2vm), 60,000 VM instances behind each. */
const twoCircuits = (er2Port: string) => () => {
  const draft = baseDesign({ circuit: DIRECT_10G, spoke: false })
    .remove('hubvm')
    .node('p1vm', 'vm', { instances: 60_000 }, 'hub')
    .node('er2', 'circuit', { ...DIRECT_10G, portId: er2Port, peeringLocation: 'London' })
    .edge('link2', 'circuitLink', 'onprem', 'er2');
  return addHub(draft, 'hub2', { circuit: 'er2' })
    .node('p2vm', 'vm', { instances: 60_000 }, 'hub2')
    .flow('f1', 'onprem', 'p1vm')
    .flow('f2', 'onprem', 'p2vm');
};
const over = { flow: ['er1'], design: ['er1'] };

const TABLE: RuleTable = {
  scope: 'flow',
  cases: [
    // Provider circuit: 25,000.
    {
      name: '30,000 hub VM IPs, provider',
      pack: 'latest',
      design: hubVm(30_000),
      verdict: 'gateway',
      fires: over,
      confidence: 'inference',
      decisive: true,
    },
    {
      name: '30,000 hub VM IPs, provider: design warning',
      pack: 'latest',
      design: hubVm(30_000),
      verdict: 'gateway',
      fires: { design: ['er1'] },
      severity: 'warning',
    },
    {
      name: '30,000 hub VM IPs, provider (limits first documented)',
      pack: '2022',
      design: hubVm(30_000),
      verdict: 'gateway',
      fires: over,
      decisive: true,
    },
    {
      name: '30,000 hub VM IPs, provider (no limit documented yet)',
      pack: '2021-08',
      design: hubVm(30_000),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: '30,000 hub VM IPs, provider (no limit documented yet)',
      pack: '2020-03',
      design: hubVm(30_000),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: '25,000 hub VM IPs, provider (at the limit: near-limit info only)',
      pack: 'latest',
      design: hubVm(25_000),
      verdict: 'fastpath',
      fires: { flow: [], design: ['er1'] },
      severity: 'info',
    },
    { name: '10,000 hub VM IPs, provider', pack: 'latest', design: hubVm(10_000), verdict: 'fastpath', fires: false },
    {
      name: '30,000 hub VM IPs, provider, FastPath off (nothing programmed)',
      pack: 'latest',
      design: hubVm(30_000, { connection: { fastPath: false } }),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: '30,000 hub VM IPs, provider: outbound flow untouched',
      pack: 'latest',
      design: () => hubVm(30_000)().remove('f').flow('f', 'hubvm', 'onprem'),
      verdict: 'direct',
      fires: { flow: [], design: ['er1'] },
    },
    // Which endpoints lose FastPath: the last by id.
    {
      name: 'hub VMs a (20,000) and b (10,000), provider: a keeps FastPath',
      pack: 'latest',
      design: twoVms(20_000, 10_000),
      flow: 'fa',
      verdict: 'fastpath',
      fires: { flow: [], design: ['er1'] },
      decisive: false,
    },
    {
      name: 'hub VMs a (20,000) and b (10,000), provider: b is over the limit',
      pack: 'latest',
      design: twoVms(20_000, 10_000),
      flow: 'fb',
      verdict: 'gateway',
      fires: over,
      decisive: true,
    },
    // Spokes count only where FastPath reaches them (Direct, same region, 2024-06+).
    {
      name: '15,000 hub + 15,000 spoke VM IPs, provider (spoke not FastPath)',
      pack: 'latest',
      design: () => hubVm(15_000)().patch('spokevm', { instances: 15_000 }),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: '60,000 hub + 60,000 spoke VM IPs, 10G Direct: spoke VM over the limit',
      pack: 'latest',
      design: hubAndSpoke({ circuit: DIRECT_10G }),
      flow: 'fs',
      verdict: 'gateway',
      fires: over,
      decisive: true,
    },
    {
      name: '60,000 hub + 60,000 spoke VM IPs, 10G Direct: hub VM keeps FastPath',
      pack: 'latest',
      design: hubAndSpoke({ circuit: DIRECT_10G }),
      flow: 'fh',
      verdict: 'fastpath',
      fires: { flow: [], design: ['er1'] },
    },
    {
      name: '60,000 hub + 60,000 northeurope spoke VM IPs, 10G Direct (spoke not FastPath)',
      pack: 'latest',
      design: hubAndSpoke({ circuit: DIRECT_10G, spoke: { region: 'northeurope' } }),
      flow: 'fh',
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: '60,000 hub + 60,000 spoke VM IPs, 10G Direct, previews off (spoke in limited GA)',
      pack: '2024-03',
      design: hubAndSpoke({ circuit: DIRECT_10G }),
      flow: 'fh',
      verdict: 'fastpath',
      fires: false,
    },
    // Direct ports: 100,000 (10G), 200,000 (100G).
    {
      name: '30,000 hub VM IPs, 10G Direct',
      pack: 'latest',
      design: hubVm(30_000, { circuit: DIRECT_10G }),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: '100,001 hub VM IPs, 10G Direct',
      pack: 'latest',
      design: hubVm(100_001, { circuit: DIRECT_10G }),
      verdict: 'gateway',
      fires: over,
    },
    {
      name: '150,000 hub VM IPs, 100G Direct',
      pack: 'latest',
      design: hubVm(150_000, { circuit: DIRECT_100G }),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: '200,001 hub VM IPs, 100G Direct',
      pack: '2023-01',
      design: hubVm(200_001, { circuit: DIRECT_100G }),
      verdict: 'gateway',
      fires: over,
    },
    // Cumulative per Direct port.
    {
      name: 'two 10G circuits on one port, 60,000 IPs each: p2vm (last by id) is over',
      pack: 'latest',
      design: twoCircuits('port-1'),
      flow: 'f2',
      verdict: 'gateway',
      fires: { flow: ['er2'], design: ['er1'] },
      decisive: true,
    },
    {
      name: 'two 10G circuits on one port, 60,000 IPs each: p1vm keeps FastPath',
      pack: 'latest',
      design: twoCircuits('port-1'),
      flow: 'f1',
      verdict: 'fastpath',
      fires: { flow: [], design: ['er1'] },
    },
    {
      name: 'two 10G circuits on separate ports, 60,000 IPs each',
      pack: 'latest',
      design: twoCircuits('port-2'),
      flow: 'f2',
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
