import { useCallback, useState } from 'react';
import type { EdgeChange, NodeChange, OnNodeDrag } from '@xyflow/react';
import { canPlace, livesInVnet, type NodeKind, type Position } from '../../engine/index.ts';
import { runCommand } from '../commands/editor.ts';
import { moveNodes, type NodeMove } from '../commands/move-nodes.ts';
import { useDesignStore } from '../store/design-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import type { CanvasNode, CanvasView, createCanvasCache } from './adapters.ts';
import type { DrawnEdge } from './canvas-types.ts';
import { absoluteOf, centreOf, vnetAt } from './drop-target.ts';

// What React Flow reports about nodes and edges, turned into the app's terms: selection changes go
// to the UI store; a drag is drawn from local state frame by frame (the document is untouched)
// and becomes one move command when dropped, into the VNet the node is over.

export const NO_DRAG: ReadonlyMap<string, Position> = new Map();

type DropTarget = CanvasView['dropTarget'];

export function useNodeChanges(drawn: ReturnType<typeof createCanvasCache>) {
  const [dragging, setDragging] = useState<ReadonlyMap<string, Position>>(NO_DRAG);
  const [dropTarget, setDropTarget] = useState<DropTarget>(null);

  const onNodesChange = useCallback((changes: NodeChange<CanvasNode>[]) => {
    const moved = new Map<string, Position>();
    const select = new Map<string, boolean>();
    for (const change of changes) {
      if (change.type === 'position' && change.position && change.dragging) moved.set(change.id, change.position);
      else if (change.type === 'select') select.set(change.id, change.selected);
    }
    if (moved.size > 0) setDragging((before) => new Map([...before, ...moved]));
    if (select.size > 0) {
      const { selection: current, setSelection } = useUiStore.getState();
      setSelection({ nodeIds: applySelect(current.nodeIds, select), edgeIds: current.edgeIds });
    }
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<DrawnEdge>[]) => {
    const select = new Map<string, boolean>();
    for (const change of changes) if (change.type === 'select') select.set(change.id, change.selected);
    if (select.size === 0) return;
    const { selection: current, setSelection } = useUiStore.getState();
    setSelection({ nodeIds: current.nodeIds, edgeIds: applySelect(current.edgeIds, select) });
  }, []);

  // While one resource is dragged, the VNet under it lights up: green if it may go there, red if not.
  const onNodeDrag: OnNodeDrag<CanvasNode> = useCallback(
    (_event, node, dragged) => {
      const doc = useDesignStore.getState().design;
      if (!doc || dragged.length !== 1 || node.type === 'vnet' || !livesInVnet(node.type as NodeKind)) return;
      const byId = new Map(drawn.drawnNodes().map((n) => [n.id, n]));
      const over = vnetAt(drawn.drawnNodes(), centreOf(absoluteOf(node, byId), node));
      const next: DropTarget = over
        ? {
            vnetId: over.id,
            allowed: canPlace(
              doc,
              node.type as NodeKind,
              doc.nodes.find((n) => n.id === over.id),
              node.id,
            ).ok,
          }
        : null;
      setDropTarget((before) => (before?.vnetId === next?.vnetId && before?.allowed === next?.allowed ? before : next));
    },
    [drawn],
  );

  const onNodeDragStop: OnNodeDrag<CanvasNode> = useCallback(
    (_event, _node, dragged) => {
      const byId = new Map(drawn.drawnNodes().map((n) => [n.id, n]));
      for (const n of dragged) byId.set(n.id, n);
      const draggedIds = new Set(dragged.map((n) => n.id));
      const moves: NodeMove[] = [];
      for (const node of dragged) {
        // A resource dragged along with its VNet keeps its place inside it.
        if (node.parentId !== undefined && draggedIds.has(node.parentId)) continue;
        const topLeft = absoluteOf(node, byId);
        const over = vnetAt(drawn.drawnNodes(), centreOf(topLeft, node), draggedIds);
        moves.push(
          over
            ? {
                id: node.id,
                parentId: over.id,
                position: { x: topLeft.x - over.position.x, y: topLeft.y - over.position.y },
              }
            : { id: node.id, position: topLeft },
        );
      }
      runCommand(moveNodes, { moves });
      setDragging(NO_DRAG);
      setDropTarget(null);
    },
    [drawn],
  );

  return { dragging, dropTarget, onNodesChange, onEdgesChange, onNodeDrag, onNodeDragStop };
}

function applySelect(current: readonly string[], changes: ReadonlyMap<string, boolean>): string[] {
  const next = new Set(current);
  for (const [id, selected] of changes) {
    if (selected) next.add(id);
    else next.delete(id);
  }
  return [...next];
}
