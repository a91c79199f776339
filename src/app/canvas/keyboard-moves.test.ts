import { describe, expect, it } from 'vitest';
import type { Design } from '../../engine/index.ts';
import { estate, select } from '../testing/fixtures.ts';
import { nearestNode, nudgeMoves, type Direction } from './keyboard-moves.ts';

// site (0,0), er (400,0), hub (0,300) with gw, vm, fw inside, spoke (400,300) with vm2.
function laidOut(): Design {
  const at: Record<string, { x: number; y: number }> = {
    site: { x: 0, y: 0 },
    er: { x: 400, y: 0 },
    hub: { x: 0, y: 300 },
    spoke: { x: 400, y: 300 },
    empty: { x: 800, y: 300 },
    gw: { x: 30, y: 60 },
    vm: { x: 30, y: 160 },
    fw: { x: 30, y: 260 },
    vm2: { x: 30, y: 60 },
  };
  const design = estate();
  return { ...design, nodes: design.nodes.map((node) => ({ ...node, position: at[node.id] })) };
}

describe('nudgeMoves', () => {
  it('moves each selected node a step, and a child with its VNet only once (with the VNet)', () => {
    expect(nudgeMoves(laidOut(), select(['hub', 'gw', 'vm2']), 'right', 10)).toEqual([
      { id: 'hub', position: { x: 10, y: 300 } },
      { id: 'vm2', parentId: 'spoke', position: { x: 40, y: 60 } },
    ]);
  });

  it('moves nothing without selected nodes', () => {
    expect(nudgeMoves(laidOut(), select([], ['f1']), 'up', 50)).toEqual([]);
  });
});

describe('nearestNode', () => {
  it.each<[string | undefined, Direction, string | undefined]>([
    [undefined, 'right', 'site'],
    ['site', 'right', 'er'],
    ['site', 'down', 'hub'],
    ['er', 'left', 'site'],
    ['hub', 'right', 'spoke'],
    ['hub', 'down', 'gw'],
    ['gw', 'down', 'vm'],
    ['vm', 'down', 'fw'],
    ['site', 'up', undefined],
  ])('from %s going %s: %s', (from, direction, next) => {
    expect(nearestNode(laidOut(), from, direction)).toBe(next);
  });
});
