import { describe, expect, it } from 'vitest';
import { loadDesign, type Decision, type Design } from '../../engine/index.ts';
import { decisionFor, reviewProgress } from './decisions.ts';

const AT = '2026-11-30T10:00:00.000Z';
const LATER = '2026-11-30T11:00:00.000Z';
const decided = (flowId: string, status: Decision['status'], at = AT): Decision => ({ flowId, status, text: '', at });

function design(decisions: Decision[] = []): Design {
  const loaded = loadDesign({
    format: 'fastpath-design',
    version: 1,
    nodes: [
      { id: 'site', kind: 'onPremises' },
      { id: 'v', kind: 'vnet' },
      { id: 'vm', kind: 'vm', parentId: 'v' },
    ],
    edges: ['f1', 'f2', 'f3', 'f4'].map((id) => ({ id, kind: 'flow', source: 'site', target: 'vm' })),
    ...(decisions.length > 0 ? { review: { decisions } } : {}),
  });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.design;
}

describe('reviewProgress', () => {
  it.each<[string, Decision[], ReturnType<typeof reviewProgress>]>([
    ['nothing decided', [], { reviewed: 0, total: 4, accepted: 0, changesRequested: 0 }],
    [
      'some decided',
      [decided('f1', 'accepted'), decided('f3', 'changesRequested'), decided('f4', 'accepted')],
      { reviewed: 3, total: 4, accepted: 2, changesRequested: 1 },
    ],
  ])('%s', (_name, decisions, progress) => {
    expect(reviewProgress(design(decisions))).toEqual(progress);
  });

  it('counts only decisions about flows of the design, once per flow, in a design that was not loaded again', () => {
    const stale = {
      ...design(),
      review: {
        decisions: [decided('ghost', 'accepted'), decided('f1', 'accepted', LATER), decided('f1', 'changesRequested')],
      },
    };
    expect(reviewProgress(stale)).toEqual({ reviewed: 1, total: 4, accepted: 1, changesRequested: 0 });
    expect(decisionFor(stale, 'f1')?.status).toBe('accepted');
    expect(decisionFor(stale, 'ghost')).toBeUndefined();
  });
});

describe('decisionFor', () => {
  it('finds a flow’s decision, or none', () => {
    const reviewed = design([decided('f2', 'changesRequested')]);
    expect(decisionFor(reviewed, 'f2')).toEqual(decided('f2', 'changesRequested'));
    expect(decisionFor(reviewed, 'f1')).toBeUndefined();
    expect(decisionFor(design(), 'f1')).toBeUndefined();
  });
});
