import { describe, expect, it } from 'vitest';
import { baseDesign, DIRECT_100G, type BaseOptions } from '../testing/design-builder.ts';
import { observe, ruleCases, type RuleTable } from '../testing/rule-tester.ts';

// RULES.md 3.21 (advisory): a flow evaluated as FastPath gets an info that GatewaySubnet flow logs
// will not see it. An annotation: it follows the verdict, in every pack.

const RULE = 'flow-logs';

const to =
  (dest: string, options: BaseOptions = {}) =>
  () =>
    baseDesign(options).flow('f', 'onprem', dest);
const direct = { circuit: DIRECT_100G };

const TABLE: RuleTable = {
  scope: 'flow',
  cases: [
    {
      name: 'hub VM over FastPath',
      pack: 'latest',
      design: to('hubvm'),
      verdict: 'fastpath',
      fires: 'f',
      severity: 'info',
      confidence: 'advisory',
    },
    { name: 'hub VM over FastPath', pack: '2020-03', design: to('hubvm'), verdict: 'fastpath', fires: 'f' },
    {
      name: 'hub VM over FastPath, Direct',
      pack: '2019-05',
      design: to('hubvm', direct),
      verdict: 'fastpath',
      fires: 'f',
    },
    {
      name: 'spoke VM over FastPath, Direct (GA)',
      pack: 'latest',
      design: to('spokevm', direct),
      verdict: 'fastpath',
      fires: 'f',
    },
    {
      name: 'spoke VM, Direct, previews on',
      pack: '2021-08',
      previews: true,
      design: to('spokevm', direct),
      verdict: 'fastpath',
      fires: 'f',
    },
    {
      name: 'through a hub firewall by UDR, Direct (GA): still not via the gateway',
      pack: '2024-06',
      verdict: 'fastpath',
      fires: 'f',
      design: () =>
        baseDesign({ ...direct, gateway: { udrNextHopId: 'afw' } })
          .node('afw', 'nva', { product: 'azureFirewall' }, 'hub')
          .flow('f', 'onprem', 'hubvm'),
    },
    // Not FastPath.
    {
      name: 'spoke VM, Direct, previews off',
      pack: '2021-08',
      design: to('spokevm', direct),
      verdict: 'gateway',
      fires: false,
    },
    { name: 'spoke VM, provider', pack: 'latest', design: to('spokevm'), verdict: 'gateway', fires: false },
    {
      name: 'hub VM, FastPath off',
      pack: 'latest',
      design: to('hubvm', { connection: { fastPath: false } }),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'hub VM, provider (Direct only in 2019)',
      pack: '2019-05',
      design: to('hubvm'),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'hub VM to on-premises (outbound)',
      pack: 'latest',
      design: () => baseDesign().flow('f', 'hubvm', 'onprem'),
      verdict: 'direct',
      fires: false,
    },
    {
      name: 'hub VM to spoke VM (peered)',
      pack: 'latest',
      design: () => baseDesign().flow('f', 'hubvm', 'spokevm'),
      verdict: 'direct',
      fires: false,
    },
    {
      name: 'site linked by Microsoft peering only',
      pack: 'latest',
      design: to('hubvm', { link: { peering: 'microsoft' } }),
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
