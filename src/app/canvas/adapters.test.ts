import { describe, expect, it } from 'vitest';
import { estate } from '../testing/fixtures.ts';
import { moveNodes } from '../commands/move-nodes.ts';
import { EMPTY_SELECTION } from '../commands/types.ts';
import { evaluate } from '../../engine/index.ts';
import { findingMarks } from '../findings/marks.ts';
import { EMPTY_VIEW, flowFocus, toCanvasEdges, toCanvasNodes, type CanvasView } from './adapters.ts';
import { RESOURCE_SIZE, VNET_MIN_SIZE, VNET_PADDING } from './geometry.ts';

const placed = () => {
  const design = estate();
  return {
    ...design,
    nodes: design.nodes.map((n, i) => ({
      ...n,
      position: n.parentId ? { x: 30, y: 60 + 90 * i } : { x: 400 * i, y: 0 },
    })),
  };
};

describe('canvas adapters', () => {
  it('puts VNets first and sizes each to its children', () => {
    const design = placed();
    const nodes = toCanvasNodes(design);
    const firstChild = nodes.findIndex((n) => n.parentId !== undefined);
    expect(nodes.slice(0, firstChild).some((n) => n.type !== 'vnet' && n.parentId !== undefined)).toBe(false);
    const hub = nodes.find((n) => n.id === 'hub');
    const lowest = Math.max(...design.nodes.filter((n) => n.parentId === 'hub').map((n) => n.position?.y ?? 0));
    expect(hub?.height).toBe(lowest + RESOURCE_SIZE.height + VNET_PADDING);
    expect(nodes.find((n) => n.id === 'empty')).toMatchObject({
      width: VNET_MIN_SIZE.width,
      height: VNET_MIN_SIZE.height,
    });
  });

  it('keeps untouched nodes and edges as the same objects from one change to the next', () => {
    const design = placed();
    const before = toCanvasNodes(design);
    const moved = moveNodes.run(
      { design, selection: EMPTY_SELECTION },
      { moves: [{ id: 'vm2', parentId: 'spoke', position: { x: 80, y: 500 } }] },
    );
    if (moved.status !== 'changed') throw new Error(moved.status);
    const after = toCanvasNodes(moved.design, EMPTY_VIEW, before);
    const recreated = after
      .filter((n) => !before.includes(n))
      .map((n) => n.id)
      .sort();
    // The moved VM, and its VNet, which grew to fit it.
    expect(recreated).toEqual(['spoke', 'vm2']);

    const edges = toCanvasEdges(design, null);
    const reselected = toCanvasEdges(design, null, { ...EMPTY_VIEW, selectedEdges: new Set(['peer']) }, edges);
    expect(reselected.filter((e) => !edges.includes(e)).map((e) => e.id)).toEqual(['peer']);
  });

  it('does not stretch a VNet while its child is dragged out of it, and marks the drop target', () => {
    const design = placed();
    const view: CanvasView = {
      ...EMPTY_VIEW,
      dragging: new Map([['vm2', { x: 900, y: 900 }]]),
      dropTarget: { vnetId: 'hub', allowed: true },
    };
    const nodes = toCanvasNodes(design, view);
    expect(nodes.find((n) => n.id === 'vm2')?.position).toEqual({ x: 900, y: 900 });
    expect(nodes.find((n) => n.id === 'spoke')?.width).toBe(toCanvasNodes(design).find((n) => n.id === 'spoke')?.width);
    expect(nodes.find((n) => n.id === 'hub')?.data).toMatchObject({ drop: 'accept' });
  });

  it('marks the links of a selected node, and only those', () => {
    const design = placed();
    const edges = toCanvasEdges(design, null, { ...EMPTY_VIEW, selectedNodes: new Set(['hub']) });
    const links = edges.filter((edge) => edge.type !== 'flow');
    const touching = links.filter((edge) => edge.source === 'hub' || edge.target === 'hub').map((edge) => edge.id);
    expect(touching.length).toBeGreaterThan(0);
    expect(links.filter((edge) => (edge.data as { ofSelected?: boolean }).ofSelected).map((edge) => edge.id)).toEqual(
      touching,
    );
  });

  it('marks flow edges with their id, verdict and accessible name', () => {
    const edges = toCanvasEdges(placed(), null);
    const flow = edges.find((e) => e.id === 'f1');
    expect(flow?.domAttributes).toEqual({ 'data-flow-id': 'f1', 'data-verdict': 'pending' });
    expect(flow?.ariaLabel).toBe('Flow site → vm2: Evaluating, #1');
  });

  describe('what the analysis adds', () => {
    const design = placed();
    const result = evaluate(design);
    const findings = findingMarks(result);
    const focus = flowFocus('f1', result);
    const view: CanvasView = { ...EMPTY_VIEW, findings, ...(focus ? { focus } : {}) };

    it("numbers the selected flow's hops as a traceroute does, the source as S", () => {
      // site → MSEE → gateway (*) → spoke VM: the estate's connection has FastPath off.
      expect(result.flows.f1?.verdict).toBe('gateway');
      expect(focus && Object.fromEntries(focus.hops)).toEqual({ site: 'S', er: '1', gw: '2', fw: '3', vm2: '4' });
      const nodes = toCanvasNodes(design, view);
      const hop = (id: string) => nodes.find((n) => n.id === id)?.data;
      expect(hop('site')).toMatchObject({ hop: 'S', onPath: 'gateway' });
      expect(hop('vm2')).toMatchObject({ hop: '4', onPath: 'gateway' });
      expect(hop('vm')).not.toHaveProperty('hop');
    });

    it('colours the links the path runs over: link and connection between hops, the peering between their VNets', () => {
      const edges = toCanvasEdges(design, result, view);
      const onPath = edges.filter((e) => e.type !== 'flow' && e.data && 'onPath' in e.data).map((e) => e.id);
      expect(onPath.sort()).toEqual(['conn', 'link', 'peer']);
    });

    it('marks nodes and edges with their findings, in the accessible name too', () => {
      const nodes = toCanvasNodes(design, view);
      const marked = nodes.filter((n) => findings.has(n.id));
      expect(marked.length).toBeGreaterThan(0);
      for (const node of marked) {
        const mark = findings.get(node.id)!;
        expect(node.data).toMatchObject({ findings: mark.count, worst: mark.worst });
        expect(node.ariaLabel).toMatch(/\(\d+ findings?/);
      }
      const flow = toCanvasEdges(design, result, view).find((e) => e.id === 'f1');
      expect(flow?.data).toMatchObject({ findings: findings.get('f1')?.count, state: 'gateway' });
    });

    it('fades the other flows while one is selected', () => {
      const twoFlows = {
        ...design,
        edges: [
          ...design.edges,
          { id: 'f2', kind: 'flow' as const, source: 'site', target: 'vm', props: { ipVersion: 4 as const } },
        ],
      };
      const edges = toCanvasEdges(twoFlows, evaluate(twoFlows), view);
      expect(edges.find((e) => e.id === 'f2')?.data).toMatchObject({ muted: true });
      expect(edges.find((e) => e.id === 'f1')?.data).not.toHaveProperty('muted');
    });
  });
});
