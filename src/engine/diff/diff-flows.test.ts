import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate.ts';
import { addHub } from '../testing/design-builder.ts';
import { diffOf, flowBrief, withFlows } from '../testing/diff-kit.ts';
import { diffVersions, diffWorsens } from './design-diff.ts';

// The design diff's flows: verdicts in both directions, worst first, expectations, new errors,
// flows added and removed, one pack for both sides.

describe('diffVersions: flows', () => {
  it('puts a flow sent through the gateway as worse, with the findings that explain it', () => {
    const diff = diffOf(withFlows(), withFlows().patch('conn1', { fastPath: false }));
    // The spoke's flow went through the gateway already: only its findings changed.
    expect(flowBrief(diff)).toEqual([
      { id: 'f1', change: 'changed', effect: 'worse', from: 'fastpath', to: 'gateway' },
      { id: 'f2', change: 'changed', effect: 'neutral', from: 'gateway', to: 'gateway' },
    ]);
    expect(diff.flows[0]?.raised.map((f) => f.ruleId)).toContain('fastpath-flag');
    expect(diff.flows[0]?.route).toBe('onprem → hubvm');
    expect(diff.flows[0]?.number).toBe(1);
    expect(diff.summary.worse).toBe(1);
    expect(diffWorsens(diff)).toBe(true);
  });

  it('puts the reverse as better, with the findings it cleared, and passes the check', () => {
    const diff = diffOf(withFlows().patch('conn1', { fastPath: false }), withFlows());
    expect(flowBrief(diff).map((flow) => [flow.id, flow.effect])).toEqual([
      ['f2', 'neutral'],
      ['f1', 'better'],
    ]);
    expect(diff.flows[0]?.cleared.map((f) => f.ruleId)).toContain('fastpath-flag');
    expect(diffWorsens(diff)).toBe(false);
  });

  it('lists the flows left with no route ahead of those sent through a gateway', () => {
    const after = withFlows().patch('conn1', { fastPath: false }).remove('peer');
    const diff = diffOf(withFlows(), after);
    expect(flowBrief(diff)).toEqual([
      { id: 'f2', change: 'changed', effect: 'worse', from: 'gateway', to: 'unreachable' },
      { id: 'f1', change: 'changed', effect: 'worse', from: 'fastpath', to: 'gateway' },
    ]);
  });

  it('counts a new error finding as worse, and a gateway SKU that loses FastPath raises one', () => {
    const diff = diffOf(withFlows(), withFlows().patch('gw1', { sku: 'Standard' }));
    expect(diff.summary.newErrors).toBeGreaterThan(0);
    expect([...diff.findings.raised, ...diff.flows.flatMap((f) => f.raised)].map((f) => f.ruleId)).toContain(
      'gateway-sku',
    );
    expect(diffWorsens(diff)).toBe(true);
  });

  it.each([
    { name: 'broken by the change', expect: 'fastpath', fastPath: [true, false], effect: 'worse', met: [true, false] },
    { name: 'fixed by the change', expect: 'fastpath', fastPath: [false, true], effect: 'better', met: [false, true] },
    // FastPath lost but expected: leaving FastPath is still worse, however the expectation reads.
    {
      name: 'met by leaving FastPath',
      expect: 'gateway',
      fastPath: [true, false],
      effect: 'worse',
      met: [false, true],
    },
  ])('follows an expectation $name', ({ expect: expected, fastPath, effect, met }) => {
    const version = (on: boolean) => withFlows().patch('f1', { expect: expected }).patch('conn1', { fastPath: on });
    const diff = diffOf(version(fastPath[0] as boolean), version(fastPath[1] as boolean));
    const flow = diff.flows.find((f) => f.id === 'f1');
    expect(flow?.effect).toBe(effect);
    expect([flow?.before?.expectationMet, flow?.after?.expectationMet]).toEqual(met);
  });

  it('puts a newly stated expectation that fails as worse, though the verdict stayed', () => {
    const diff = diffOf(withFlows(), withFlows().patch('f1', { expect: 'gateway' }));
    expect(flowBrief(diff)).toEqual([
      { id: 'f1', change: 'changed', effect: 'worse', from: 'fastpath', to: 'fastpath' },
    ]);
    expect(diffWorsens(diff)).toBe(true);
  });

  it('lists flows added and removed, an added flow that fails its expectation as worse', () => {
    const before = withFlows();
    const after = withFlows().remove('f2');
    after.node('vm3', 'vm', { ip: '10.255.10.9' }, 'hub').flow('f3', 'onprem', 'vm3');
    after.flow('f4', 'onprem', 'hubvm', { expect: 'unreachable' });
    const diff = diffOf(before, after);
    expect(flowBrief(diff)).toEqual([
      { id: 'f4', change: 'added', effect: 'worse', from: undefined, to: 'fastpath' },
      { id: 'f3', change: 'added', effect: 'neutral', from: undefined, to: 'fastpath' },
      { id: 'f2', change: 'removed', effect: 'neutral', from: 'gateway', to: undefined },
    ]);
  });

  it('evaluates both versions with one pack: the one asked for, else the newer version’s', () => {
    const before = withFlows();
    before.rulesAsOf = '2024-03';
    const after = withFlows();
    expect(diffOf(before, after).rulesAsOf).toBe(evaluate(after.build()).rulesAsOf);
    const asked = diffVersions(before.build(), after.build(), { rulesAsOf: '2024-03' });
    expect(asked.rulesAsOf).toBe('2024-03');
    expect(asked.design).toEqual([{ field: 'rulesAsOf', before: '2024-03', after: 'latest' }]);
    expect(asked.flows).toEqual([]);
  });

  it('names flows as the canvas does, with their own name when they have one', () => {
    const draft = () => addHub(withFlows(), 'hub2').flow('f3', 'onprem', 'hubvm').label('f3', 'Backup');
    const diff = diffOf(draft(), draft().patch('conn1', { fastPath: false }));
    expect(diff.flows.find((f) => f.id === 'f3')).toMatchObject({
      label: 'Backup',
      route: 'onprem → hubvm',
      number: 3,
    });
  });
});
