import { describe, expect, it } from 'vitest';
import { loadDesign, type Design, type Review } from '../../engine/index.ts';
import { deleteSelection } from './delete-selection.ts';
import { estate, nodeOf, select, state } from '../testing/fixtures.ts';

describe('delete-selection', () => {
  const cases: { name: string; nodes: string[]; edges?: string[]; goneNodes: string[]; goneEdges: string[] }[] = [
    {
      name: 'a VNet with everything inside it',
      nodes: ['hub'],
      goneNodes: ['hub', 'gw', 'vm', 'fw'],
      goneEdges: ['conn', 'peer'],
    },
    { name: 'a node with its edges', nodes: ['site'], goneNodes: ['site'], goneEdges: ['link', 'f1'] },
    { name: 'an edge alone', nodes: [], edges: ['peer'], goneNodes: [], goneEdges: ['peer'] },
  ];
  it.each(cases)('deletes $name', ({ nodes, edges = [], goneNodes, goneEdges }) => {
    const before = estate();
    const outcome = deleteSelection.run(state(before, select(nodes, edges)), undefined);
    if (outcome.status !== 'changed') throw new Error(outcome.status);
    const nodeIds = new Set(outcome.design.nodes.map((n) => n.id));
    const edgeIds = new Set(outcome.design.edges.map((e) => e.id));
    for (const id of goneNodes) expect(nodeIds.has(id)).toBe(false);
    for (const id of goneEdges) expect(edgeIds.has(id)).toBe(false);
    expect(nodeIds.size).toBe(before.nodes.length - goneNodes.length);
    expect(edgeIds.size).toBe(before.edges.length - goneEdges.length);
    expect(outcome.selection).toEqual({ nodeIds: [], edgeIds: [] });
    expect(loadDesign(outcome.design).ok).toBe(true);
  });

  it('drops a gateway route to a deleted NVA, and a note pin, but keeps the note', () => {
    const design = { ...estate(), notes: [{ id: 'n1', text: 'Check the firewall rules', nodeId: 'fw' }] };
    const outcome = deleteSelection.run(state(design, select(['fw'])), undefined);
    if (outcome.status !== 'changed') throw new Error(outcome.status);
    expect(nodeOf(outcome.design, 'gw').props).not.toHaveProperty('udrNextHopId');
    expect(outcome.design.notes).toEqual([{ id: 'n1', text: 'Check the firewall rules' }]);
    expect(loadDesign(outcome.design).ok).toBe(true);
  });

  it('does nothing without a selection', () => {
    expect(deleteSelection.run(state(), undefined)).toEqual({ status: 'unchanged' });
  });
});

describe('delete-selection: the review follows the flows', () => {
  const AT = '2026-11-30T10:00:00.000Z';
  const decided = (flowId: string) => ({ flowId, status: 'accepted' as const, text: '', at: AT });
  /** The estate with a second flow, f2 (site → vm in the hub), both flows decided and on the agenda. */
  function reviewed(): Design {
    const design = estate();
    const loaded = loadDesign({
      ...design,
      edges: [...design.edges, { id: 'f2', kind: 'flow', source: 'site', target: 'vm', props: {} }],
      review: { agenda: ['f2', 'f1'], decisions: [decided('f1'), decided('f2')], round: 2 },
    });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    return loaded.design;
  }

  const cases: { name: string; nodes: string[]; edges?: string[]; review: Review | undefined }[] = [
    {
      name: 'a flow deleted on its own',
      nodes: [],
      edges: ['f2'],
      review: { agenda: ['f1'], decisions: [decided('f1')], round: 2 } as Review,
    },
    {
      name: 'a flow whose end is deleted',
      nodes: ['vm'],
      review: { agenda: ['f1'], decisions: [decided('f1')], round: 2 } as Review,
    },
    {
      name: 'a flow whose end goes with its VNet',
      nodes: ['hub'],
      review: { agenda: ['f1'], decisions: [decided('f1')], round: 2 } as Review,
    },
    { name: 'every flow, leaving what else the block held', nodes: ['site'], review: { round: 2 } as Review },
  ];
  it.each(cases)('drops the decision and agenda entry of $name', ({ nodes, edges = [], review }) => {
    const outcome = deleteSelection.run(state(reviewed(), select(nodes, edges)), undefined);
    if (outcome.status !== 'changed') throw new Error(outcome.status);
    expect(outcome.design.review).toEqual(review);
    const loaded = loadDesign(JSON.stringify(outcome.design));
    expect(loaded.ok && loaded.warnings).toEqual([]);
  });

  it('removes the review block when nothing is left in it', () => {
    const design = { ...reviewed(), review: { decisions: [decided('f1'), decided('f2')] } };
    const outcome = deleteSelection.run(state(design, select(['site'])), undefined);
    if (outcome.status !== 'changed') throw new Error(outcome.status);
    expect(outcome.design).not.toHaveProperty('review');
  });

  it('leaves the review alone when no flow goes', () => {
    const before = reviewed();
    const outcome = deleteSelection.run(state(before, select([], ['peer'])), undefined);
    if (outcome.status !== 'changed') throw new Error(outcome.status);
    expect(outcome.design.review).toBe(before.review);
  });
});
