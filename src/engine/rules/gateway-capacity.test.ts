import { describe, expect, it } from 'vitest';
import { addHub, baseDesign, DIRECT_100G, type BaseOptions } from '../testing/design-builder.ts';
import { observe, ruleCases, type RuleTable } from '../testing/rule-tester.ts';

// RULES.md 3.27: a flow whose verdict is gateway is annotated with the limits of the gateway that
// carries it (subject: that gateway). An annotation: it follows the verdict, in every pack.

const RULE = 'gateway-capacity';

const to =
  (dest: string, options: BaseOptions = {}) =>
  () =>
    baseDesign(options).flow('f', 'onprem', dest);
const withRemote =
  (options: BaseOptions = {}) =>
  () =>
    addHub(baseDesign(options), 'remote').node('remotevm', 'vm', {}, 'remote');

const TABLE: RuleTable = {
  scope: 'flow',
  cases: [
    {
      name: 'hub VM, FastPath off',
      pack: 'latest',
      design: to('hubvm', { connection: { fastPath: false } }),
      verdict: 'gateway',
      fires: 'gw1',
      severity: 'info',
    },
    {
      name: 'hub VM, FastPath off',
      pack: '2020-03',
      design: to('hubvm', { connection: { fastPath: false } }),
      verdict: 'gateway',
      fires: 'gw1',
    },
    {
      name: 'spoke VM, provider (hub gateway carries it)',
      pack: 'latest',
      design: to('spokevm'),
      verdict: 'gateway',
      fires: 'gw1',
    },
    {
      name: 'hub VM, provider (Direct only in 2019)',
      pack: '2019-05',
      design: to('hubvm'),
      verdict: 'gateway',
      fires: 'gw1',
    },
    {
      name: 'hub VM behind a Standard gateway (SKU not eligible)',
      pack: 'latest',
      design: to('hubvm', { gateway: { sku: 'Standard' } }),
      verdict: 'gateway',
      fires: 'gw1',
    },
    {
      name: 'remote VNet to spoke VM, provider: the hub gateway carries it, not the remote one',
      pack: 'latest',
      design: () => withRemote()().flow('f', 'remotevm', 'spokevm'),
      verdict: 'gateway',
      fires: 'gw1',
    },
    {
      name: 'hub VM to remote VM, the remote connection has FastPath off',
      pack: 'latest',
      verdict: 'gateway',
      fires: 'remotegw',
      design: () =>
        addHub(baseDesign(), 'remote', { connectionProps: { fastPath: false } })
          .node('remotevm', 'vm', {}, 'remote')
          .flow('f', 'hubvm', 'remotevm'),
    },
    // Not through a gateway.
    { name: 'hub VM over FastPath', pack: 'latest', design: to('hubvm'), verdict: 'fastpath', fires: false },
    {
      name: 'spoke VM over FastPath, Direct',
      pack: 'latest',
      design: to('spokevm', { circuit: DIRECT_100G }),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'remote VNet to hub VM over FastPath',
      pack: 'latest',
      design: () => withRemote()().flow('f', 'remotevm', 'hubvm'),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'hub VM to on-premises (outbound, even with FastPath off)',
      pack: 'latest',
      design: () => baseDesign({ connection: { fastPath: false } }).flow('f', 'hubvm', 'onprem'),
      verdict: 'direct',
      fires: false,
    },
    {
      name: 'no gateway in the VNet',
      pack: 'latest',
      design: () =>
        baseDesign({ connection: { fastPath: false } })
          .remove('gw1')
          .flow('f', 'onprem', 'hubvm'),
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
