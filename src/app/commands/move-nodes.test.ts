import { describe, expect, it } from 'vitest';
import { loadDesign } from '../../engine/index.ts';
import { moveNodes, type NodeMove } from './move-nodes.ts';
import { estate, nodeOf, state } from '../testing/fixtures.ts';

describe('move-nodes', () => {
  const refusals: { name: string; moves: NodeMove[]; reason: RegExp }[] = [
    {
      name: 'a VM out of every VNet',
      moves: [{ id: 'vm', position: { x: 900, y: 900 } }],
      reason: /must be inside a VNet/,
    },
    {
      name: 'a VNet into a VNet',
      moves: [{ id: 'spoke', parentId: 'hub', position: { x: 50, y: 60 } }],
      reason: /VNet cannot sit inside another VNet/,
    },
    {
      name: 'a circuit into a VNet',
      moves: [{ id: 'er', parentId: 'hub', position: { x: 50, y: 60 } }],
      reason: /open canvas/,
    },
  ];
  it.each(refusals)('refuses $name, and moves nothing', ({ moves, reason }) => {
    const outcome = moveNodes.run(state(), { moves });
    expect(outcome).toMatchObject({ status: 'refused', reason: expect.stringMatching(reason) });
  });

  it('refuses a second gateway into a VNet, even when both arrive together', () => {
    const design = estate();
    const withSecond = {
      ...design,
      nodes: [
        ...design.nodes,
        { ...nodeOf(design, 'gw'), id: 'gw2', parentId: 'spoke', props: { sku: 'Standard', scaleUnits: 1 } },
      ],
    } as typeof design;
    expect(
      moveNodes.run(state(withSecond), { moves: [{ id: 'gw2', parentId: 'hub', position: { x: 50, y: 60 } }] }),
    ).toMatchObject({
      status: 'refused',
      reason: expect.stringMatching(/one per VNet/),
    });
    expect(
      moveNodes.run(state(withSecond), {
        moves: [
          { id: 'gw', parentId: 'empty', position: { x: 50, y: 60 } },
          { id: 'gw2', parentId: 'empty', position: { x: 50, y: 160 } },
        ],
      }),
    ).toMatchObject({ status: 'refused', reason: expect.stringMatching(/can hold one ExpressRoute gateway/) });
  });

  it('moves a VM into another VNet, keeping its edges and its id', () => {
    const outcome = moveNodes.run(state(), { moves: [{ id: 'vm', parentId: 'spoke', position: { x: 100.2, y: 3 } }] });
    if (outcome.status !== 'changed') throw new Error(outcome.status);
    expect(nodeOf(outcome.design, 'vm')).toMatchObject({ parentId: 'spoke', position: { x: 100, y: 52 } });
    expect(loadDesign(outcome.design).ok).toBe(true);
  });

  it('moves top-level nodes to absolute positions and leaves the rest as they were', () => {
    const before = estate();
    const outcome = moveNodes.run(state(before), { moves: [{ id: 'hub', position: { x: -40, y: 300 } }] });
    if (outcome.status !== 'changed') throw new Error(outcome.status);
    expect(nodeOf(outcome.design, 'hub').position).toEqual({ x: -40, y: 300 });
    expect(nodeOf(outcome.design, 'hub').parentId).toBeUndefined();
    // Untouched nodes are the very same objects: the canvas does not redraw them.
    expect(nodeOf(outcome.design, 'vm')).toBe(nodeOf(before, 'vm'));
  });

  it('reports no change when nothing moved', () => {
    const once = moveNodes.run(state(), { moves: [{ id: 'hub', position: { x: 5, y: 5 } }] });
    if (once.status !== 'changed') throw new Error(once.status);
    expect(moveNodes.run(state(once.design), { moves: [{ id: 'hub', position: { x: 5, y: 5 } }] })).toEqual({
      status: 'unchanged',
    });
  });
});
