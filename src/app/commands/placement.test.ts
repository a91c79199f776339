import { describe, expect, it } from 'vitest';
import type { Design, DesignNode } from '../../engine/index.ts';
import { RESOURCE_SIZE } from '../drawing/sizes.ts';
import { estate, nodeOf, select, state } from '../testing/fixtures.ts';
import { addNode } from './add-node.ts';
import { duplicateSelection } from './duplicate-selection.ts';
import { freeShift, nodeBox, PLACEMENT_GAP } from './placement.ts';

const card = (x: number, y: number) => ({ x, y, ...RESOURCE_SIZE });
const stepY = RESOURCE_SIZE.height + PLACEMENT_GAP;
const stepX = RESOURCE_SIZE.width + PLACEMENT_GAP;

describe('freeShift', () => {
  it.each<[string, ReturnType<typeof card>[], ReturnType<typeof card>[], { x: number; y: number }]>([
    ['a free place: no move', [card(0, 0)], [card(500, 500)], { x: 0, y: 0 }],
    ['on top of another card: below it', [card(0, 0)], [card(0, 0)], { x: 0, y: stepY }],
    ['below is taken too: to the right', [card(0, 0)], [card(0, 0), card(0, stepY)], { x: stepX, y: 0 }],
    [
      'a card closer than 16 px below blocks it: to the right',
      [card(0, 0)],
      [card(0, RESOURCE_SIZE.height + 8)],
      { x: stepX, y: 0 },
    ],
    ['a group moves together, by its own size', [card(0, 0), card(0, stepY)], [card(0, 0)], { x: 0, y: stepY * 2 }],
  ])('%s', (_name, group, taken, shift) => {
    expect(freeShift(group, taken)).toEqual(shift);
  });
});

/** Whether two nodes of one parent overlap as drawn. */
function overlap(design: Design, a: DesignNode, b: DesignNode): boolean {
  const p = nodeBox(design, a);
  const q = nodeBox(design, b);
  return p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
}

function withPositions(): Design {
  const design = estate();
  return {
    ...design,
    nodes: design.nodes.map((node, i) => ({
      ...node,
      position: node.parentId ? { x: 30, y: 60 + 80 * (i % 3) } : { x: 400 * i, y: 0 },
    })),
  };
}

describe('new nodes find free space', () => {
  it('a VM dropped on the gateway lands beside it, not on it', () => {
    const design = withPositions();
    const gw = nodeOf(design, 'gw');
    const outcome = addNode.run(state(design), { kind: 'vm', parentId: 'hub', position: gw.position! });
    if (outcome.status !== 'changed') throw new Error(JSON.stringify(outcome));
    const added = outcome.design.nodes.at(-1)!;
    for (const sibling of outcome.design.nodes.filter((n) => n.parentId === 'hub' && n.id !== added.id))
      expect(overlap(outcome.design, added, sibling), `${added.id} over ${sibling.id}`).toBe(false);
  });

  it('a duplicate never covers its original', () => {
    const design = withPositions();
    const outcome = duplicateSelection.run(state(design, select(['vm'])), undefined);
    if (outcome.status !== 'changed') throw new Error(JSON.stringify(outcome));
    const copy = outcome.design.nodes.at(-1)!;
    expect(copy.parentId).toBe('hub');
    for (const sibling of outcome.design.nodes.filter((n) => n.parentId === 'hub' && n.id !== copy.id))
      expect(overlap(outcome.design, copy, sibling), `${copy.id} over ${sibling.id}`).toBe(false);
  });

  it('a duplicated VNet keeps its children inside it and stays clear of the others', () => {
    const design = withPositions();
    const outcome = duplicateSelection.run(state(design, select(['hub'])), undefined);
    if (outcome.status !== 'changed') throw new Error(JSON.stringify(outcome));
    const copy = outcome.design.nodes.find((n) => n.kind === 'vnet' && !design.nodes.some((d) => d.id === n.id))!;
    const children = outcome.design.nodes.filter((n) => n.parentId === copy.id);
    expect(children.length).toBe(3);
    for (const other of outcome.design.nodes.filter((n) => n.parentId === undefined && n.id !== copy.id))
      expect(overlap(outcome.design, copy, other), `${copy.id} over ${other.id}`).toBe(false);
  });
});
