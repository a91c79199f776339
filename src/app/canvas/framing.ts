import { useCallback } from 'react';
import { useReactFlow, useStoreApi, type Rect, type Viewport } from '@xyflow/react';
import { useUiStore } from '../store/ui-store.ts';
import type { CanvasEdge, CanvasNode } from './canvas-types.ts';

// Where the viewport goes when the app moves it (Fit, Show path, a presented step). React Flow's
// own fitView knows nothing of what floats over the pane, so the minimap could cover a VM and the
// arrowhead of the framed flow. Here the framed content is kept clear of every overlay.

/** Pixels covered along each side of the pane: framed content stays inside the rest. */
export type Insets = { top: number; right: number; bottom: number; left: number };

/** A box over one bottom corner of the pane (the minimap, the zoom controls). */
export type CornerBox = { corner: 'bottom-left' | 'bottom-right'; width: number; height: number };

export type FrameOptions = {
  /** Space kept between the content and the free area's edge, in screen pixels. */
  margin: number;
  minZoom: number;
  maxZoom: number;
};

/** React Flow's minimap (its default size) and the zoom controls, with their 15 px offset from the edges. */
export const MINIMAP_BOX: CornerBox = { corner: 'bottom-right', width: 200 + 15, height: 150 + 15 };
export const CONTROLS_BOX: CornerBox = { corner: 'bottom-left', width: 26 + 15, height: 54 + 15 };
/** The toolbars float along the top of the pane. */
export const TOOLBAR_INSET = 56;

export const FIT_FRAME: FrameOptions = { margin: 24, minZoom: 0.1, maxZoom: 1.1 };

/**
 * The viewport that shows `bounds` whole inside the pane less `insets`, with `margin` around it,
 * at a zoom within [minZoom, maxZoom]. Content that does not fit at minZoom is centred on the free area.
 */
export function frameBounds(
  bounds: Rect,
  pane: { width: number; height: number },
  insets: Insets,
  { margin, minZoom, maxZoom }: FrameOptions,
): Viewport {
  const free = {
    x: insets.left + margin,
    y: insets.top + margin,
    width: Math.max(1, pane.width - insets.left - insets.right - 2 * margin),
    height: Math.max(1, pane.height - insets.top - insets.bottom - 2 * margin),
  };
  const fit = Math.min(free.width / Math.max(1, bounds.width), free.height / Math.max(1, bounds.height));
  const zoom = Math.min(maxZoom, Math.max(minZoom, fit));
  return {
    x: free.x + free.width / 2 - (bounds.x + bounds.width / 2) * zoom,
    y: free.y + free.height / 2 - (bounds.y + bounds.height / 2) * zoom,
    zoom,
  };
}

/**
 * Like frameBounds, clear of boxes in the corners as well: for each box the content keeps either
 * beside it or above it, whichever way leaves the larger view.
 */
export function frameClear(
  bounds: Rect,
  pane: { width: number; height: number },
  insets: Insets,
  corners: readonly CornerBox[],
  options: FrameOptions,
): Viewport {
  let best: Viewport | null = null;
  for (let choice = 0; choice < 1 << corners.length; choice++) {
    const around = { ...insets };
    corners.forEach((box, i) => {
      if (choice & (1 << i)) around.bottom = Math.max(around.bottom, box.height);
      else if (box.corner === 'bottom-right') around.right = Math.max(around.right, box.width);
      else around.left = Math.max(around.left, box.width);
    });
    const viewport = frameBounds(bounds, pane, around, options);
    if (!best || viewport.zoom > best.zoom) best = viewport;
  }
  return best ?? frameBounds(bounds, pane, insets, options);
}

/** What floats over the pane: bands along its sides and boxes in its corners. */
export type Overlays = { insets: Insets; corners: readonly CornerBox[] };

/** While editing: the toolbars along the top, the zoom controls and (when shown) the minimap below. */
function editingOverlays(): Overlays {
  const corners = useUiStore.getState().showMinimap ? [MINIMAP_BOX, CONTROLS_BOX] : [CONTROLS_BOX];
  return { insets: { top: TOOLBAR_INSET, right: 0, bottom: 0, left: 0 }, corners };
}

/** Frames nodes on the canvas: the whole design (Fit), a flow's path, a presented step. */
export function useFraming() {
  const flow = useReactFlow<CanvasNode, CanvasEdge>();
  const store = useStoreApi<CanvasNode, CanvasEdge>();

  const viewportFor = useCallback(
    (nodeIds: readonly string[] | 'all', options: FrameOptions, overlays: Overlays = editingOverlays()) => {
      const all = flow.getNodes();
      const wanted = nodeIds === 'all' ? all : all.filter((node) => nodeIds.includes(node.id));
      if (wanted.length === 0) return null;
      const { width, height } = store.getState();
      // The instance's bounds: a node inside a VNet has a position relative to it.
      return frameClear(flow.getNodesBounds(wanted), { width, height }, overlays.insets, overlays.corners, options);
    },
    [flow, store],
  );

  /** Fit: the whole design, clear of the toolbars, minimap and controls. */
  const fit = useCallback(
    (duration = 200) => {
      const viewport = viewportFor('all', FIT_FRAME);
      if (viewport) void flow.setViewport(viewport, { duration });
    },
    [flow, viewportFor],
  );

  /** Show path: the nodes framed closer than Fit, but never zoomed out further than Fit would. */
  const showNodes = useCallback(
    (nodeIds: readonly string[], duration = 250) => {
      const whole = viewportFor('all', FIT_FRAME);
      const viewport = viewportFor(nodeIds, { margin: 48, minZoom: whole?.zoom ?? FIT_FRAME.minZoom, maxZoom: 1.2 });
      if (viewport) void flow.setViewport(viewport, { duration });
    },
    [flow, viewportFor],
  );

  return { viewportFor, fit, showNodes };
}
