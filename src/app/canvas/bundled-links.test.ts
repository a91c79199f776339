import { describe, expect, it } from 'vitest';
import type { Design, DesignEdge } from '../../engine/index.ts';
import { estate } from '../testing/fixtures.ts';
import type { CanvasNode } from './adapters.ts';
import { BUNDLE_FROM, bundlePath, splitLinks } from './bundled-links.ts';

const peering = (id: string, source: string, target: string): DesignEdge =>
  ({ id, kind: 'vnetPeering', source, target, props: {} }) as DesignEdge;
const flow = (id: string, source: string, target: string): DesignEdge =>
  ({ id, kind: 'flow', source, target, props: {} }) as DesignEdge;

/** A design with `links` peerings among VNets v0…v9 and one flow. */
function withLinks(links: number): Design {
  const edges: DesignEdge[] = [flow('f', 'v0', 'v1')];
  for (let i = 0; i < links; i++) edges.push(peering(`p${i}`, `v${i % 10}`, `v${(i + 1) % 10}`));
  return { ...estate(), edges } as Design;
}

const none = new Set<string>();

describe('splitLinks', () => {
  it('leaves a design under the limit as it is', () => {
    const design = withLinks(BUNDLE_FROM - 1);
    const split = splitLinks(design, none, none);
    expect(split.drawn).toBe(design);
    expect(split.bundled).toEqual([]);
  });

  it.each([
    { name: 'nothing selected', nodes: [], edges: [], path: undefined, drawn: ['f'] },
    { name: 'a selected VNet: its links', nodes: ['v3'], edges: [], path: undefined, drawn: ['f', 'p2', 'p3'] },
    { name: 'a selected link', nodes: [], edges: ['p7'], path: undefined, drawn: ['f', 'p7'] },
    {
      name: 'a selected flow: links with both ends on its path',
      nodes: [],
      edges: [],
      path: ['v5', 'v6'],
      drawn: ['f', 'p5'],
    },
  ])(
    'past the limit draws every flow and, with $name, only those links one by one',
    ({ nodes, edges, path, drawn }) => {
      const design = withLinks(BUNDLE_FROM);
      const split = splitLinks(design, new Set(nodes), new Set(edges), path ? new Set(path) : undefined);
      // Links p0…p9 repeat every ten; only the first round is looked at here.
      expect(split.drawn.edges.map((edge) => edge.id).filter((id) => id === 'f' || Number(id.slice(1)) < 10)).toEqual(
        drawn,
      );
      expect(split.drawn.edges.length + split.bundled.length).toBe(design.edges.length);
      expect(split.bundled.some((edge) => edge.kind === 'flow')).toBe(false);
    },
  );
});

describe('bundlePath', () => {
  const node = (id: string, x: number, y: number, parentId?: string): CanvasNode =>
    ({
      id,
      type: 'vnet',
      position: { x, y },
      width: 100,
      height: 50,
      data: { label: id, detail: '' },
      ...(parentId ? { parentId } : {}),
    }) as CanvasNode;

  it('runs one segment per link between the centres of its ends, children placed inside their VNet', () => {
    const nodes = [node('a', 0, 0), node('b', 200, 100), node('c', 10, 20, 'b')];
    expect(bundlePath([peering('p', 'a', 'b'), peering('q', 'a', 'c')], nodes)).toBe('M50 25L250 125M50 25L260 145');
  });

  it('skips a link whose end is not drawn, and is empty for no links', () => {
    expect(bundlePath([peering('p', 'a', 'missing')], [node('a', 0, 0)])).toBe('');
    expect(bundlePath([], [])).toBe('');
  });
});
