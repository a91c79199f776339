import { useLayoutEffect, type RefObject } from 'react';
import { zoomStep } from './geometry.ts';
import { useStore, type ReactFlowState } from '@xyflow/react';

// Small things the canvas does beside drawing: keeping the page's text unselected while a
// selection box is drawn, the zoom as a CSS variable, and a class while the canvas moves.

export function startBoxSelect(): void {
  document.body.classList.add('fp-box-selecting');
  document.getSelection()?.removeAllRanges();
}

export function endBoxSelect(): void {
  document.body.classList.remove('fp-box-selecting');
  document.getSelection()?.removeAllRanges();
}

/**
 * The zoom as a CSS variable on the canvas, for sizes that must hold on screen at any zoom (the
 * connect dot). One tiny component follows the zoom; the nodes do not re-render for it. A custom
 * property set on the canvas restyles every element in it (a large design: thousands, tens of
 * milliseconds), so the canvas gets the zoom in quarter steps of a power of two; a layer that must
 * follow the zoom exactly (the flow count chips) passes its own element, and gets it each frame.
 */
export function ZoomVariable({ on }: { on?: RefObject<HTMLElement | null> }) {
  const zoom = useStore(on ? currentZoom : steppedZoom);
  const element = useStore(canvasElement);
  useLayoutEffect(() => {
    (on ? on.current : element)?.style.setProperty('--fp-zoom', String(zoom));
  }, [on, element, zoom]);
  return null;
}

const currentZoom = (s: ReactFlowState) => s.transform[2];
const steppedZoom = (s: ReactFlowState) => zoomStep(s.transform[2]);
const canvasElement = (s: ReactFlowState) => s.domNode;

/**
 * While the view pans or zooms, or a node is dragged, the canvas carries `fp-moving`, and flows
 * are drawn without dashes (index.css): a dashed curve costs many times a solid one to raster,
 * and every frame of a move rasters the flows again. At rest the dashes come back. Set on the
 * element directly, so that starting and ending a move re-renders nothing.
 */
export function setMoving(element: HTMLElement | null, moving: boolean): void {
  element?.classList.toggle('fp-moving', moving);
}
