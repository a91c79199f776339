import { describe, expect, it } from 'vitest';
import { baseDesign } from '../testing/design-builder.ts';
import { observe, ruleCases, type RuleTable } from '../testing/rule-tester.ts';

// RULES.md 3.25 and 4.4: a gateway connects to at most 4 circuits in one peering location, and in
// all to 4 (Standard/ErGw1AZ), 8 (HighPerformance/ErGw2AZ), 16 (UltraPerformance/ErGw3AZ) circuits;
// ErGwScale 4 from 1 scale unit, 8 from 2, 16 from 10. The 2019 how-to allowed 4 circuits per VNet.
// Design error on the gateway.

const RULE = 'circuits-per-vnet';

/**
 * gw1 (hub in northeurope, where ErGwScale is offered) connected to er1 plus `extra` circuits;
 * `sameLocation` puts them all in Amsterdam (er1's location), otherwise one location each.
 */
const circuits =
  (extra: number, gateway: Record<string, unknown>, sameLocation = false) =>
  () => {
    const draft = baseDesign({ gateway, hub: { region: 'northeurope' }, spoke: { region: 'northeurope' } }).flow(
      'f',
      'onprem',
      'hubvm',
    );
    for (let i = 2; i <= extra + 1; i++) {
      draft
        .node(`er${i}`, 'circuit', { peeringLocation: sameLocation ? 'Amsterdam' : `Location ${i}` })
        .edge(`conn${i}`, 'connection', 'gw1', `er${i}`);
    }
    return draft;
  };
const sku = (name: string, scaleUnits?: number) => ({ sku: name, ...(scaleUnits ? { scaleUnits } : {}) });

const TABLE: RuleTable = {
  scope: 'design',
  cases: [
    // In all, by SKU.
    {
      name: 'ErGw3AZ with 16 circuits',
      pack: 'latest',
      design: circuits(15, sku('ErGw3AZ')),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'ErGw3AZ with 17 circuits',
      pack: 'latest',
      design: circuits(16, sku('ErGw3AZ')),
      verdict: 'fastpath',
      fires: 'gw1',
      severity: 'error',
    },
    {
      name: 'UltraPerformance with 17 circuits',
      pack: '2020-03',
      design: circuits(16, sku('UltraPerformance')),
      verdict: 'fastpath',
      fires: 'gw1',
    },
    {
      name: 'ErGw2AZ with 8 circuits',
      pack: 'latest',
      design: circuits(7, sku('ErGw2AZ')),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'HighPerformance with 9 circuits',
      pack: 'latest',
      design: circuits(8, sku('HighPerformance')),
      verdict: 'gateway',
      fires: 'gw1',
    },
    {
      name: 'Standard with 4 circuits',
      pack: 'latest',
      design: circuits(3, sku('Standard')),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'ErGw1AZ with 5 circuits',
      pack: 'latest',
      design: circuits(4, sku('ErGw1AZ')),
      verdict: 'gateway',
      fires: 'gw1',
    },
    {
      name: 'ErGwScale 1 SU with 5 circuits',
      pack: 'latest',
      design: circuits(4, sku('ErGwScale', 1)),
      verdict: 'gateway',
      fires: 'gw1',
    },
    {
      name: 'ErGwScale 2 SU with 8 circuits',
      pack: 'latest',
      design: circuits(7, sku('ErGwScale', 2)),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'ErGwScale 2 SU with 9 circuits',
      pack: 'latest',
      design: circuits(8, sku('ErGwScale', 2)),
      verdict: 'gateway',
      fires: 'gw1',
    },
    {
      name: 'ErGwScale 10 SU with 16 circuits',
      pack: 'latest',
      design: circuits(15, sku('ErGwScale', 10)),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'ErGwScale 10 SU with 17 circuits',
      pack: 'latest',
      design: circuits(16, sku('ErGwScale', 10)),
      verdict: 'fastpath',
      fires: 'gw1',
    },
    // The 2019 how-to: 4 circuits per VNet whatever the SKU.
    {
      name: 'ErGw3AZ with 5 circuits (2019: at most 4)',
      pack: '2019-05',
      design: circuits(4, sku('ErGw3AZ')),
      verdict: 'gateway',
      fires: 'gw1',
    },
    {
      name: 'ErGw3AZ with 4 circuits',
      pack: '2019-05',
      design: circuits(3, sku('ErGw3AZ')),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'ErGw3AZ with 5 circuits (16 from 2020)',
      pack: '2020-03',
      design: circuits(4, sku('ErGw3AZ')),
      verdict: 'fastpath',
      fires: false,
    },
    // One peering location: at most 4, whatever the SKU.
    {
      name: 'ErGw3AZ with 5 circuits in Amsterdam',
      pack: 'latest',
      design: circuits(4, sku('ErGw3AZ'), true),
      verdict: 'fastpath',
      fires: 'gw1',
      severity: 'error',
    },
    {
      name: 'ErGw3AZ with 4 circuits in Amsterdam',
      pack: 'latest',
      design: circuits(3, sku('ErGw3AZ'), true),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'base design: one circuit',
      pack: 'latest',
      design: circuits(0, sku('ErGw3AZ')),
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
