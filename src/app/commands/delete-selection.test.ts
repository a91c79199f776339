import { describe, expect, it } from 'vitest';
import { loadDesign } from '../../engine/index.ts';
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
