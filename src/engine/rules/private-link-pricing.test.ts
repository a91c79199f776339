import { describe, expect, it } from 'vitest';
import { baseDesign, DIRECT_100G, PROVIDER_1G, type BaseOptions } from '../testing/design-builder.ts';
import { observe, ruleCases, type RuleTable } from '../testing/rule-tester.ts';

// RULES.md 3.12: a private endpoint flow evaluated as FastPath gets the info that Private Link
// pricing does not apply ("during Public preview" 2021-2022, unconditional from 2023-01).
// An annotation: it follows the verdict, whatever rule decided it. Scenario 8.

const RULE = 'private-link-pricing';

const toPe =
  (where: 'hub' | 'spoke', options: BaseOptions = {}) =>
  () =>
    baseDesign({ circuit: DIRECT_100G, ...options, connection: { privateLinkFastPath: true, ...options.connection } })
      .node('pe', 'privateEndpoint', { service: 'KeyVault', ip: where === 'hub' ? '10.255.5.4' : '10.254.5.4' }, where)
      .flow('f', 'onprem', 'pe');

const TABLE: RuleTable = {
  scope: 'flow',
  cases: [
    {
      name: 'Key Vault PE in the hub over FastPath',
      pack: 'latest',
      design: toPe('hub'),
      verdict: 'fastpath',
      fires: 'pe',
      severity: 'info',
    },
    {
      name: 'Key Vault PE in the hub over FastPath',
      pack: '2023-01',
      design: toPe('hub'),
      verdict: 'fastpath',
      fires: 'pe',
    },
    {
      name: 'Key Vault PE in the hub over FastPath (100G GA)',
      pack: '2022',
      design: toPe('hub'),
      verdict: 'fastpath',
      fires: 'pe',
    },
    {
      name: 'Key Vault PE in the hub, previews on (preview wording)',
      pack: '2021-08',
      previews: true,
      design: toPe('hub'),
      verdict: 'fastpath',
      fires: 'pe',
    },
    {
      name: 'Key Vault PE in a same-region spoke over FastPath',
      pack: '2024-06',
      design: toPe('spoke'),
      verdict: 'fastpath',
      fires: 'pe',
    },
    // Not FastPath: no pricing note.
    {
      name: 'Key Vault PE in the hub, previews off',
      pack: '2021-08',
      design: toPe('hub'),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'Key Vault PE in the hub (Private Link not supported)',
      pack: '2020-03',
      design: toPe('hub'),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'Key Vault PE in a spoke (hub only)',
      pack: '2023-11',
      design: toPe('spoke'),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'Key Vault PE in the hub, Private Link FastPath off',
      pack: 'latest',
      design: toPe('hub', { connection: { privateLinkFastPath: false } }),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'Key Vault PE in the hub, provider circuit',
      pack: 'latest',
      design: toPe('hub', { circuit: PROVIDER_1G }),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'Key Vault PE in the hub, FastPath off',
      pack: 'latest',
      design: toPe('hub', { connection: { fastPath: false } }),
      verdict: 'gateway',
      fires: false,
    },
    // FastPath, but not a private endpoint.
    {
      name: 'hub VM over FastPath',
      pack: 'latest',
      design: () => toPe('hub')().remove('f').flow('f', 'onprem', 'hubvm'),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'PE to on-premises (outbound)',
      pack: 'latest',
      design: () => toPe('hub')().remove('f').flow('f', 'pe', 'onprem'),
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
