import { describe, expect, it } from 'vitest';
import type { EvaluationResult, Finding, Severity } from '../../engine/index.ts';
import { distinctFindings, everyFinding, findingKey } from './finding-key.ts';
import { finding as build } from './testing.ts';

const finding = (ruleId: string, subject: string, message: string, severity: Severity = 'warning'): Finding =>
  build(ruleId, subject, severity, message);

describe('the finding key', () => {
  it.each([
    { name: 'another rule', a: finding('r1', 's', 'm'), b: finding('r2', 's', 'm') },
    { name: 'another subject', a: finding('r', 's1', 'm'), b: finding('r', 's2', 'm') },
    { name: 'another message', a: finding('r', 's', 'm1'), b: finding('r', 's', 'm2') },
    { name: 'a separator moved between subject and message', a: finding('r', 'a|b', 'c'), b: finding('r', 'a', 'b|c') },
    { name: 'a separator moved between rule and subject', a: finding('r|a', 'b', 'c'), b: finding('r', 'a|b', 'c') },
    { name: 'quotes and commas', a: finding('r', 's","x', 'm'), b: finding('r', 's', 'x","m') },
  ])('tells apart $name', ({ a, b }) => {
    expect(findingKey(a)).not.toBe(findingKey(b));
  });

  it.each([
    { name: 'another severity', a: finding('r', 's', 'm', 'error'), b: finding('r', 's', 'm', 'info') },
    {
      name: 'another source',
      a: finding('r', 's', 'm'),
      b: { ...finding('r', 's', 'm'), source: { title: 'u', url: 'https://example.test/u', date: '2025-01-01' } },
    },
  ])('is the same despite $name', ({ a, b }) => {
    expect(findingKey(a)).toBe(findingKey(b));
  });

  it('keeps each finding once, the first report of it, in order', () => {
    const first = finding('r', 's', 'm', 'error');
    const list = [first, finding('q', 's', 'm'), finding('r', 's', 'm', 'info'), finding('r', 't', 'm')];
    expect(distinctFindings(list)).toEqual([first, list[1], list[3]]);
  });

  it('reads every report in a result: the design findings, then each flow', () => {
    const design = finding('d', 'n', 'm');
    const a = finding('a', 'f1', 'm');
    const b = finding('b', 'f2', 'm');
    const result: EvaluationResult = {
      rulesAsOf: '2025-11',
      pack: { id: 'latest', date: '2026-03-31' },
      allowPreviews: false,
      findings: [design],
      flows: {
        f1: { verdict: 'gateway', path: [], findings: [a] },
        f2: { verdict: 'fastpath', path: [], findings: [b, a] },
      },
    };
    expect([...everyFinding(result)]).toEqual([design, a, b, a]);
  });
});
