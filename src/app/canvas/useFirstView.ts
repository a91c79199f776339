import { useEffect, useRef, useState } from 'react';
import {
  getNodesBounds,
  getViewportForBounds,
  useReactFlow,
  useStore,
  useStoreApi,
  type ReactFlowState,
  type Viewport,
} from '@xyflow/react';
import type { CanvasEdge, CanvasNode } from './canvas-types.ts';
import { useProgressiveNodes } from './progressive.ts';

// How a design first appears. One that opens with content is fitted to the screen; an empty one
// keeps a plain viewport, so the first node dropped does not make the canvas jump to it. A large
// design arrives a slice at a time (see progressive.ts): its view starts where the fit will land,
// so the slices appear in place, and it is fitted to the canvas's real size as soon as React Flow
// has measured it: while few nodes are drawn, not once all are (moving a full canvas is a long
// task of its own).

/** The fit a design opens with; the Fit action then also keeps it clear of the minimap (see framing.ts). */
export const FIT_VIEW_OPTIONS = { padding: 0.1, maxZoom: 1.1 } as const;
export const MIN_ZOOM = 0.1;

/** Room the palette, the details panel and the header take from the window around the canvas. */
const AROUND_CANVAS = { width: 192 + 352, height: 110 } as const;

export type FirstView = {
  /** The nodes to hand React Flow now. */
  nodes: CanvasNode[];
  /** React Flow's own fit on open: for designs drawn in one go. */
  fitView: boolean;
  defaultViewport?: Viewport;
};

/** `culled`: the canvas draws only what is in view, so the slices may double (progressive.ts). */
export function useFirstView(allNodes: CanvasNode[], culled = false): FirstView {
  const flow = useReactFlow<CanvasNode, CanvasEdge>();
  const [fitOnOpen] = useState(() => allNodes.length > 0);
  // The VNets come first (adapters.ts): a zoomed-out canvas draws them all, and little else.
  const [vnets] = useState(() => allNodes.filter((node) => node.type === 'vnet').length);
  const { shown: nodes, complete } = useProgressiveNodes(allNodes, undefined, culled, vnets);
  const [fitAfterSlices] = useState(() => fitOnOpen && !complete);
  const [firstViewport] = useState(() => (fitAfterSlices ? estimatedFit(allNodes) : undefined));
  const measured = useStore(paneMeasured);
  const store = useStoreApi();
  // The design as it opened: what the first view is fitted to.
  const [openedWith] = useState(allNodes);
  const fitted = useRef(false);
  useEffect(() => {
    if (!fitAfterSlices || fitted.current || !measured) return;
    fitted.current = true;
    const { width, height } = store.getState();
    void flow.setViewport(fitFor(openedWith, width, height));
  }, [fitAfterSlices, measured, store, flow, openedWith]);
  return { nodes, fitView: fitOnOpen && !fitAfterSlices, ...(firstViewport ? { defaultViewport: firstViewport } : {}) };
}

/** Whether React Flow has measured the canvas. */
const paneMeasured = (s: ReactFlowState) => s.width > 0 && s.height > 0;

/** Roughly the viewport fitView will choose for these nodes, from the window's size. */
function estimatedFit(nodes: readonly CanvasNode[]): Viewport {
  const width = Math.max(400, window.innerWidth - AROUND_CANVAS.width);
  const height = Math.max(300, window.innerHeight - AROUND_CANVAS.height);
  return fitFor(nodes, width, height);
}

/** The viewport fitView chooses for these nodes on a canvas of this size. */
function fitFor(nodes: readonly CanvasNode[], width: number, height: number): Viewport {
  const topLevel = nodes.filter((node) => node.parentId === undefined);
  return getViewportForBounds(
    getNodesBounds(topLevel),
    width,
    height,
    MIN_ZOOM,
    FIT_VIEW_OPTIONS.maxZoom,
    FIT_VIEW_OPTIONS.padding,
  );
}
