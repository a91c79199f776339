import { describe, expect, it } from 'vitest';
import { baseDesign, DIRECT_100G, type BaseOptions } from '../testing/design-builder.ts';
import { observe, ruleCases, type RuleTable } from '../testing/rule-tester.ts';

// RULES.md 3.14 and the section 2 rows "Standard ILB VIP, hub" and "Standard ILB VIP, spoke
// (Direct)": the 2024-11 text sends any ILB to the gateway; from 2025-03 only spoke ILBs go there.
// Scenarios 5, 6 and 7.

const RULE = 'internal-load-balancer';

const toLb =
  (sku: 'Basic' | 'Standard', where: 'hub' | 'spoke', options: BaseOptions = {}) =>
  () =>
    baseDesign(options)
      .node('lb', 'loadBalancer', { sku, frontendIp: where === 'hub' ? '10.255.2.4' : '10.254.2.4' }, where)
      .flow('f', 'onprem', 'lb');
const direct = { circuit: DIRECT_100G };

const TABLE: RuleTable = {
  scope: 'flow',
  cases: [
    // Standard ILB in the hub: FastPath except in 2024-11.
    {
      name: 'Standard ILB in the hub, provider',
      pack: '2020-03',
      design: toLb('Standard', 'hub'),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'Standard ILB in the hub, provider',
      pack: '2024-06',
      design: toLb('Standard', 'hub'),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'Standard ILB in the hub, provider (text: any ILB)',
      pack: '2024-11',
      design: toLb('Standard', 'hub'),
      verdict: 'gateway',
      fires: 'lb',
      decisive: true,
    },
    {
      name: 'Standard ILB in the hub, Direct (text: any ILB)',
      pack: '2024-11',
      design: toLb('Standard', 'hub', direct),
      verdict: 'gateway',
      fires: 'lb',
    },
    {
      name: 'Standard ILB in the hub, provider (hub LBs supported)',
      pack: '2025-03',
      design: toLb('Standard', 'hub'),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'Standard ILB in the hub, provider',
      pack: '2025-11',
      design: toLb('Standard', 'hub'),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'Standard ILB in the hub, provider',
      pack: 'latest',
      design: toLb('Standard', 'hub'),
      verdict: 'fastpath',
      fires: false,
    },
    // Standard ILB in a spoke on Direct.
    {
      name: 'Standard ILB in a spoke, Direct (spoke rule: gateway)',
      pack: '2020-03',
      design: toLb('Standard', 'spoke', direct),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'Standard ILB in a spoke, Direct, previews on (limited GA)',
      pack: '2023-11',
      previews: true,
      design: toLb('Standard', 'spoke', direct),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'Standard ILB in a spoke, Direct (spoke GA, no spoke-LB rule yet)',
      pack: '2024-06',
      design: toLb('Standard', 'spoke', direct),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'Standard ILB in a spoke, Direct',
      pack: '2024-11',
      design: toLb('Standard', 'spoke', direct),
      verdict: 'gateway',
      fires: 'lb',
    },
    {
      name: 'Standard ILB in a spoke, Direct',
      pack: '2025-03',
      design: toLb('Standard', 'spoke', direct),
      verdict: 'gateway',
      fires: 'lb',
    },
    {
      name: 'Standard ILB in a spoke, Direct',
      pack: '2025-11',
      design: toLb('Standard', 'spoke', direct),
      verdict: 'gateway',
      fires: 'lb',
    },
    {
      name: 'Standard ILB in a spoke, Direct',
      pack: 'latest',
      design: toLb('Standard', 'spoke', direct),
      verdict: 'gateway',
      fires: 'lb',
      decisive: true,
    },
    {
      name: 'Standard ILB in a spoke, provider (gateway by the spoke rule too)',
      pack: 'latest',
      design: toLb('Standard', 'spoke'),
      verdict: 'gateway',
      fires: 'lb',
      decisive: true,
    },
    // Basic ILBs: any ILB in 2024-11; hub LBs supported from 2025-03.
    {
      name: 'Basic ILB in the hub, provider (any ILB)',
      pack: '2024-11',
      design: toLb('Basic', 'hub'),
      verdict: 'gateway',
      fires: 'lb',
      decisive: true,
    },
    {
      name: 'Basic ILB in the hub, provider (hub LBs supported)',
      pack: 'latest',
      design: toLb('Basic', 'hub'),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'Basic ILB in the hub, provider (Basic rule decides)',
      pack: '2024-06',
      design: toLb('Basic', 'hub'),
      verdict: 'gateway',
      fires: false,
    },
    // Neighbouring conditions.
    {
      name: 'Standard ILB in the hub, FastPath off',
      pack: '2024-11',
      design: toLb('Standard', 'hub', { connection: { fastPath: false } }),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'hub VM beside a hub ILB',
      pack: '2024-11',
      design: () => toLb('Standard', 'hub')().remove('f').flow('f', 'onprem', 'hubvm'),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'spoke VM beside a spoke ILB, Direct',
      pack: 'latest',
      design: () => toLb('Standard', 'spoke', direct)().remove('f').flow('f', 'onprem', 'spokevm'),
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
