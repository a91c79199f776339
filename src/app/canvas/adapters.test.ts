import { describe, expect, it } from 'vitest';
import { estate } from '../commands/test-design.ts';
import { moveNodes } from '../commands/move-nodes.ts';
import { EMPTY_SELECTION } from '../commands/types.ts';
import { EMPTY_VIEW, toCanvasEdges, toCanvasNodes, type CanvasView } from './adapters.ts';
import { RESOURCE_SIZE, VNET_MIN_SIZE, VNET_PADDING } from './geometry.ts';

const placed = () => {
  const design = estate();
  return { ...design, nodes: design.nodes.map((n, i) => ({ ...n, position: n.parentId ? { x: 30, y: 60 + 90 * i } : { x: 400 * i, y: 0 } })) };
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
    expect(nodes.find((n) => n.id === 'empty')).toMatchObject({ width: VNET_MIN_SIZE.width, height: VNET_MIN_SIZE.height });
  });

  it('keeps untouched nodes and edges as the same objects from one change to the next', () => {
    const design = placed();
    const before = toCanvasNodes(design);
    const moved = moveNodes.run({ design, selection: EMPTY_SELECTION }, { moves: [{ id: 'vm2', parentId: 'spoke', position: { x: 80, y: 500 } }] });
    if (moved.status !== 'changed') throw new Error(moved.status);
    const after = toCanvasNodes(moved.design, EMPTY_VIEW, before);
    const recreated = after.filter((n) => !before.includes(n)).map((n) => n.id).sort();
    // The moved VM, and its VNet, which grew to fit it.
    expect(recreated).toEqual(['spoke', 'vm2']);

    const edges = toCanvasEdges(design, null);
    const reselected = toCanvasEdges(design, null, { ...EMPTY_VIEW, selectedEdges: new Set(['peer']) }, edges);
    expect(reselected.filter((e) => !edges.includes(e)).map((e) => e.id)).toEqual(['peer']);
  });

  it('does not stretch a VNet while its child is dragged out of it, and marks the drop target', () => {
    const design = placed();
    const view: CanvasView = { ...EMPTY_VIEW, dragging: new Map([['vm2', { x: 900, y: 900 }]]), dropTarget: { vnetId: 'hub', allowed: true } };
    const nodes = toCanvasNodes(design, view);
    expect(nodes.find((n) => n.id === 'vm2')?.position).toEqual({ x: 900, y: 900 });
    expect(nodes.find((n) => n.id === 'spoke')?.width).toBe(toCanvasNodes(design).find((n) => n.id === 'spoke')?.width);
    expect(nodes.find((n) => n.id === 'hub')?.data).toMatchObject({ drop: 'accept' });
  });

  it('marks flow edges with their id, verdict and accessible name', () => {
    const edges = toCanvasEdges(placed(), null);
    const flow = edges.find((e) => e.id === 'f1');
    expect(flow?.domAttributes).toEqual({ 'data-flow-id': 'f1', 'data-verdict': 'pending' });
    expect(flow?.ariaLabel).toBe('Flow site → vm2: Evaluating');
  });
});
