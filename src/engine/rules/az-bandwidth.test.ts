import { describe, expect, it } from 'vitest';
import { baseDesign, DIRECT_100G, DIRECT_10G, type BaseOptions } from '../testing/design-builder.ts';
import { observe, ruleCases, type RuleTable } from '../testing/rule-tester.ts';

// RULES.md 3.13 and 4.2: FastPath carries at most 100 Gbps to one availability zone (stated from
// 2023-01). The design has no zone field, so the engine reports Direct FastPath of 100 Gbps or more
// into one gateway's VNet: info at 100 Gbps, warning above it.

const RULE = 'az-bandwidth';

const hubVm =
  (options: BaseOptions = {}) =>
  () =>
    baseDesign(options).flow('f', 'onprem', 'hubvm');
/** A second Direct 100G circuit er2 on gw1. */
const twoPorts =
  (conn2: Record<string, unknown> = { fastPath: true }) =>
  () =>
    hubVm({ circuit: DIRECT_100G })()
      .node('er2', 'circuit', { ...DIRECT_100G, portId: 'port-2', peeringLocation: 'London' })
      .edge('conn2', 'connection', 'gw1', 'er2', conn2);

const TABLE: RuleTable = {
  scope: 'design',
  cases: [
    {
      name: 'Direct 100G with FastPath',
      pack: 'latest',
      design: hubVm({ circuit: DIRECT_100G }),
      verdict: 'fastpath',
      fires: 'gw1',
      severity: 'info',
    },
    {
      name: 'Direct 100G with FastPath',
      pack: '2023-01',
      design: hubVm({ circuit: DIRECT_100G }),
      verdict: 'fastpath',
      fires: 'gw1',
    },
    {
      name: 'two Direct 100G circuits with FastPath on one gateway (200 Gbps)',
      pack: 'latest',
      design: twoPorts(),
      verdict: 'fastpath',
      fires: 'gw1',
      severity: 'warning',
    },
    {
      name: 'two Direct 100G circuits, FastPath on one only (100 Gbps)',
      pack: 'latest',
      design: twoPorts({ fastPath: false }),
      verdict: 'fastpath',
      fires: 'gw1',
      severity: 'info',
    },
    // Neighbouring conditions.
    {
      name: 'Direct 100G with FastPath (not stated before 2023-01)',
      pack: '2022',
      design: hubVm({ circuit: DIRECT_100G }),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'Direct 10G with FastPath',
      pack: 'latest',
      design: hubVm({ circuit: DIRECT_10G }),
      verdict: 'fastpath',
      fires: false,
    },
    { name: 'provider 1G with FastPath', pack: 'latest', design: hubVm(), verdict: 'fastpath', fires: false },
    {
      name: 'Direct 100G with FastPath off',
      pack: 'latest',
      design: hubVm({ circuit: DIRECT_100G, connection: { fastPath: false } }),
      verdict: 'gateway',
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
