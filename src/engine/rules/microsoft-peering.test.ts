import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate.ts';
import { baseDesign, DIRECT_100G, type BaseOptions } from '../testing/design-builder.ts';
import { observe, ruleCases, type RuleTable } from '../testing/rule-tester.ts';

// RULES.md 3.6 and Part A.1: VNet traffic (and so FastPath) needs Azure private peering. A site
// that reaches its circuit only by Microsoft peering, or by no circuit link at all, cannot reach a
// VNet: `unreachable`, with a finding about the site. Scenario 25.

const RULE = 'microsoft-peering';

const to =
  (dest: string, options: BaseOptions = {}) =>
  () =>
    baseDesign(options).flow('f', 'onprem', dest);
const microsoft = { link: { peering: 'microsoft' } };

const TABLE: RuleTable = {
  scope: 'flow',
  cases: [
    {
      name: 'hub VM, Microsoft peering only',
      pack: 'latest',
      design: to('hubvm', microsoft),
      verdict: 'unreachable',
      fires: 'onprem',
      severity: 'error',
      hops: [],
      decisive: true,
    },
    {
      name: 'hub VM, Microsoft peering only',
      pack: '2020-03',
      design: to('hubvm', microsoft),
      verdict: 'unreachable',
      fires: 'onprem',
    },
    {
      name: 'hub VM, Direct, Microsoft peering only',
      pack: '2019-05',
      design: to('hubvm', { ...microsoft, circuit: DIRECT_100G }),
      verdict: 'unreachable',
      fires: 'onprem',
      decisive: true,
    },
    {
      name: 'spoke VM, Microsoft peering only',
      pack: 'latest',
      design: to('spokevm', microsoft),
      verdict: 'unreachable',
      fires: 'onprem',
      decisive: true,
    },
    {
      name: 'private endpoint, Microsoft peering only',
      pack: 'latest',
      design: () =>
        baseDesign(microsoft).node('pe', 'privateEndpoint', { service: 'Storage' }, 'hub').flow('f', 'onprem', 'pe'),
      verdict: 'unreachable',
      fires: 'onprem',
    },
    {
      name: 'hub VM, the site has no circuit link at all',
      pack: 'latest',
      design: () => to('hubvm')().remove('link'),
      verdict: 'unreachable',
      fires: 'onprem',
      decisive: true,
    },
    {
      name: 'expected unreachable: the finding is info',
      pack: 'latest',
      design: () => baseDesign(microsoft).flow('f', 'onprem', 'hubvm', { expect: 'unreachable' }),
      verdict: 'unreachable',
      fires: 'onprem',
      severity: 'info',
      decisive: true,
    },
    // Private peering somewhere: reachable.
    { name: 'hub VM, private peering', pack: 'latest', design: to('hubvm'), verdict: 'fastpath', fires: false },
    {
      name: 'hub VM, private and Microsoft peering on the same circuit',
      pack: 'latest',
      design: () => to('hubvm')().edge('mslink', 'circuitLink', 'onprem', 'er1', { peering: 'microsoft' }),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'hub VM, Microsoft peering on er1, private peering on er2 (connected)',
      pack: 'latest',
      verdict: 'fastpath',
      fires: false,
      design: () =>
        to('hubvm', microsoft)()
          .node('er2', 'circuit', { peeringLocation: 'London' })
          .edge('link2', 'circuitLink', 'onprem', 'er2')
          .edge('conn2', 'connection', 'gw1', 'er2', { fastPath: true }),
    },
    // Diagnosed per circuit (A.1): private peering to one circuit does not hide that the VNet is
    // reached only through another, over which the site has Microsoft peering alone.
    {
      name: 'hub VM connected to er1 only, Microsoft peering on er1, private peering on er2',
      pack: 'latest',
      verdict: 'unreachable',
      fires: 'onprem',
      severity: 'error',
      decisive: true,
      design: () =>
        to('hubvm', microsoft)()
          .node('er2', 'circuit', { peeringLocation: 'London' })
          .edge('link2', 'circuitLink', 'onprem', 'er2'),
    },
    {
      name: 'spoke VM behind a hub connected to er1 only, Microsoft peering on er1, private on er2',
      pack: '2021-03',
      verdict: 'unreachable',
      fires: 'onprem',
      decisive: true,
      design: () =>
        to('spokevm', microsoft)()
          .node('er2', 'circuit', { peeringLocation: 'London' })
          .edge('link2', 'circuitLink', 'onprem', 'er2'),
    },
    {
      name: 'neither circuit reaches the VNet: the missing connection is another rule’s finding',
      pack: 'latest',
      verdict: 'unreachable',
      fires: false,
      design: () =>
        to('hubvm', microsoft)()
          .remove('conn1')
          .node('er2', 'circuit', { peeringLocation: 'London' })
          .edge('link2', 'circuitLink', 'onprem', 'er2'),
    },
    // Other missing pieces are other rules' findings.
    {
      name: 'hub VM, private peering but no gateway (gateway-required reports)',
      pack: 'latest',
      design: () => to('hubvm')().remove('gw1'),
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

describe(`${RULE}, diagnosed per circuit`, () => {
  it('names the circuit that lacks private peering, and does not ask for a connection that exists', () => {
    const design = to('hubvm', microsoft)()
      .node('er2', 'circuit', { peeringLocation: 'London' })
      .edge('link2', 'circuitLink', 'onprem', 'er2')
      .build();
    const { flows } = evaluate(design);
    const findings = flows.f?.findings ?? [];
    expect(findings.map((f) => f.ruleId)).toEqual([RULE]);
    expect(findings[0]?.message).toMatch(
      /reaches circuit "er1", the circuit this destination's gateway is connected to, only through Microsoft peering/,
    );
    expect(findings[0]?.remediation).toBe(
      'Configure Azure private peering on circuit "er1" and link the site with it.',
    );
  });
});
