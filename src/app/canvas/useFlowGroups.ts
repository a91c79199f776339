import { useCallback, useMemo, type MouseEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { Design } from '../../engine/index.ts';
import type { CanvasNode } from './adapters.ts';
import type { CanvasView, DrawnEdge, FlowCanvasEdge } from './canvas-types.ts';
import { groupFlows } from './flow-groups.ts';
import { groupLines, lineAt, type GroupLine } from './group-lines.ts';
import { absoluteBoxes } from './node-boxes.ts';

/** Clicking a group line zooms to this, where flows are drawn one by one again. */
export const GROUP_CLICK_ZOOM = 0.6;
/** How close to a group line, in screen pixels, a click takes it. */
const REACH_PX = 12;

const NO_LINES: readonly GroupLine[] = [];

export type FlowGrouping = {
  /** What React Flow draws: the edges, with grouped flows left out. */
  edges: DrawnEdge[];
  /** The group lines, for FlowGroupLayer; none when flows are drawn one by one. */
  lines: readonly GroupLine[];
  /** A click on the pane: on a group line, zooms in on it. */
  onPaneClick: (event: MouseEvent) => void;
  /** Over a group line, the pointer says a click zooms in. */
  onPaneMouseMove: (event: MouseEvent) => void;
};

/**
 * Flows counted per pair of places while `grouping` (zoomed out over many flows; flow-groups.ts),
 * except those selected or at a selected node. `nodes` are the nodes as drawn, a drag included,
 * so the lines follow a dragged place.
 */
export function useFlowGroups(
  grouping: boolean,
  design: Design | null,
  edges: DrawnEdge[],
  edgeView: CanvasView,
  nodes: readonly CanvasNode[],
): FlowGrouping {
  const grouped = useMemo(() => {
    if (!grouping || !design) return null;
    const places = new Map(design.nodes.map((node) => [node.id, node]));
    const placeOf = (id: string) => places.get(id)?.parentId ?? id;
    const nameOf = (id: string) => places.get(id)?.label || id;
    const { selectedEdges, selectedNodes } = edgeView;
    const keep = (flow: FlowCanvasEdge) =>
      selectedEdges.has(flow.id) || selectedNodes.has(flow.source) || selectedNodes.has(flow.target);
    return groupFlows(edges, placeOf, nameOf, keep);
  }, [grouping, design, edges, edgeView]);

  const groups = grouped?.groups;
  const lines = useMemo(() => {
    if (!groups || groups.length === 0) return NO_LINES;
    // Only the places: a group's ends are VNets, or nodes on the open canvas.
    const ends = new Set(groups.flatMap((group) => [group.source, group.target]));
    return groupLines(groups, absoluteBoxes(nodes.filter((node) => ends.has(node.id))));
  }, [groups, nodes]);

  const reactFlow = useReactFlow<CanvasNode, DrawnEdge>();
  const lineUnder = useCallback(
    (event: MouseEvent) => {
      if (lines.length === 0) return undefined;
      const at = reactFlow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      return lineAt(lines, at, REACH_PX / reactFlow.getZoom());
    },
    [lines, reactFlow],
  );
  const onPaneClick = useCallback(
    (event: MouseEvent) => {
      const line = lineUnder(event);
      if (line) void reactFlow.setCenter(line.mid.x, line.mid.y, { zoom: GROUP_CLICK_ZOOM, duration: 250 });
    },
    [lineUnder, reactFlow],
  );
  const onPaneMouseMove = useCallback(
    (event: MouseEvent) => {
      if (lines.length === 0) return;
      const pane = event.currentTarget as HTMLElement;
      pane.style.cursor = lineUnder(event) ? 'zoom-in' : '';
    },
    [lines, lineUnder],
  );

  return { edges: grouped ? grouped.drawn : edges, lines, onPaneClick, onPaneMouseMove };
}
