import { describe, expect, it } from 'vitest';
import { baseDesign, DIRECT_100G, type BaseOptions } from '../testing/design-builder.ts';
import { observe, ruleCases, type RuleTable } from '../testing/rule-tester.ts';

// RULES.md 3.15 and the section 2 rows "DNS Private Resolver inbound endpoint, hub / spoke":
// n/a before 2023, gateway from 2023-01 (DNS overview) to 2024-11, hub FastPath with a warning
// from 2025-03 (conflict with the DNS overview), spoke always gateway. Scenarios 14 and 15.

const RULE = 'dns-private-resolver';

const toResolver =
  (where: 'hub' | 'spoke', options: BaseOptions = {}, flow: Record<string, unknown> = {}) =>
  () =>
    baseDesign(options)
      .node('dns', 'dnsResolver', { ip: where === 'hub' ? '10.255.6.4' : '10.254.6.4' }, where)
      .flow('f', 'onprem', 'dns', flow);
const direct = { circuit: DIRECT_100G };

const TABLE: RuleTable = {
  scope: 'flow',
  cases: [
    // Hub resolver.
    {
      name: 'hub resolver, provider (the service is newer than this doc)',
      pack: '2020-03',
      design: toResolver('hub'),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'hub resolver, provider (n/a)',
      pack: '2022',
      design: toResolver('hub'),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'hub resolver, provider (DNS overview: not supported)',
      pack: '2023-01',
      design: toResolver('hub'),
      verdict: 'gateway',
      fires: 'dns',
      decisive: true,
    },
    { name: 'hub resolver, provider', pack: '2023-11', design: toResolver('hub'), verdict: 'gateway', fires: 'dns' },
    {
      name: 'hub resolver, Direct',
      pack: '2024-03',
      design: toResolver('hub', direct),
      verdict: 'gateway',
      fires: 'dns',
      decisive: true,
    },
    { name: 'hub resolver, provider', pack: '2024-06', design: toResolver('hub'), verdict: 'gateway', fires: 'dns' },
    { name: 'hub resolver, provider', pack: '2024-11', design: toResolver('hub'), verdict: 'gateway', fires: 'dns' },
    {
      name: 'hub resolver, provider: supported, warning (conflict)',
      pack: '2025-03',
      design: toResolver('hub'),
      verdict: 'fastpath',
      fires: 'dns',
      severity: 'warning',
      decisive: false,
    },
    {
      name: 'hub resolver, provider: supported, warning (conflict)',
      pack: '2025-11',
      design: toResolver('hub'),
      verdict: 'fastpath',
      fires: 'dns',
      severity: 'warning',
    },
    {
      name: 'hub resolver, Direct: supported, warning (conflict)',
      pack: 'latest',
      design: toResolver('hub', direct),
      verdict: 'fastpath',
      fires: 'dns',
      severity: 'warning',
      decisive: false,
    },
    // Spoke resolver on Direct (spoke VMs would be FastPath from 2024-06).
    {
      name: 'spoke resolver, Direct (spoke rule: gateway; resolver n/a)',
      pack: '2020-03',
      design: toResolver('spoke', direct),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'spoke resolver, Direct, previews on (n/a, spoke preview)',
      pack: '2022',
      previews: true,
      design: toResolver('spoke', direct),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'spoke resolver, Direct, previews on',
      pack: '2023-11',
      previews: true,
      design: toResolver('spoke', direct),
      verdict: 'gateway',
      fires: 'dns',
      decisive: true,
    },
    {
      name: 'spoke resolver, Direct',
      pack: '2024-06',
      design: toResolver('spoke', direct),
      verdict: 'gateway',
      fires: 'dns',
    },
    {
      name: 'spoke resolver, Direct',
      pack: '2024-11',
      design: toResolver('spoke', direct),
      verdict: 'gateway',
      fires: 'dns',
    },
    {
      name: 'spoke resolver, Direct',
      pack: '2025-03',
      design: toResolver('spoke', direct),
      verdict: 'gateway',
      fires: 'dns',
    },
    {
      name: 'spoke resolver, Direct',
      pack: 'latest',
      design: toResolver('spoke', direct),
      verdict: 'gateway',
      fires: 'dns',
      decisive: true,
    },
    // Neighbouring conditions.
    {
      name: 'IPv6 to a hub resolver, FastPath off: the IPv6 warning, but FastPath off decides',
      pack: 'latest',
      design: toResolver('hub', { connection: { fastPath: false } }, { ipVersion: 6 }),
      verdict: 'gateway',
      fires: 'dns',
      severity: 'warning',
      decisive: false,
    },
    {
      name: 'hub resolver, FastPath off',
      pack: '2024-06',
      design: toResolver('hub', { connection: { fastPath: false } }),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'hub VM beside a hub resolver',
      pack: '2024-06',
      design: () => toResolver('hub')().remove('f').flow('f', 'onprem', 'hubvm'),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'hub resolver to on-premises (outbound)',
      pack: '2024-06',
      design: () => toResolver('hub')().remove('f').flow('f', 'dns', 'onprem'),
      verdict: 'direct',
      fires: false,
    },
    // The resolver does not support IPv6 subnets (warning; no rule changes the verdict).
    {
      name: 'IPv6 to a hub resolver, Direct',
      pack: 'latest',
      design: toResolver('hub', direct, { ipVersion: 6 }),
      verdict: 'fastpath',
      fires: 'dns',
      decisive: false,
    },
  ],
};

describe(RULE, () => {
  it.each(ruleCases(RULE, TABLE))('%s', (_title, c) => {
    const { actual, expected } = observe(RULE, TABLE.scope, c);
    expect(actual).toEqual(expected);
  });
});
