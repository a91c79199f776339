import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useStore, type ReactFlowState } from '@xyflow/react';

// HTML captions of edges sit in React Flow's edge-label layer. React Flow's own
// EdgeLabelRenderer finds that layer with a querySelector in a store selector, so every edge with
// a caption searched the DOM on every store change: with tens of thousands of edges that froze
// the tab for a minute. Here the layer is found once per canvas and handed down by context.
// Captions are also left out while the canvas is zoomed out too far for them to be read.

export type CaptionLayer = { element: HTMLElement | null; readable: boolean };

/** Below this zoom a 10.5 px caption is under 5 px tall on screen: not drawn at all. */
export const CAPTION_MIN_ZOOM = 0.45;

const CaptionLayerContext = createContext<CaptionLayer>({ element: null, readable: true });

export const CaptionLayerProvider = CaptionLayerContext.Provider;

const domNodeOf = (s: ReactFlowState) => s.domNode;
const readableAt = (s: ReactFlowState) => s.transform[2] >= CAPTION_MIN_ZOOM;

/** Inside <ReactFlow>: reports the label layer once it exists, and whether captions are readable. */
export function CaptionLayerProbe({ onChange }: { onChange: (layer: CaptionLayer) => void }) {
  const domNode = useStore(domNodeOf);
  const readable = useStore(readableAt);
  useEffect(() => {
    const element = domNode?.querySelector<HTMLElement>('.react-flow__edgelabel-renderer') ?? null;
    onChange({ element, readable });
  }, [domNode, readable, onChange]);
  return null;
}

/**
 * Whether text on the canvas can be read at the current zoom. Zoomed out further, nodes draw a
 * plain card (no text, icon or shadow): far fewer elements to style, lay out and paint, and
 * nothing is lost that could be read.
 */
export function useReadableZoom(): boolean {
  return useContext(CaptionLayerContext).readable;
}

/** An edge's HTML caption, drawn in the label layer when it can be read. */
export function EdgeCaption({ children }: { children: ReactNode }) {
  const { element, readable } = useContext(CaptionLayerContext);
  return element && readable ? createPortal(children, element) : null;
}

/** The same layer, for captions that must show at any zoom (a selected flow's verdict). */
export function AlwaysCaption({ children }: { children: ReactNode }) {
  const { element } = useContext(CaptionLayerContext);
  return element ? createPortal(children, element) : null;
}
