import { describe, expect, it } from 'vitest';
import { loadDesign, type Design, type Position } from '../../engine/index.ts';
import { drawnBoxes, type DrawnBox } from '../drawing/where-drawn.ts';
import { ESTATE_SIZES, hubAndSpokes, largeEstate } from '../../../bench/fixtures.ts';
import { ESTATE_FROM_VNETS, estateLayout } from './estate-layout.ts';
import { layoutDesign } from './auto-layout.ts';

function loaded(raw: unknown): Design {
  const result = loadDesign(raw);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return result.design;
}

/** A design as an import of a deployed estate has it: no positions at all. */
function unplaced(raw: Record<string, unknown>): Design {
  const copy = structuredClone(raw) as { nodes: Record<string, unknown>[] };
  for (const node of copy.nodes) delete node.position;
  return loaded(copy);
}

function placed(design: Design, positions: Map<string, Position>): { vnets: DrawnBox[]; resources: DrawnBox[] } {
  return drawnBoxes(design.nodes.map((node) => ({ ...node, position: positions.get(node.id) })));
}

const overlap = (a: DrawnBox, b: DrawnBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const estates: [string, Design][] = [
  ['one hub with 100 spokes', unplaced(hubAndSpokes(100, 4, 200))],
  ['one hub with 100 tall spokes of 9 VMs', unplaced(hubAndSpokes(100, 9, 200))],
  ['the seeded 1k estate', unplaced(largeEstate(ESTATE_SIZES['1k']))],
];

describe('estateLayout', () => {
  for (const [name, design] of estates) {
    it(`places every node of ${name}, with no two top-level boxes overlapping`, () => {
      const positions = estateLayout(design);
      for (const node of design.nodes) expect(positions.has(node.id), node.id).toBe(true);
      const { vnets, resources } = placed(design, positions);
      const parentOf = new Map(design.nodes.map((node) => [node.id, node.parentId]));
      const top = [...vnets, ...resources.filter((box) => parentOf.get(box.id) === undefined)];
      const clashes: string[] = [];
      for (let i = 0; i < top.length; i++)
        for (let j = i + 1; j < top.length; j++)
          if (overlap(top[i]!, top[j]!)) clashes.push(`${top[i]!.id}/${top[j]!.id}`);
      expect(clashes).toEqual([]);
    });

    it(`draws ${name} about as wide as tall, never one tall column`, () => {
      const { vnets, resources } = placed(design, estateLayout(design));
      const all = [...vnets, ...resources];
      const width = Math.max(...all.map((b) => b.x + b.width)) - Math.min(...all.map((b) => b.x));
      const height = Math.max(...all.map((b) => b.y + b.height)) - Math.min(...all.map((b) => b.y));
      expect(height / width).toBeLessThan(1.5);
    });
  }

  it('puts sites, then circuits, then hubs, each hub left of its spokes', () => {
    const design = estates[0]![1];
    const positions = estateLayout(design);
    const x = (id: string) => positions.get(id)!.x;
    expect(x('site')).toBeLessThan(x('er'));
    expect(x('er')).toBeLessThan(x('hub'));
    for (const spoke of design.nodes.filter((node) => node.kind === 'vnet' && node.id !== 'hub'))
      expect(x(spoke.id)).toBeGreaterThan(x('hub'));
  });

  it('orders spokes by region, then by name with numbers in order', () => {
    const design = estates[0]![1];
    const positions = estateLayout(design);
    const spokes = design.nodes
      .filter((node) => node.kind === 'vnet' && node.id !== 'hub')
      .sort(
        (a, b) => positions.get(a.id)!.y - positions.get(b.id)!.y || positions.get(a.id)!.x - positions.get(b.id)!.x,
      );
    const regions = spokes.map((node) => (node.props as { region: string }).region);
    expect(regions).toEqual([...regions].sort());
    const north = spokes.filter((node) => (node.props as { region: string }).region === 'northeurope');
    expect(north.map((node) => node.label).slice(0, 3)).toEqual(['Spoke 0', 'Spoke 5', 'Spoke 10']);
  });

  it('is what layoutDesign gives from ESTATE_FROM_VNETS VNets on, without elk', async () => {
    const design = estates[0]![1];
    expect(design.nodes.filter((node) => node.kind === 'vnet').length).toBeGreaterThanOrEqual(ESTATE_FROM_VNETS);
    expect(await layoutDesign(design)).toEqual(estateLayout(design));
  });
});
