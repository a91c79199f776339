import { describe, expect, it } from 'vitest';
import { createPlaceRaiser, cutForOverview, sketchedAt, sketchesOf } from './overview.ts';

type N = { id: string; parentId?: string; zIndex?: number };
type E = { id: string; type?: string; source: string; target: string };

const nodes: N[] = [
  { id: 'site' },
  { id: 'hub' },
  { id: 'gw', parentId: 'hub' },
  { id: 'spoke' },
  { id: 'vm1', parentId: 'spoke' },
  { id: 'vm2', parentId: 'spoke' },
];
const peering: E = { id: 'peer', type: 'vnetPeering', source: 'hub', target: 'spoke' };
const connection: E = { id: 'conn', type: 'connection', source: 'gw', target: 'site' };
const group: E = { id: 'flows:site\u0000spoke', type: 'flowGroup', source: 'site', target: 'spoke' };
const flow: E = { id: 'f1', type: 'flow', source: 'site', target: 'vm2' };

describe('cutForOverview', () => {
  const cases: { name: string; edges: E[]; keep: string[]; nodes: string[]; edgesOut: string[]; bundled: string[] }[] =
    [
      {
        name: 'places only; a link to a sketched gateway goes to the layer',
        edges: [peering, connection, group],
        keep: [],
        nodes: ['site', 'hub', 'spoke'],
        edgesOut: ['peer', 'flows:site\u0000spoke'],
        bundled: ['conn'],
      },
      {
        name: 'a selected gateway is drawn, with its link',
        edges: [peering, connection],
        keep: ['gw'],
        nodes: ['site', 'hub', 'gw', 'spoke'],
        edgesOut: ['peer', 'conn'],
        bundled: [],
      },
      {
        name: 'a flow drawn on its own keeps both its ends',
        edges: [peering, connection, flow],
        keep: [],
        nodes: ['site', 'hub', 'spoke', 'vm2'],
        edgesOut: ['peer', 'f1'],
        bundled: ['conn'],
      },
    ];
  for (const c of cases)
    it(c.name, () => {
      const cut = cutForOverview(nodes, c.edges, new Set(c.keep));
      expect(cut.nodes.map((n) => n.id)).toEqual(c.nodes);
      expect(cut.edges.map((e) => e.id)).toEqual(c.edgesOut);
      expect(cut.bundled.map((e) => e.id)).toEqual(c.bundled);
      expect([...cut.kept]).toEqual(c.nodes.filter((id) => nodes.find((n) => n.id === id)?.parentId));
    });

  it('gives back the same arrays when nothing is left out', () => {
    const flat = [{ id: 'a' }, { id: 'b' }];
    const edges = [{ id: 'ab', source: 'a', target: 'b' }];
    const cut = cutForOverview(flat, edges, new Set());
    expect(cut.nodes).toBe(flat);
    expect(cut.edges).toBe(edges);
  });

  it('raises the places above the flows, keeping each copy while its node is unchanged', () => {
    const raise = createPlaceRaiser<N>(3);
    const first = cutForOverview(nodes, [peering], new Set(), raise);
    const again = cutForOverview(nodes, [peering], new Set(), raise);
    expect(first.nodes.map((n) => n.zIndex)).toEqual([3, 3, 3]);
    expect(again.nodes).not.toBe(first.nodes);
    first.nodes.forEach((node, i) => expect(again.nodes[i]).toBe(node));
    const kept = cutForOverview(nodes, [], new Set(['vm1']), raise);
    expect(kept.nodes.find((n) => n.id === 'vm1')).toBe(nodes[4]);
  });
});

describe('sketchesOf and sketchedAt', () => {
  const design = [
    { id: 'v', kind: 'vnet', position: { x: 100, y: 50 } },
    { id: 'a', kind: 'vm', parentId: 'v', position: { x: 30, y: 60 } },
    { id: 'b', kind: 'gateway', parentId: 'v' },
    { id: 'loose', kind: 'vm', position: { x: 900, y: 0 } },
  ];
  const sketches = sketchesOf(design);

  it('places each resource relative to its VNet, as the canvas draws it', () => {
    expect(sketches.get('v')).toEqual([
      { id: 'a', kind: 'vm', x: 30, y: 60 },
      // No saved position: stacked below the lowest (drawing/where-drawn.ts).
      { id: 'b', kind: 'gateway', x: 30, y: 160 },
    ]);
    expect(sketches.has('loose')).toBe(false);
  });

  const size = { width: 212, height: 58 };
  const picks: [string, { x: number; y: number }, string | undefined][] = [
    ['inside the first', { x: 40, y: 70 }, 'a'],
    ['on the second’s corner', { x: 242, y: 218 }, 'b'],
    ['between them', { x: 40, y: 140 }, undefined],
    ['left of both', { x: 5, y: 70 }, undefined],
  ];
  it.each(picks)('a click %s picks %s', (_, point, id) => {
    expect(sketchedAt(sketches.get('v'), point, size)?.id).toBe(id);
  });
});
