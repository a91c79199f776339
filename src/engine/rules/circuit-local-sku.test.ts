import { describe, expect, it } from 'vitest';
import { baseDesign, DIRECT_100G, type BaseOptions } from '../testing/design-builder.ts';
import { observe, ruleCases, type RuleTable } from '../testing/rule-tester.ts';

// RULES.md 3.5: no document restricts FastPath by circuit SKU, so a Local circuit keeps FastPath;
// the design gets an info about the Local circuit's regional scope. Scenario 28.

const RULE = 'circuit-local-sku';

const to =
  (dest: string, options: BaseOptions = {}) =>
  () =>
    baseDesign(options).flow('f', 'onprem', dest);
const local = (extra: Record<string, unknown> = {}) => ({ circuit: { ...extra, sku: 'Local' } });

const TABLE: RuleTable = {
  scope: 'design',
  cases: [
    {
      name: 'hub VM over a Local provider circuit',
      pack: 'latest',
      design: to('hubvm', local()),
      verdict: 'fastpath',
      fires: 'er1',
      severity: 'info',
    },
    {
      name: 'hub VM over a Local provider circuit',
      pack: '2020-03',
      design: to('hubvm', local()),
      verdict: 'fastpath',
      fires: 'er1',
    },
    {
      name: 'hub VM over a Local Direct circuit',
      pack: '2019-05',
      design: to('hubvm', local(DIRECT_100G)),
      verdict: 'fastpath',
      fires: 'er1',
    },
    {
      name: 'spoke VM over a Local Direct circuit (same FastPath features)',
      pack: 'latest',
      design: to('spokevm', local(DIRECT_100G)),
      verdict: 'fastpath',
      fires: 'er1',
    },
    {
      name: 'spoke VM over a Local provider circuit (spoke rule, not the SKU)',
      pack: 'latest',
      design: to('spokevm', local()),
      verdict: 'gateway',
      fires: { design: ['er1'], flow: [] },
    },
    {
      name: 'Local circuit with FastPath off',
      pack: 'latest',
      design: to('hubvm', { ...local(), connection: { fastPath: false } }),
      verdict: 'gateway',
      fires: 'er1',
    },
    // Neighbouring SKUs.
    { name: 'hub VM over a Standard circuit', pack: 'latest', design: to('hubvm'), verdict: 'fastpath', fires: false },
    {
      name: 'hub VM over a Premium circuit',
      pack: 'latest',
      design: to('hubvm', { circuit: { sku: 'Premium' } }),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'hub VM over a Premium Direct circuit',
      pack: '2019-05',
      design: to('hubvm', { circuit: DIRECT_100G }),
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
