import { describe, expect, it } from 'vitest';
import { baseDesign, DIRECT_100G, DIRECT_10G, type BaseOptions } from '../testing/design-builder.ts';
import { observe, ruleCases, type RuleTable } from '../testing/rule-tester.ts';

// RULES.md 3.4 and the section 2 row "Provider circuit, hub VM": in pack 2019-05 FastPath exists
// on ExpressRoute Direct only; a FastPath connection to a provider circuit is an error and its
// flows go through the gateway. Scenario 1.

const RULE = 'circuit-direct-only-2019';

const to =
  (dest: string, options: BaseOptions = {}) =>
  () =>
    baseDesign(options).flow('f', 'onprem', dest);
const both = { flow: ['conn1'], design: ['conn1'] };

const TABLE: RuleTable = {
  scope: 'flow',
  cases: [
    {
      name: 'hub VM, provider circuit, FastPath on',
      pack: '2019-05',
      design: to('hubvm'),
      verdict: 'gateway',
      fires: both,
      severity: 'error',
      hops: ['MSEE', '*', '10.255.10.4'],
      decisive: true,
    },
    {
      name: 'hub VM, provider circuit, design error on the connection',
      pack: '2019-05',
      design: to('hubvm'),
      verdict: 'gateway',
      fires: { design: ['conn1'] },
      severity: 'error',
    },
    {
      name: 'spoke VM, provider circuit',
      pack: '2019-05',
      design: to('spokevm'),
      verdict: 'gateway',
      fires: both,
      decisive: true,
    },
    {
      name: 'hub VM to on-premises, provider: outbound flow untouched, design error stays',
      pack: '2019-05',
      design: () => baseDesign().flow('f', 'hubvm', 'onprem'),
      verdict: 'direct',
      fires: { flow: [], design: ['conn1'] },
      decisive: false,
    },
    // Neighbouring conditions: Direct, FastPath off, newer packs.
    {
      name: 'hub VM, Direct 100G',
      pack: '2019-05',
      design: to('hubvm', { circuit: DIRECT_100G }),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'hub VM, Direct 10G',
      pack: '2019-05',
      design: to('hubvm', { circuit: DIRECT_10G }),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'hub VM, provider circuit, FastPath off',
      pack: '2019-05',
      design: to('hubvm', { connection: { fastPath: false } }),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'hub VM, provider circuit ("available on all circuits")',
      pack: '2020-03',
      design: to('hubvm'),
      verdict: 'fastpath',
      fires: false,
    },
    { name: 'hub VM, provider circuit', pack: 'latest', design: to('hubvm'), verdict: 'fastpath', fires: false },
  ],
};

describe(RULE, () => {
  it.each(ruleCases(RULE, TABLE))('%s', (_title, c) => {
    const { actual, expected } = observe(RULE, TABLE.scope, c);
    expect(actual).toEqual(expected);
  });
});

// One cause, one finding: the flow repeats the design's error on the connection word for word.
describe(`${RULE}: one cause, one finding`, () => {
  it('the design error and the decisive flow finding are the same finding', () => {
    const result = baseDesign().flow('f', 'onprem', 'hubvm').evaluate('2019-05');
    const design = result.findings.filter((f) => f.ruleId === RULE);
    expect(design).toHaveLength(1);
    expect(result.flows.f!.findings.filter((f) => f.ruleId === RULE)).toEqual([{ ...design[0], decisive: true }]);
    expect(design[0]?.message).toBe(
      'FastPath is enabled on the connection gw1 → er1, but circuit "er1" is a provider circuit and the 2019 ' +
        'documentation offers FastPath on ExpressRoute Direct only, so the gateway carries its traffic.',
    );
  });
});
