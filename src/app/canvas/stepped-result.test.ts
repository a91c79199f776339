import { describe, expect, it } from 'vitest';
import type { EvaluationResult, FlowResult, Verdict } from '../../engine/index.ts';
import { stepTowards } from './stepped-result.ts';

const outcome = (verdict: Verdict, findings = 0): FlowResult => ({
  verdict,
  path: [],
  findings: Array.from({ length: findings }, () => ({
    ruleId: 'r',
    severity: 'info',
    message: 'm',
    remediation: '',
    subject: 's',
    confidence: 'documented',
    source: { title: 't', url: 'u', date: 'd' },
  })) as FlowResult['findings'],
});
const result = (verdicts: Record<string, Verdict>): EvaluationResult => ({
  rulesAsOf: '2025-11',
  pack: { id: 'latest', date: '2026-03-31' },
  allowPreviews: false,
  findings: [],
  flows: Object.fromEntries(Object.entries(verdicts).map(([id, v]) => [id, outcome(v)])),
});

describe('stepping the canvas towards a new answer', () => {
  const target = result({ a: 'gateway', b: 'gateway', c: 'gateway', d: 'fastpath' });

  it.each([
    { name: 'from nothing, two flows a step', shown: null, limit: 2, expected: { a: 'gateway', b: 'gateway' } },
    {
      name: 'changes only what looks different',
      shown: result({ a: 'fastpath', b: 'fastpath', c: 'fastpath', d: 'fastpath' }),
      limit: 2,
      expected: { a: 'gateway', b: 'gateway', c: 'fastpath', d: 'fastpath' },
    },
    {
      name: 'a flow the new answer drops is gone at once',
      shown: result({ a: 'gateway', b: 'gateway', c: 'gateway', d: 'fastpath', e: 'direct' }),
      limit: 2,
      expected: { a: 'gateway', b: 'gateway', c: 'gateway', d: 'fastpath' },
    },
  ])('$name', ({ shown, limit, expected }) => {
    const step = stepTowards(shown, target, limit);
    expect(Object.fromEntries(Object.entries(step.flows).map(([id, f]) => [id, f.verdict]))).toEqual(expected);
  });

  it('lands on the answer itself, in as many steps as the changes need', () => {
    let shown: EvaluationResult | null = null;
    let steps = 0;
    while (shown !== target) {
      shown = stepTowards(shown, target, 3);
      steps++;
      expect(steps).toBeLessThan(5);
    }
    expect(steps).toBe(2);
  });

  it('takes a changed finding count as a change, so the badge is redrawn', () => {
    const shown = { ...target, flows: { ...target.flows, d: outcome('fastpath', 2) } };
    const step = stepTowards(shown, target, 0);
    expect(step.flows.d?.findings).toHaveLength(2);
    expect(stepTowards(shown, target, 1)).toBe(target);
  });
});
