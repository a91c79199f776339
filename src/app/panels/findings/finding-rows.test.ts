import { describe, expect, it } from 'vitest';
import { DesignDraft } from '../../../engine/testing/design-builder.ts';
import { evaluate } from '../../../engine/index.ts';
import { findingMarks, findingRows, findingsWords } from './finding-rows.ts';

describe('finding rows', () => {
  // A standard gateway cannot do FastPath; the flow is told it must be FastPath anyway.
  const design = new DesignDraft()
    .node('site', 'onPremises', { prefixes: ['172.16.0.0/16'] })
    .node('er', 'circuit')
    .node('hub', 'vnet', { addressSpace: ['10.0.0.0/16'] })
    .node('gw', 'gateway', { sku: 'Standard' }, 'hub')
    .node('vm', 'vm', { ip: '10.0.0.4' }, 'hub')
    .node('vm2', 'vm', { ip: '10.0.0.5' }, 'hub')
    .edge('link', 'circuitLink', 'site', 'er')
    .edge('conn', 'connection', 'gw', 'er', { fastPath: true })
    .flow('f1', 'site', 'vm', { expect: 'fastpath' })
    .flow('f2', 'site', 'vm2')
    .build();
  const result = evaluate(design);
  const rows = findingRows(design, result);

  it('lists a broken expectation as an error about the flow', () => {
    expect(result.flows.f1?.expectationMet).toBe(false);
    const broken = rows.find((row) => row.ruleId === 'expectation');
    expect(broken).toMatchObject({ severity: 'error', subject: 'f1', subjectLabel: 'site → vm', source: null });
  });

  it('lists every finding once, errors first, with the flows it touches', () => {
    const all = [...result.findings, ...Object.values(result.flows).flatMap((f) => f.findings)];
    const distinct = new Set(all.map((f) => `${f.ruleId}|${f.subject}|${f.message}`));
    expect(rows.filter((row) => row.ruleId !== 'expectation')).toHaveLength(distinct.size);
    const order = rows.map((row) => ['error', 'warning', 'info'].indexOf(row.severity));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const shared = rows.find((row) => row.flows === 2);
    expect(shared?.subject).toBeDefined();
  });

  it('marks each subject with its count and worst severity; a flow counts its own findings and a broken expectation', () => {
    const marks = findingMarks(result);
    const f1 = result.flows.f1!;
    const distinct = new Set(f1.findings.map((f) => `${f.ruleId}|${f.subject}|${f.message}`)).size;
    expect(marks.get('f1')).toEqual({ count: distinct + 1, worst: 'error' });
    for (const [subject, mark] of marks) {
      if (subject in result.flows) continue;
      const own = rows.filter((row) => row.subject === subject);
      expect(mark.count).toBe(own.length);
      expect(mark.worst).toBe(own[0]?.severity);
    }
    expect(findingsWords({ count: 1, worst: 'info' })).toBe('1 finding');
    expect(findingsWords({ count: 3, worst: 'error' })).toBe('3 findings, worst: error');
  });
});
