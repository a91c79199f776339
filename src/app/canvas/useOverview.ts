import { useCallback, useMemo, useState, type MouseEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { DesignNode } from '../../engine/index.ts';
import { RESOURCE_SIZE } from '../drawing/sizes.ts';
import { useUiStore } from '../store/ui-store.ts';
import type { Selection } from '../store/selection.ts';
import type { CanvasNode } from './adapters.ts';
import type { Link } from './bundled-links.ts';
import type { DrawnEdge } from './canvas-types.ts';
import { LAYER } from './geometry.ts';
import type { Sketches } from './nodes/ChildSketch.tsx';
import { createPlaceRaiser, cutForOverview, sketchedAt, sketchesOf } from './overview.ts';

/** The canvas's overview of a large design when zoomed out (overview.ts), or the nodes and edges as they are. */
export type OverviewDrawing = {
  nodes: CanvasNode[];
  edges: DrawnEdge[];
  /** The links drawn as one layer: the design's bundle and, in the overview, links to sketched resources. */
  bundled: readonly Link[];
  /** What VNets sketch (ChildSketch's context); null outside the overview. */
  sketches: Sketches | null;
  /** A click on a VNet: in the overview, selects the sketched resource under the pointer. */
  onNodeClick: (event: MouseEvent, node: CanvasNode) => void;
};

export function useOverview(
  overview: boolean,
  nodes: CanvasNode[],
  edges: DrawnEdge[],
  designNodes: readonly DesignNode[] | undefined,
  selection: Selection,
  /** The selected flow's path, by node (FlowFocus's hops): drawn as nodes. */
  pathNodes: ReadonlyMap<string, unknown> | undefined,
  linksBundled: readonly Link[],
): OverviewDrawing {
  const keep = useMemo(() => new Set([...selection.nodeIds, ...(pathNodes?.keys() ?? [])]), [selection, pathNodes]);
  const [raise] = useState(() => createPlaceRaiser<CanvasNode>(LAYER.resource));
  const cut = useMemo(
    () => (overview ? cutForOverview(nodes, edges, keep, raise) : null),
    [overview, nodes, edges, keep, raise],
  );
  // The same set while its contents are: a drag frame in the overview must not redraw every sketch.
  const keptKey = cut ? [...cut.kept].sort().join('\u0000') : '';
  const byVnet = useMemo(() => (overview && designNodes ? sketchesOf(designNodes) : null), [overview, designNodes]);
  const sketches = useMemo<Sketches | null>(
    () => (byVnet ? { byVnet, kept: new Set(keptKey ? keptKey.split('\u0000') : []) } : null),
    [byVnet, keptKey],
  );
  const bundled = useMemo(
    () => (cut && cut.bundled.length > 0 ? [...linksBundled, ...cut.bundled] : linksBundled),
    [linksBundled, cut],
  );

  const reactFlow = useReactFlow<CanvasNode, DrawnEdge>();
  // A click on a sketched resource selects it: it is then drawn as a node again.
  const onNodeClick = useCallback(
    (event: MouseEvent, node: CanvasNode) => {
      if (!sketches || node.type !== 'vnet') return;
      const vnet = reactFlow.getInternalNode(node.id);
      if (!vnet) return;
      const at = reactFlow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const origin = vnet.internals.positionAbsolute;
      const point = { x: at.x - origin.x, y: at.y - origin.y };
      const picked = sketchedAt(sketches.byVnet.get(node.id), point, RESOURCE_SIZE);
      if (picked) useUiStore.getState().setSelection({ nodeIds: [picked.id], edgeIds: [] });
    },
    [sketches, reactFlow],
  );

  return { nodes: cut ? cut.nodes : nodes, edges: cut ? cut.edges : edges, bundled, sketches, onNodeClick };
}
