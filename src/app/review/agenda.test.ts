import { describe, expect, it } from 'vitest';
import {
  loadDesign,
  type Design,
  type EvaluationResult,
  type FlowResult,
  type Review,
  type Verdict,
} from '../../engine/index.ts';
import { agendaOrder, defaultAgenda } from './agenda.ts';

// Six flows, f1 … f6 in the design's order, between a site and a VM.
function design(review?: Review, ids = ['f1', 'f2', 'f3', 'f4', 'f5', 'f6']): Design {
  const loaded = loadDesign({
    format: 'fastpath-design',
    version: 1,
    nodes: [
      { id: 'site', kind: 'onPremises' },
      { id: 'v', kind: 'vnet' },
      { id: 'vm', kind: 'vm', parentId: 'v' },
    ],
    edges: ids.map((id) => ({ id, kind: 'flow', source: 'site', target: 'vm' })),
    ...(review ? { review } : {}),
  });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.design;
}

type Outcome = Verdict | [Verdict, boolean];
function result(flows: Record<string, Outcome>): EvaluationResult {
  const out: Record<string, FlowResult> = {};
  for (const [id, outcome] of Object.entries(flows)) {
    const [verdict, met] = Array.isArray(outcome) ? outcome : [outcome, undefined];
    out[id] = { verdict, path: [], findings: [], ...(met === undefined ? {} : { expectationMet: met }) };
  }
  return {
    rulesAsOf: '2025-11',
    pack: { id: 'latest', date: '2026-03-31' },
    allowPreviews: false,
    flows: out,
    findings: [],
  };
}

describe('defaultAgenda', () => {
  it.each<[string, EvaluationResult | null, string[]]>([
    ['no result yet: the flows in number order', null, ['f1', 'f2', 'f3', 'f4', 'f5', 'f6']],
    [
      'by verdict: unreachable, gateway, FastPath, direct',
      result({ f1: 'direct', f2: 'fastpath', f3: 'gateway', f4: 'unreachable', f5: 'fastpath', f6: 'gateway' }),
      ['f4', 'f3', 'f6', 'f2', 'f5', 'f1'],
    ],
    [
      'failed expectations first, whatever their verdict',
      result({
        f1: 'unreachable',
        f2: ['direct', false],
        f3: ['fastpath', true],
        f4: ['gateway', false],
        f5: 'gateway',
        f6: 'fastpath',
      }),
      ['f4', 'f2', 'f1', 'f5', 'f3', 'f6'],
    ],
    [
      'flows the result does not know yet last',
      result({ f2: 'fastpath', f5: 'unreachable' }),
      ['f5', 'f2', 'f1', 'f3', 'f4', 'f6'],
    ],
  ])('%s', (_name, evaluation, order) => {
    expect(defaultAgenda(design(), evaluation)).toEqual(order);
  });

  it('reads a flow called like an object property as a flow', () => {
    const named = design(undefined, ['constructor', 'toString']);
    const flows = new Map<string, Outcome>([['toString', 'gateway']]);
    expect(defaultAgenda(named, result(Object.fromEntries(flows)))).toEqual(['toString', 'constructor']);
  });
});

describe('agendaOrder', () => {
  const evaluation = result({
    f1: 'fastpath',
    f2: 'gateway',
    f3: 'fastpath',
    f4: 'unreachable',
    f5: 'direct',
    f6: 'fastpath',
  });

  it.each<[string, Review | undefined, string[]]>([
    ['without an agenda: the default order', undefined, ['f4', 'f2', 'f1', 'f3', 'f6', 'f5']],
    [
      'the saved agenda first, then the rest in default order',
      { agenda: ['f6', 'f1'] },
      ['f6', 'f1', 'f4', 'f2', 'f3', 'f5'],
    ],
    ['a full agenda as saved', { agenda: ['f1', 'f2', 'f3', 'f4', 'f5', 'f6'] }, ['f1', 'f2', 'f3', 'f4', 'f5', 'f6']],
  ])('%s', (_name, review, order) => {
    expect(agendaOrder(design(review), evaluation)).toEqual(order);
  });

  it('ignores ids of the agenda that are not flows, and repeats, in a design that was not loaded again', () => {
    const stale = { ...design(), review: { agenda: ['ghost', 'f5', 'site', 'f5'] } };
    expect(agendaOrder(stale, evaluation)).toEqual(['f5', 'f4', 'f2', 'f1', 'f3', 'f6']);
  });
});
