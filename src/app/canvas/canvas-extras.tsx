import { useLayoutEffect, type RefObject } from 'react';
import { useUiStore } from '../store/ui-store.ts';
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
 * The zoom as a CSS variable, for sizes that must hold on screen at any zoom. One tiny component
 * follows the zoom; the nodes do not re-render for it. A layer that must follow the zoom exactly
 * (the flow count chips) passes its own element, and gets it each frame. For the canvas, only the
 * connect dots read it, so it is set in a style rule for them alone (`zoomRule`): an inherited
 * custom property set on the canvas restyles every element in it, ten thousand when zoomed in on
 * a large design (over a hundred milliseconds), and it changes in steps of a quarter power of two.
 */
export function ZoomVariable({ on }: { on?: RefObject<HTMLElement | null> }) {
  const zoom = useStore(on ? currentZoom : steppedZoom);
  const element = useStore(canvasElement);
  useLayoutEffect(() => {
    if (on) on.current?.style.setProperty('--fp-zoom', String(zoom));
    else if (element) zoomRule(element).setProperty('--fp-zoom', String(zoom));
  }, [on, element, zoom]);
  return null;
}

const CONNECT_DOTS = '.react-flow__handle.fp-connect-dot';
let dotsRule: CSSStyleDeclaration | null = null;

/** The declarations of one rule for the connect dots, in a stylesheet of the app's own making. */
function zoomRule(canvas: HTMLElement): CSSStyleDeclaration {
  if (dotsRule) return dotsRule;
  const document = canvas.ownerDocument;
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) {
    // No constructable stylesheets: the canvas carries it, at the cost of a restyle per step.
    return canvas.style;
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`${CONNECT_DOTS} {}`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  dotsRule = (sheet.cssRules[0] as CSSStyleRule).style;
  return dotsRule;
}

/**
 * While a flow is pointed at (in the flow list or on the canvas), the canvas carries
 * `fp-flow-focus` and every other flow fades (index.css). A class on the canvas restyles the flows
 * drawn in a few milliseconds; re-rendering each of them for it took a hundred or more at 800.
 */
export function FlowFocusClass() {
  const focused = useUiStore((s) => s.highlightedFlowId !== null);
  const element = useStore(canvasElement);
  useLayoutEffect(() => {
    element?.classList.toggle('fp-flow-focus', focused);
  }, [element, focused]);
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
