// Plain geometry for the canvas: node sizes and the floating edge shapes. No React here.

export type Point = { x: number; y: number };
export type Rect = { x: number; y: number; width: number; height: number };

/**
 * Stacking order on the canvas (React Flow runs with zIndexMode="manual"): VNet fills at the
 * bottom, then structural edges, flows and resource cards, so lines pass under cards instead of
 * through their text (flow-routes.ts keeps flows off cards where it can). The captions of
 * structural edges come above the cards: short, and they say whether FastPath is on, so where two
 * cards stand close they overlap a card's border rather than being cut to a few letters. A
 * highlighted flow's caption floats above everything.
 */
export const LAYER = { vnet: 0, structuralEdge: 1, flowEdge: 2, resource: 3, edgeCaption: 4, caption: 5 } as const;

// Sizes are shared with automatic layout and with placing new nodes (drawing/sizes.ts).
export { RESOURCE_SIZE, VNET_CHILD_STEP, VNET_FIRST_CHILD, VNET_MIN_SIZE, VNET_PADDING } from '../drawing/sizes.ts';

export function center(rect: Rect): Point {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

/** Where the ray from the rectangle's centre towards `toward` leaves the rectangle. */
export function borderPoint(rect: Rect, toward: Point): Point {
  const c = center(rect);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const scaleX = dx === 0 ? Infinity : rect.width / 2 / Math.abs(dx);
  const scaleY = dy === 0 ? Infinity : rect.height / 2 / Math.abs(dy);
  const scale = Math.min(scaleX, scaleY);
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}

export type EdgeShape = { path: string; labelX: number; labelY: number };

/** A straight line from border to border, for structural edges. */
export function straightShape(source: Rect, target: Rect): EdgeShape {
  const from = borderPoint(source, center(target));
  const to = borderPoint(target, center(source));
  return {
    path: `M ${from.x} ${from.y} L ${to.x} ${to.y}`,
    labelX: (from.x + to.x) / 2,
    labelY: (from.y + to.y) / 2,
  };
}

const FLOW_MIN_BEND = 24;
const FLOW_MAX_BEND = 64;
const FLOW_LANE_STEP = 22;

/**
 * How far a flow between these boxes bows out by default: more for a long flow, and each further
 * flow between the same source and target (lane 1, 2…) one step further out.
 */
export function defaultBend(source: Rect, target: Rect, lane: number): number {
  const s = center(source);
  const t = center(target);
  const length = Math.hypot(t.x - s.x, t.y - s.y);
  return Math.min(FLOW_MAX_BEND, Math.max(FLOW_MIN_BEND, length * 0.08)) + lane * FLOW_LANE_STEP;
}

/**
 * A gentle curve from border to border for flows, whose apex sits `bend` px off the straight line
 * between the centres: to the flow's own left when positive (so the two directions between a pair
 * of nodes never overlap), to its right when negative. Routing (flow-routes.ts) picks the bend
 * that keeps the curve and its arrowhead off other cards.
 */
export function flowShape(source: Rect, target: Rect, bend: number): EdgeShape {
  const s = center(source);
  const t = center(target);
  const control = flowControl(s, t, bend);
  const from = borderPoint(source, control);
  const to = borderPoint(target, control);
  return {
    path: `M ${from.x} ${from.y} Q ${control.x} ${control.y} ${to.x} ${to.y}`,
    labelX: 0.25 * from.x + 0.5 * control.x + 0.25 * to.x,
    labelY: 0.25 * from.y + 0.5 * control.y + 0.25 * to.y,
  };
}

/** The control point of the quadratic curve, which sits twice as far out as the curve's apex. */
export function flowControl(s: Point, t: Point, bend: number): Point {
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const length = Math.hypot(dx, dy) || 1;
  return { x: (s.x + t.x) / 2 + (dy / length) * bend * 2, y: (s.y + t.y) / 2 - (dx / length) * bend * 2 };
}

/** The zoom, in quarter steps of a power of two: for what is worked out again only when the zoom moves a step. */
export function zoomStep(zoom: number): number {
  return 2 ** (Math.round(Math.log2(Math.max(zoom, 1e-6)) * 4) / 4);
}
