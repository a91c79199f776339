import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadDesign, type Design, type Position } from '../../engine/index.ts';
import { RESOURCE_SIZE, VNET_FIRST_CHILD, VNET_MIN_SIZE, VNET_PADDING, type Rect } from '../canvas/geometry.ts';
import { layoutDesign } from './auto-layout.ts';

const EXAMPLES = ['hub-spoke-lab', 'direct-private-link', 'provider-wrong-sku'] as const;

// The examples as another tool might write them: no positions at all.
function unplaced(name: string): Design {
  const raw = JSON.parse(readFileSync(new URL(`../../../fixtures/examples/${name}.json`, import.meta.url), 'utf8')) as {
    nodes: Record<string, unknown>[];
  };
  for (const node of raw.nodes) delete node.position;
  return loaded(raw);
}

function loaded(raw: unknown): Design {
  const result = loadDesign(raw);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result.design;
}

function at(positions: Map<string, Position>, id: string): Position {
  const position = positions.get(id);
  if (!position) throw new Error(`no position for ${id}`);
  return position;
}

const card = (p: Position): Rect => ({ ...p, ...RESOURCE_SIZE });

/** The canvas's rule (adapters.ts toCanvasNodes): a VNet grows to fit its children. */
function vnetRect(design: Design, positions: Map<string, Position>, vnetId: string): Rect {
  let width: number = VNET_MIN_SIZE.width;
  let height: number = VNET_MIN_SIZE.height;
  for (const child of design.nodes.filter((n) => n.parentId === vnetId)) {
    const p = at(positions, child.id);
    width = Math.max(width, p.x + RESOURCE_SIZE.width + VNET_PADDING);
    height = Math.max(height, p.y + RESOURCE_SIZE.height + VNET_PADDING);
  }
  return { ...at(positions, vnetId), width, height };
}

function topLevelRects(design: Design, positions: Map<string, Position>): Map<string, Rect> {
  return new Map(
    design.nodes
      .filter((n) => n.parentId === undefined)
      .map((n) => [n.id, n.kind === 'vnet' ? vnetRect(design, positions, n.id) : card(at(positions, n.id))]),
  );
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function overlappingPairs(rects: Map<string, Rect>): string[] {
  const entries = [...rects];
  const pairs: string[] = [];
  entries.forEach(([idA, a], i) => {
    for (const [idB, b] of entries.slice(i + 1)) if (overlaps(a, b)) pairs.push(`${idA}/${idB}`);
  });
  return pairs;
}

describe('overlap check', () => {
  // The layout assertions below are only as good as this helper.
  it('sees overlapping rectangles and lets touching or distant ones pass', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(
      overlappingPairs(
        new Map([
          ['a', a],
          ['b', { ...a, x: 9, y: 9 }],
        ]),
      ),
    ).toEqual(['a/b']);
    expect(
      overlappingPairs(
        new Map([
          ['a', a],
          ['b', { ...a, x: 10 }],
          ['c', { ...a, y: 30 }],
        ]),
      ),
    ).toEqual([]);
  });
});

