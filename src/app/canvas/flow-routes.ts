import type { DrawnBox } from '../drawing/where-drawn.ts';
import { borderPoint, center, defaultBend, flowControl, type Point, type Rect } from './geometry.ts';

// Where each flow's curve runs. A flow is drawn as a gentle curve between its endpoints' cards;
// left alone, the curve can pass under another card (cards are drawn above lines, so the flow
// vanishes there), land its arrowhead in the narrow seam between two stacked cards, or cover a
// VNet's heading. Each flow tries a few curves, bowing further out or, when nothing comes back the
// other way, to the other side, and takes the one that touches the least; ties go to the default
// curve. Pure geometry on the boxes the canvas draws (drawing/where-drawn.ts); a spatial grid keeps
// it linear in the number of flows.

export type RoutedFlow = { id: string; source: string; target: string; lane: number };

/** A VNet's heading (icon, name, region and address space) from its top edge. */
export const VNET_HEADING = 44;
/** Room kept around a card, so a curve that grazes it still reads as passing by. */
const CLEARANCE = 6;
/** Points along a curve that are checked. */
const SAMPLES = 24;
/** Where the arrowhead is drawn: points this far back from the tip. */
const ARROWHEAD = [3, 9, 15] as const;
/**
 * In front of the side the arrowhead arrives at: points this far out. Something there (the card
 * above, in a stack of cards 42 px apart, or a VNet's heading just above its first card) means
 * the arrow lands in a seam, where it is hard to tell which card it points at.
 */
const SEAM = [10, 24, 38] as const;
/** How much more an arrowhead on something counts than a line passing over it. */
const ARROWHEAD_WEIGHT = 3;
/** A VNet's heading counts less than a card: covering it hides a name, not a whole resource. */
const HEADING_WEIGHT = 0.6;
/** How far out the tried curves bow, as multiples of the default bend. */
const REACH = [1, 1.8, 2.8, 4, 5.5] as const;
const CELL = 256;

type Candidate = { side: 1 | -1; reach: number; penalty: number };
/** A curve that bows further out, or to the flow's right, is liked less. */
const candidatesOf = (sides: readonly (1 | -1)[]): Candidate[] =>
  sides
    .flatMap((side) => REACH.map((reach) => ({ side, reach, penalty: reach * 0.4 + (side < 0 ? 0.25 : 0) })))
    .sort((a, b) => a.penalty - b.penalty);
const OWN_LEFT = candidatesOf([1]);
const EITHER_SIDE = candidatesOf([1, -1]);

type Obstacle = Rect & { id: string; weight: number };

/** What flows keep off: every card (and its clearance), every VNet's heading. Built once per layout. */
export function obstacleGrid(boxes: { vnets: readonly DrawnBox[]; resources: readonly DrawnBox[] }): ObstacleGrid {
  return gridOf([
    ...boxes.resources.map((box) => ({ ...inflate(box, CLEARANCE), id: box.id, weight: 1 })),
    ...boxes.vnets.map((box) => ({
      x: box.x,
      y: box.y,
      width: box.width,
      height: VNET_HEADING,
      id: box.id,
      weight: HEADING_WEIGHT,
    })),
  ]);
}

/**
 * The bend (flowShape's) of one flow between these boxes: the default one unless another touches
 * less. `alone` says no other flow joins the same two nodes (either way), so it may bow to its
 * right; otherwise it keeps to its own left, so two flows between a pair never overlap. Each flow
 * edge asks this as it is drawn: only the flows in view are routed.
 */
export function routeFlow(grid: ObstacleGrid, flow: RoutedFlow, source: Rect, target: Rect, alone: boolean): number {
  const base = defaultBend(source, target, flow.lane);
  let best = base;
  let bestCost = Infinity;
  // Tried in order of preference: the first that touches nothing is taken.
  for (const { side, reach, penalty } of alone ? EITHER_SIDE : OWN_LEFT) {
    if (penalty >= bestCost) break;
    const bend = side * reach * base;
    const cost = touches(grid, flow, source, target, bend) * 10 + penalty;
    if (cost < bestCost) {
      best = bend;
      bestCost = cost;
    }
  }
  return best;
}

/** Per obstacle grid (one per layout), each flow's last route: its inputs, and the bend they gave. */
const lastRoutes = new WeakMap<ObstacleGrid, Map<string, { inputs: string; bend: number }>>();

/**
 * routeFlow, remembered per flow for as long as its grid lives: a flow scrolled or zoomed out of
 * view and back is drawn again, and routing the hundreds that come back at once took tens of
 * milliseconds. Only the last route of each flow is kept.
 */
