import { useReactFlow } from '@xyflow/react';
import { useDesignStore } from '../store/design-store.ts';
import { useUiStore } from '../store/ui-store.ts';

/**
 * Selects a node or edge of the open design by id and frames it on the canvas: an edge with its two
 * ends. What a panel row does when it is about a part of the design (a finding, a change).
 */
export function useRevealOnCanvas(): (id: string) => void {
  const setSelection = useUiStore((s) => s.setSelection);
  const flow = useReactFlow();
  return (id) => {
    const edge = useDesignStore.getState().design?.edges.find((e) => e.id === id);
    setSelection(edge ? { nodeIds: [], edgeIds: [edge.id] } : { nodeIds: [id], edgeIds: [] });
    const ids = edge ? [edge.source, edge.target] : [id];
    void flow.fitView({ nodes: ids.map((node) => ({ id: node })), duration: 250, padding: 0.4, maxZoom: 1.2 });
  };
}
