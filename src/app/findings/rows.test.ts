import { describe, expect, it } from 'vitest';
import { DesignDraft } from '../../engine/testing/design-builder.ts';
import { evaluate, SEVERITIES } from '../../engine/index.ts';
import { findingKey } from './finding-key.ts';
import { finding, flow, result } from './testing.ts';
import { findingMarks } from './marks.ts';
import { findingRows } from './rows.ts';

describe('finding rows of an evaluated design', () => {
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
    expect(rows.filter((row) => row.ruleId !== 'expectation')).toHaveLength(new Set(all.map(findingKey)).size);
    const order = rows.map((row) => SEVERITIES.indexOf(row.severity));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const shared = rows.find((row) => row.flows === 2);
    expect(shared?.subject).toBeDefined();
  });

  it('gives every row its own key, the key of what it says', () => {
    expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
    for (const row of rows) expect(row.key).toBe(findingKey(row));
  });

  it('marks each subject with as many findings as the panel lists for it, and the worst of them', () => {
    const marks = findingMarks(result);
    for (const [subject, mark] of marks) {
      if (subject in result.flows) continue;
      const own = rows.filter((row) => row.subject === subject);
      expect(mark.count).toBe(own.length);
      expect(mark.worst).toBe(own[0]?.severity);
    }
  });
});

describe('finding rows, case by case', () => {
  const design = new DesignDraft()
    .node('site', 'onPremises', { prefixes: ['172.16.0.0/16'] })
    .node('er', 'circuit', {})
    .node('hub', 'vnet', { addressSpace: ['10.0.0.0/16'] })
    .node('gw', 'gateway', { sku: 'Standard' }, 'hub')
    .node('vm', 'vm', { ip: '10.0.0.4' }, 'hub')
    .node('vm2', 'vm', { ip: '10.0.0.5' }, 'hub')
    .edge('conn', 'connection', 'gw', 'er')
    .flow('f1', 'site', 'vm', { expect: 'fastpath' })
    .flow('f2', 'site', 'vm2')
    .build();

  it.each([
    { name: 'nothing', input: result([]), expected: [] },
    {
      name: 'errors first, then warnings, then info, then by rule',
      input: result([
        finding('z', 'gw', 'info'),
        finding('b', 'gw', 'warning'),
        finding('a', 'gw', 'warning'),
        finding('y', 'vm', 'error'),
      ]),
      expected: [
        ['error', 'y', 'VM', 0],
        ['warning', 'a', 'GW', 0],
        ['warning', 'b', 'GW', 0],
        ['info', 'z', 'GW', 0],
      ],
    },
    {
      name: 'one rule on two subjects: by subject name',
      input: result([finding('a', 'vm', 'info'), finding('a', 'gw', 'info')]),
      expected: [
        ['info', 'a', 'GW', 0],
        ['info', 'a', 'VM', 0],
      ],
    },
    {
      name: 'a finding two flows report is one row touching two flows',
      input: result([], { f1: flow([finding('a', 'conn', 'warning')]), f2: flow([finding('a', 'conn', 'warning')]) }),
      expected: [['warning', 'a', 'GW → ER', 2]],
    },
    {
      name: 'a design finding a flow repeats counts that flow',
      input: result([finding('a', 'gw', 'info')], { f2: flow([finding('a', 'gw', 'info')]) }),
      expected: [['info', 'a', 'GW', 1]],
    },
    {
      name: 'a broken expectation comes before warnings',
      input: result([finding('a', 'gw', 'warning')], { f1: flow([], false), f2: flow([]) }),
      expected: [
        ['error', 'expectation', 'SITE → VM', 1],
        ['warning', 'a', 'GW', 0],
      ],
    },
    {
      name: 'a kept expectation, or a flow with none, is not a row',
      input: result([], { f1: flow([], true), f2: flow([], false) }),
      expected: [],
    },
  ])('$name', ({ input, expected }) => {
    const named = { ...design, nodes: design.nodes.map((node) => ({ ...node, label: node.id.toUpperCase() })) };
    const rows = findingRows(named, input);
    expect(rows.map((row) => [row.severity, row.ruleId, row.subjectLabel, row.flows])).toEqual(expected);
    expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
  });
});