export function routeFlowOnce(
  grid: ObstacleGrid,
  flow: RoutedFlow,
  source: Rect,
  target: Rect,
  alone: boolean,
): number {
  let routes = lastRoutes.get(grid);
  if (!routes) {
    routes = new Map();
    lastRoutes.set(grid, routes);
  }
  const inputs = [flow.source, flow.target, flow.lane, alone, ...rectNumbers(source), ...rectNumbers(target)].join(
    '\u0000',
  );
  const last = routes.get(flow.id);
  if (last?.inputs === inputs) return last.bend;
  const bend = routeFlow(grid, flow, source, target, alone);
  routes.set(flow.id, { inputs, bend });
  return bend;
}

const rectNumbers = (rect: Rect) => [rect.x, rect.y, rect.width, rect.height];

/** One key for the two nodes a flow joins, whichever way it runs. */
export function pairKey(flow: { source: string; target: string }): string {
  return flow.source < flow.target ? `${flow.source}\u0000${flow.target}` : `${flow.target}\u0000${flow.source}`;
}

/** How much of the curve, and (weighted more) of its arrowhead, lies on cards and VNet headings. */
function touches(grid: ObstacleGrid, flow: RoutedFlow, source: Rect, target: Rect, bend: number): number {
  const control = flowControl(center(source), center(target), bend);
  const from = borderPoint(source, control);
  const to = borderPoint(target, control);
  let total = 0;
  for (let i = 1; i < SAMPLES; i++) total += grid.weightAt(quadratic(from, control, to, i / SAMPLES), flow);
  // The curve arrives along the line from its control point to the tip.
  const dx = control.x - to.x;
  const dy = control.y - to.y;
  const length = Math.hypot(dx, dy) || 1;
  for (const back of ARROWHEAD) {
    const point = { x: to.x + (dx / length) * back, y: to.y + (dy / length) * back };
    total += ARROWHEAD_WEIGHT * grid.weightAt(point, flow);
  }
  const out = outward(target, to);
  for (const distance of SEAM) {
    total += ARROWHEAD_WEIGHT * grid.weightAt({ x: to.x + out.x * distance, y: to.y + out.y * distance }, flow);
  }
  return total;
}

/** The outward direction of the side of `rect` that `point` (on its border) lies on. */
function outward(rect: Rect, point: Point): Point {
  const gaps = [
    { x: 0, y: -1, gap: Math.abs(point.y - rect.y) },
    { x: 0, y: 1, gap: Math.abs(point.y - (rect.y + rect.height)) },
    { x: -1, y: 0, gap: Math.abs(point.x - rect.x) },
    { x: 1, y: 0, gap: Math.abs(point.x - (rect.x + rect.width)) },
  ];
  const side = gaps.reduce((best, next) => (next.gap < best.gap ? next : best));
  return { x: side.x, y: side.y };
}

function quadratic(from: Point, control: Point, to: Point, t: number): Point {
  const u = 1 - t;
  return {
    x: u * u * from.x + 2 * u * t * control.x + t * t * to.x,
    y: u * u * from.y + 2 * u * t * control.y + t * t * to.y,
  };
}

function inflate(rect: Rect, by: number): Rect {
  return { x: rect.x - by, y: rect.y - by, width: rect.width + 2 * by, height: rect.height + 2 * by };
}

export type ObstacleGrid = { weightAt: (point: Point, flow: RoutedFlow) => number };

/** Obstacles bucketed by the grid cells they cover, so a point is checked against its cell's few. */
function gridOf(obstacles: readonly Obstacle[]): ObstacleGrid {
  const cells = new Map<string, Obstacle[]>();
  for (const obstacle of obstacles) {
    for (let cx = Math.floor(obstacle.x / CELL); cx <= Math.floor((obstacle.x + obstacle.width) / CELL); cx++) {
      for (let cy = Math.floor(obstacle.y / CELL); cy <= Math.floor((obstacle.y + obstacle.height) / CELL); cy++) {
        const key = `${cx},${cy}`;
        const cell = cells.get(key);
        if (cell) cell.push(obstacle);
        else cells.set(key, [obstacle]);
      }
    }
  }
  return {
    weightAt(point, flow) {
      const cell = cells.get(`${Math.floor(point.x / CELL)},${Math.floor(point.y / CELL)}`);
      if (!cell) return 0;
      let weight = 0;
      for (const o of cell) {
        if (o.id === flow.source || o.id === flow.target) continue;
        if (point.x >= o.x && point.x <= o.x + o.width && point.y >= o.y && point.y <= o.y + o.height)
          weight += o.weight;
      }
      return weight;
    },
  };
}
