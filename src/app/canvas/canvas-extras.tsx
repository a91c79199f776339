import { useLayoutEffect } from 'react';
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
 * connect dot). One tiny component follows the zoom; the nodes do not re-render for it.
 */
export function ZoomVariable() {
  const zoom = useStore(currentZoom);
  const element = useStore(canvasElement);
  useLayoutEffect(() => {
    element?.style.setProperty('--fp-zoom', String(zoom));
  }, [element, zoom]);
  return null;
}

const currentZoom = (s: ReactFlowState) => s.transform[2];
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
