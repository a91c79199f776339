import { describe, expect, it } from 'vitest';
import { baseDesign, DIRECT_100G, type BaseOptions } from '../testing/design-builder.ts';
import { observe, ruleCases, type RuleTable } from '../testing/rule-tester.ts';

// RULES.md 3.14 and the section 2 row "Basic ILB VIP (hub)": gateway from 2020-03 to 2024-06 (2024-11
// sends every ILB to the gateway under `internal-load-balancer`), FastPath from 2025-03, and from
// 2025-11 a design error because Basic Load Balancer was retired on 2025-09-30. Scenario 5.

const RULE = 'basic-load-balancer';

const toLb =
  (sku: 'Basic' | 'Standard', where: 'hub' | 'spoke' = 'hub', options: BaseOptions = {}) =>
  () =>
    baseDesign(options)
      .node('lb', 'loadBalancer', { sku, frontendIp: where === 'hub' ? '10.255.2.4' : '10.254.2.4' }, where)
      .flow('f', 'onprem', 'lb');

const TABLE: RuleTable = {
  scope: 'flow',
  cases: [
    {
      name: 'Basic ILB in the hub, Direct (n/s in the 2019 gateway article)',
      pack: '2019-05',
      design: toLb('Basic', 'hub', { circuit: DIRECT_100G }),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'Basic ILB in the hub, provider',
      pack: '2020-03',
      design: toLb('Basic'),
      verdict: 'gateway',
      fires: 'lb',
      decisive: true,
    },
    { name: 'Basic ILB in the hub, provider', pack: '2021-03', design: toLb('Basic'), verdict: 'gateway', fires: 'lb' },
    {
      name: 'Basic ILB in the hub, provider, previews on',
      pack: '2021-08',
      previews: true,
      design: toLb('Basic'),
      verdict: 'gateway',
      fires: 'lb',
      decisive: true,
    },
    {
      name: 'Basic ILB in the hub, Direct',
      pack: '2023-01',
      design: toLb('Basic', 'hub', { circuit: DIRECT_100G }),
      verdict: 'gateway',
      fires: 'lb',
      decisive: true,
    },
    { name: 'Basic ILB in the hub, provider', pack: '2023-11', design: toLb('Basic'), verdict: 'gateway', fires: 'lb' },
    { name: 'Basic ILB in the hub, provider', pack: '2024-06', design: toLb('Basic'), verdict: 'gateway', fires: 'lb' },
    {
      name: 'Basic ILB in a spoke, Direct (spoke GA, but Basic still gateway)',
      pack: '2024-06',
      design: toLb('Basic', 'spoke', { circuit: DIRECT_100G }),
      verdict: 'gateway',
      fires: 'lb',
      decisive: true,
    },
    // 2024-11: any ILB goes to the gateway, reported by internal-load-balancer (engine's split).
    {
      name: 'Basic ILB in the hub, provider (any ILB rule takes over)',
      pack: '2024-11',
      design: toLb('Basic'),
      verdict: 'gateway',
      fires: false,
    },
    // 2025-03: hub load balancers supported, no Basic rule; retirement only from 2025-11.
    {
      name: 'Basic ILB in the hub, provider (hub LBs supported)',
      pack: '2025-03',
      design: toLb('Basic'),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'Basic ILB in the hub, provider: retired, design error',
      pack: '2025-11',
      design: toLb('Basic'),
      verdict: 'fastpath',
      fires: { flow: [], design: ['lb'] },
      severity: 'error',
    },
    {
      name: 'Basic ILB in the hub, provider: retired, design error',
      pack: 'latest',
      design: toLb('Basic'),
      verdict: 'fastpath',
      fires: { flow: [], design: ['lb'] },
      severity: 'error',
      decisive: false,
    },
    {
      name: 'Basic ILB with FastPath off: retired all the same',
      pack: 'latest',
      design: toLb('Basic', 'hub', { connection: { fastPath: false } }),
      verdict: 'gateway',
      fires: { flow: [], design: ['lb'] },
      decisive: false,
    },
    {
      name: 'Basic ILB that no flow targets: retired all the same',
      pack: 'latest',
      design: () => toLb('Basic')().remove('f').flow('f', 'onprem', 'hubvm'),
      verdict: 'fastpath',
      fires: { flow: [], design: ['lb'] },
    },
    // Neighbouring conditions: Standard SKU, FastPath off, not a load balancer.
    {
      name: 'Standard ILB in the hub, provider',
      pack: '2020-03',
      design: toLb('Standard'),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'Standard ILB in the hub, provider',
      pack: '2024-06',
      design: toLb('Standard'),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'Standard ILB in the hub, provider',
      pack: 'latest',
      design: toLb('Standard'),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'Basic ILB in the hub, FastPath off',
      pack: '2020-03',
      design: toLb('Basic', 'hub', { connection: { fastPath: false } }),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'hub VM beside a Basic ILB',
      pack: '2020-03',
      design: () => toLb('Basic')().remove('f').flow('f', 'onprem', 'hubvm'),
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
