import { describe, expect, it } from 'vitest';
import { baseDesign, DIRECT_100G, PROVIDER_1G } from '../testing/design-builder.ts';
import { observe, ruleCases, type RuleTable } from '../testing/rule-tester.ts';

// RULES.md 3.23, scenario 29: an Azure Firewall in a spoke is reached through the gateway in the
// latest revision only; a hub firewall and third-party NVAs in spokes are not concerned.

const RULE = 'azure-firewall-spoke';

type Where = 'hub' | 'spoke';
type Options = Parameters<typeof baseDesign>[0];
const toNva =
  (where: Where, product: 'azureFirewall' | 'thirdParty', options: Options = {}) =>
  () =>
    baseDesign({ circuit: DIRECT_100G, ...options })
      .node('afw', 'nva', { product, ip: where === 'hub' ? '10.255.1.4' : '10.254.1.4' }, where)
      .flow('f', 'onprem', 'afw');

const TABLE: RuleTable = {
  scope: 'flow',
  cases: [
    {
      name: 'Azure Firewall in a spoke, Direct',
      pack: 'latest',
      design: toNva('spoke', 'azureFirewall'),
      verdict: 'gateway',
      fires: 'afw',
      decisive: true,
    },
    {
      name: 'Azure Firewall in a spoke, provider (gateway by the spoke rule too)',
      pack: 'latest',
      design: toNva('spoke', 'azureFirewall', { circuit: PROVIDER_1G }),
      verdict: 'gateway',
      fires: 'afw',
      decisive: true,
    },
    {
      name: 'Azure Firewall in a spoke, Direct (first 2025-11 revision: no firewall rule)',
      pack: '2025-11',
      design: toNva('spoke', 'azureFirewall'),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'Azure Firewall in a spoke, Direct',
      pack: '2024-06',
      design: toNva('spoke', 'azureFirewall'),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'Azure Firewall in a spoke, Direct (spoke rule: gateway)',
      pack: '2020-03',
      design: toNva('spoke', 'azureFirewall'),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'Azure Firewall in the hub, Direct',
      pack: 'latest',
      design: toNva('hub', 'azureFirewall'),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'Azure Firewall in the hub, provider',
      pack: 'latest',
      design: toNva('hub', 'azureFirewall', { circuit: PROVIDER_1G }),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'third-party NVA in a spoke, Direct (follows the spoke rule)',
      pack: 'latest',
      design: toNva('spoke', 'thirdParty'),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'Azure Firewall in a spoke, FastPath off',
      pack: 'latest',
      design: toNva('spoke', 'azureFirewall', { connection: { fastPath: false } }),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'spoke VM beside a spoke Azure Firewall',
      pack: 'latest',
      design: () => toNva('spoke', 'azureFirewall')().remove('f').flow('f', 'onprem', 'spokevm'),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'spoke Azure Firewall to on-premises (outbound)',
      pack: 'latest',
      design: () => toNva('spoke', 'azureFirewall')().remove('f').flow('f', 'afw', 'onprem'),
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