describe('layoutDesign', () => {
  for (const name of EXAMPLES) {
    describe(name, () => {
      const design = unplaced(name);

      it('places every node, children inside the room their VNet keeps', async () => {
        const positions = await layoutDesign(design);
        expect([...positions.keys()].sort()).toEqual(design.nodes.map((n) => n.id).sort());
        for (const [id, p] of positions) {
          expect(Number.isInteger(p.x) && Number.isInteger(p.y), id).toBe(true);
        }
        for (const child of design.nodes.filter((n) => n.parentId !== undefined)) {
          const p = at(positions, child.id);
          expect(p.x, child.id).toBeGreaterThanOrEqual(VNET_FIRST_CHILD.x);
          expect(p.y, child.id).toBeGreaterThanOrEqual(VNET_FIRST_CHILD.y);
        }
      });

      it('overlaps nothing, at the top level or inside a VNet', async () => {
        const positions = await layoutDesign(design);
        expect(overlappingPairs(topLevelRects(design, positions))).toEqual([]);
        for (const vnet of design.nodes.filter((n) => n.kind === 'vnet')) {
          const inside = design.nodes.filter((n) => n.parentId === vnet.id);
          expect(overlappingPairs(new Map(inside.map((n) => [n.id, card(at(positions, n.id))]))), vnet.id).toEqual([]);
        }
      });

      it('gives the same positions every time', async () => {
        const first = await layoutDesign(design);
        const second = await layoutDesign(unplaced(name));
        expect([...second]).toEqual([...first]);
      });
    });
  }

  it('hub-spoke-lab reads left to right: on-premises, circuits, VNets', async () => {
    const design = unplaced('hub-spoke-lab');
    const positions = await layoutDesign(design);
    const rects = topLevelRects(design, positions);
    const ofKind = (kind: string) => design.nodes.filter((n) => n.kind === kind).map((n) => rects.get(n.id) as Rect);
    const rightmost = (rs: Rect[]) => Math.max(...rs.map((r) => r.x + r.width));
    const leftmost = (rs: Rect[]) => Math.min(...rs.map((r) => r.x));
    expect(rightmost(ofKind('onPremises'))).toBeLessThanOrEqual(leftmost(ofKind('circuit')));
    expect(rightmost(ofKind('circuit'))).toBeLessThanOrEqual(leftmost(ofKind('vnet')));
    // The peered spoke hangs off the hub, further right.
    expect(at(positions, 'spokevnet').x).toBeGreaterThanOrEqual(rightmost([rects.get('hubvnet') as Rect]));
  });

  it('pulls a gateway to the left side of its VNet, towards the circuit', async () => {
    // Peerings to spokes on the right would otherwise give ELK no reason to order the children.
    const design = loaded({
      format: 'fastpath-design',
      version: 1,
      nodes: [
        { id: 'hub', kind: 'vnet', label: 'Hub' },
        { id: 'app', kind: 'vm', label: 'App', parentId: 'hub' },
        { id: 'fw', kind: 'nva', label: 'Firewall', parentId: 'hub' },
        { id: 'gw', kind: 'gateway', label: 'Gateway', parentId: 'hub', props: { udrNextHopId: 'fw' } },
        { id: 'er', kind: 'circuit', label: 'Circuit' },
        { id: 'spoke', kind: 'vnet', label: 'Spoke' },
        { id: 'svm', kind: 'vm', label: 'Spoke VM', parentId: 'spoke' },
      ],
      edges: [
        { id: 'conn', kind: 'connection', source: 'gw', target: 'er' },
        { id: 'peer', kind: 'vnetPeering', source: 'hub', target: 'spoke' },
        { id: 'f', kind: 'flow', source: 'svm', target: 'app' },
      ],
    });
    const positions = await layoutDesign(design);
    expect(at(positions, 'er').x).toBeLessThan(at(positions, 'hub').x);
    expect(at(positions, 'gw').x).toBe(Math.min(...['app', 'fw', 'gw'].map((id) => at(positions, id).x)));
  });

  it('places nodes with no edges at all, and an empty VNet', async () => {
    const design = loaded({
      format: 'fastpath-design',
      version: 1,
      nodes: [
        { id: 'site', kind: 'onPremises', label: 'Site' },
        { id: 'empty', kind: 'vnet', label: 'Empty' },
        { id: 'lonely', kind: 'vnet', label: 'Lonely' },
        { id: 'vm', kind: 'vm', label: 'VM', parentId: 'lonely' },
      ],
      edges: [],
    });
    const positions = await layoutDesign(design);
    expect([...positions.keys()].sort()).toEqual(['empty', 'lonely', 'site', 'vm']);
    expect(at(positions, 'vm')).toEqual(VNET_FIRST_CHILD);
    expect(overlappingPairs(topLevelRects(design, positions))).toEqual([]);
  });
});
