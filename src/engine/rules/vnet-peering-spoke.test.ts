import { describe, expect, it } from 'vitest';
import { baseDesign, DIRECT_100G, type BaseOptions } from '../testing/design-builder.ts';
import { observe, ruleCases, type RuleTable } from '../testing/rule-tester.ts';

// RULES.md 3.7 and the section 2 rows "Spoke VM, same region, provider / Direct".

const RULE = 'vnet-peering-spoke';

const toSpoke =
  (options: BaseOptions = {}) =>
  () =>
    baseDesign(options).flow('f', 'onprem', 'spokevm');
const toSpokeDirect = (options: BaseOptions = {}) => toSpoke({ circuit: DIRECT_100G, ...options });
const toHub =
  (options: BaseOptions = {}) =>
  () =>
    baseDesign(options).flow('f', 'onprem', 'hubvm');
const inSweden = { hub: { region: 'swedencentral' }, spoke: { region: 'swedencentral' } };

const TABLE: RuleTable = {
  scope: 'flow',
  cases: [
    // 2019-05 … 2021-03: spokes always go through the hub gateway.
    {
      name: 'spoke VM, Direct',
      pack: '2019-05',
      design: toSpokeDirect(),
      verdict: 'gateway',
      fires: 'spoke',
      decisive: true,
    },
    {
      name: 'spoke VM, provider',
      pack: '2020-03',
      design: toSpoke(),
      verdict: 'gateway',
      fires: 'spoke',
      decisive: true,
    },
    { name: 'spoke VM, Direct', pack: '2020-03', design: toSpokeDirect(), verdict: 'gateway', fires: 'spoke' },
    {
      name: 'spoke VM, Direct, previews allowed (nothing in preview yet)',
      pack: '2021-03',
      previews: true,
      design: toSpokeDirect(),
      verdict: 'gateway',
      fires: 'spoke',
    },
    // 2021-08: public preview, no circuit restriction.
    {
      name: 'spoke VM, provider, previews off',
      pack: '2021-08',
      design: toSpoke(),
      verdict: 'gateway',
      fires: 'spoke',
      decisive: true,
    },
    {
      name: 'spoke VM, provider, previews on',
      pack: '2021-08',
      previews: true,
      design: toSpoke(),
      verdict: 'fastpath',
      fires: 'spoke',
      decisive: false,
    },
    {
      name: 'spoke VM, Direct, previews off',
      pack: '2021-08',
      design: toSpokeDirect(),
      verdict: 'gateway',
      fires: 'spoke',
    },
    {
      name: 'spoke VM, Direct, previews on',
      pack: '2021-08',
      previews: true,
      design: toSpokeDirect(),
      verdict: 'fastpath',
      fires: 'spoke',
    },
    // 2022, 2023-01: preview on ExpressRoute Direct only.
    {
      name: 'spoke VM, provider, previews on (preview is Direct only)',
      pack: '2022',
      previews: true,
      design: toSpoke(),
      verdict: 'gateway',
      fires: 'spoke',
    },
    {
      name: 'spoke VM, Direct, previews off',
      pack: '2022',
      design: toSpokeDirect(),
      verdict: 'gateway',
      fires: 'spoke',
      decisive: true,
    },
    {
      name: 'spoke VM, Direct, previews on',
      pack: '2022',
      previews: true,
      design: toSpokeDirect(),
      verdict: 'fastpath',
      fires: 'spoke',
      decisive: false,
    },
    {
      name: 'spoke VM, provider, previews on',
      pack: '2023-01',
      previews: true,
      design: toSpoke(),
      verdict: 'gateway',
      fires: 'spoke',
    },
    {
      name: 'spoke VM, Direct, previews on',
      pack: '2023-01',
      previews: true,
      design: toSpokeDirect(),
      verdict: 'fastpath',
      fires: 'spoke',
    },
    // 2023-11: limited GA in 14 regions; 2024-03: all regions.
    {
      name: 'spoke VM, Direct, westeurope (listed), previews on',
      pack: '2023-11',
      previews: true,
      design: toSpokeDirect(),
      verdict: 'fastpath',
      fires: 'spoke',
    },
    {
      name: 'spoke VM, Direct, westeurope (listed), previews off',
      pack: '2023-11',
      design: toSpokeDirect(),
      verdict: 'gateway',
      fires: 'spoke',
    },
    {
      name: 'spoke VM, Direct, swedencentral (not listed), previews on',
      pack: '2023-11',
      previews: true,
      design: toSpokeDirect(inSweden),
      verdict: 'gateway',
      fires: 'spoke',
      decisive: true,
    },
    {
      name: 'spoke VM, Direct, swedencentral, previews on (all regions now)',
      pack: '2024-03',
      previews: true,
      design: toSpokeDirect(inSweden),
      verdict: 'fastpath',
      fires: 'spoke',
    },
    {
      name: 'spoke VM, Direct, previews off',
      pack: '2024-03',
      design: toSpokeDirect(),
      verdict: 'gateway',
      fires: 'spoke',
      decisive: true,
    },
    {
      name: 'spoke VM, provider, previews on',
      pack: '2024-03',
      previews: true,
      design: toSpoke(),
      verdict: 'gateway',
      fires: 'spoke',
    },
    // 2024-06 onward: GA on Direct, gateway on provider.
    { name: 'spoke VM, Direct (GA)', pack: '2024-06', design: toSpokeDirect(), verdict: 'fastpath', fires: false },
    {
      name: 'spoke VM, Direct, swedencentral (GA everywhere)',
      pack: '2024-06',
      design: toSpokeDirect(inSweden),
      verdict: 'fastpath',
      fires: false,
    },
    { name: 'spoke VM, provider', pack: '2024-06', design: toSpoke(), verdict: 'gateway', fires: 'spoke' },
    {
      name: 'spoke VM, provider, previews on',
      pack: '2024-06',
      previews: true,
      design: toSpoke(),
      verdict: 'gateway',
      fires: 'spoke',
    },
    { name: 'spoke VM, Direct', pack: '2025-03', design: toSpokeDirect(), verdict: 'fastpath', fires: false },
    { name: 'spoke VM, Direct', pack: 'latest', design: toSpokeDirect(), verdict: 'fastpath', fires: false },
    {
      name: 'spoke VM, provider',
      pack: 'latest',
      design: toSpoke(),
      verdict: 'gateway',
      fires: 'spoke',
      decisive: true,
    },
    // Neighbouring conditions: the hub itself, FastPath off, outbound.
    { name: 'hub VM, provider (not a spoke)', pack: '2020-03', design: toHub(), verdict: 'fastpath', fires: false },
    { name: 'hub VM, provider (not a spoke)', pack: 'latest', design: toHub(), verdict: 'fastpath', fires: false },
    {
      name: 'spoke VM, FastPath off on the connection',
      pack: '2020-03',
      design: toSpokeDirect({ connection: { fastPath: false } }),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'spoke VM, provider, FastPath off on the connection',
      pack: 'latest',
      design: toSpoke({ connection: { fastPath: false } }),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'spoke VM to on-premises (outbound)',
      pack: '2020-03',
      design: () => baseDesign().flow('f', 'spokevm', 'onprem'),
      verdict: 'direct',
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
