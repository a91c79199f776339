import { describe, expect, it } from 'vitest';
import { baseDesign, DIRECT_100G, type BaseOptions } from '../testing/design-builder.ts';
import { observe, ruleCases, type RuleTable } from '../testing/rule-tester.ts';

// RULES.md 3.8 and the section 2 row "Spoke VM, other region (global peering)": gateway from
// 2024-06 on; before that the spoke rule decides and the region is not mentioned.

const RULE = 'global-peering';

const toSpoke =
  (options: BaseOptions = {}) =>
  () =>
    baseDesign({ circuit: DIRECT_100G, ...options }).flow('f', 'onprem', 'spokevm');
const northSpoke = { spoke: { region: 'northeurope' } };
const storageInSpoke = (spokeRegion: string) => () =>
  baseDesign({ circuit: DIRECT_100G, connection: { privateLinkFastPath: true }, spoke: { region: spokeRegion } })
    .node('pe', 'privateEndpoint', { service: 'Storage', ip: '10.254.5.4' }, 'spoke')
    .flow('f', 'onprem', 'pe');

const TABLE: RuleTable = {
  scope: 'flow',
  cases: [
    {
      name: 'spoke in northeurope, hub in westeurope, Direct',
      pack: 'latest',
      design: toSpoke(northSpoke),
      verdict: 'gateway',
      fires: 'spoke',
      decisive: true,
    },
    {
      name: 'spoke in northeurope, Direct',
      pack: '2025-11',
      design: toSpoke(northSpoke),
      verdict: 'gateway',
      fires: 'spoke',
    },
    {
      name: 'spoke in northeurope, Direct',
      pack: '2025-03',
      design: toSpoke(northSpoke),
      verdict: 'gateway',
      fires: 'spoke',
    },
    {
      name: 'spoke in northeurope, Direct (first pack with the same-region rule)',
      pack: '2024-06',
      design: toSpoke(northSpoke),
      verdict: 'gateway',
      fires: 'spoke',
      decisive: true,
    },
    {
      name: 'spoke in northeurope, provider (also gateway by the spoke rule)',
      pack: 'latest',
      design: toSpoke({
        ...northSpoke,
        circuit: { circuitType: 'provider', bandwidthMbps: 1000, sku: 'Standard', portId: '' },
      }),
      verdict: 'gateway',
      fires: 'spoke',
      decisive: true,
    },
    // Before 2024-06 the region is not mentioned: the spoke rule alone decides.
    {
      name: 'spoke in northeurope, Direct, previews on (limited GA, region n/s)',
      pack: '2024-03',
      previews: true,
      design: toSpoke(northSpoke),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'spoke in northeurope, Direct, previews on (limited GA, region n/s)',
      pack: '2023-11',
      previews: true,
      design: toSpoke(northSpoke),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'spoke in northeurope, Direct, previews on (preview did not mention region)',
      pack: '2022',
      previews: true,
      design: toSpoke(northSpoke),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'spoke in northeurope, Direct, previews on (preview did not mention region)',
      pack: '2021-08',
      previews: true,
      design: toSpoke(northSpoke),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'spoke in northeurope, Direct (spoke rule: gateway)',
      pack: '2020-03',
      design: toSpoke(northSpoke),
      verdict: 'gateway',
      fires: false,
    },
    // Neighbouring conditions.
    { name: 'spoke in the hub region', pack: 'latest', design: toSpoke(), verdict: 'fastpath', fires: false },
    {
      name: 'spoke region written "West Europe" (normalised to westeurope)',
      pack: 'latest',
      design: toSpoke({ spoke: { region: 'West Europe' } }),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'hub VM (not a spoke) in a design whose spoke is in northeurope',
      pack: 'latest',
      design: () => baseDesign({ circuit: DIRECT_100G, ...northSpoke }).flow('f', 'onprem', 'hubvm'),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'spoke in northeurope, FastPath off on the connection',
      pack: 'latest',
      design: toSpoke({ ...northSpoke, connection: { fastPath: false } }),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'spoke VM in northeurope to on-premises (outbound)',
      pack: 'latest',
      design: () => baseDesign({ circuit: DIRECT_100G, ...northSpoke }).flow('f', 'spokevm', 'onprem'),
      verdict: 'direct',
      fires: false,
    },
    // Engine choice (Leg.sameRegion): a VNet without a region counts as the hub's region.
    {
      name: 'spoke without a region (unknown counts as same region)',
      pack: 'latest',
      design: toSpoke({ spoke: { region: '' } }),
      verdict: 'fastpath',
      fires: false,
    },
    // Private endpoints: cross-region explicitly unsupported in 2025-11.
    {
      name: 'Storage PE in a northeurope spoke, Direct, Private Link FastPath on',
      pack: 'latest',
      design: storageInSpoke('northeurope'),
      verdict: 'gateway',
      fires: 'spoke',
      decisive: true,
    },
    {
      name: 'Storage PE in a westeurope spoke, Direct, Private Link FastPath on',
      pack: 'latest',
      design: storageInSpoke('westeurope'),
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
