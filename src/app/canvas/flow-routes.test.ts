import { describe, expect, it } from 'vitest';
import type { DrawnBox } from '../drawing/where-drawn.ts';
import { RESOURCE_SIZE } from '../drawing/sizes.ts';
import { obstacleGrid, pairKey, routeFlow, routeFlowOnce, VNET_HEADING, type RoutedFlow } from './flow-routes.ts';
import { borderPoint, center, defaultBend, flowControl, type Point, type Rect } from './geometry.ts';

const card = (id: string, x: number, y: number): DrawnBox => ({ id, kind: 'vm', x, y, ...RESOURCE_SIZE });
const vnet = (id: string, x: number, y: number, width: number, height: number): DrawnBox => ({
  id,
  kind: 'vnet',
  x,
  y,
  width,
  height,
});
const flow = (id: string, source: string, target: string, lane = 0): RoutedFlow => ({ id, source, target, lane });

/** Points along the curve a bend gives (independent of the router's own sampling), ends excluded. */
function curve(
  source: Rect,
  target: Rect,
  bend: number,
  samples = 200,
): { points: Point[]; tip: Point; control: Point } {
  const control = flowControl(center(source), center(target), bend);
  const from = borderPoint(source, control);
  const tip = borderPoint(target, control);
  const points: Point[] = [];
  for (let i = 1; i < samples; i++) {
    const t = i / samples;
    const u = 1 - t;
    points.push({
      x: u * u * from.x + 2 * u * t * control.x + t * t * tip.x,
      y: u * u * from.y + 2 * u * t * control.y + t * t * tip.y,
    });
  }
  return { points, tip, control };
}

const inside = (point: Point, rect: Rect) =>
  point.x > rect.x && point.x < rect.x + rect.width && point.y > rect.y && point.y < rect.y + rect.height;

/**
 * Every flow routed among `boxes`, as the canvas routes each one it draws: `alone` when no other
 * flow joins its two nodes (the adapters work that out for the canvas).
 */
function flowBends(
  boxes: { vnets: readonly DrawnBox[]; resources: readonly DrawnBox[] },
  flows: readonly RoutedFlow[],
): Map<string, number> {
  const byId = new Map(boxes.resources.map((box) => [box.id, box]));
  const grid = obstacleGrid(boxes);
  const pairs = new Map<string, number>();
  for (const f of flows) pairs.set(pairKey(f), (pairs.get(pairKey(f)) ?? 0) + 1);
  return new Map(
    flows.map((f) => [f.id, routeFlow(grid, f, byId.get(f.source)!, byId.get(f.target)!, pairs.get(pairKey(f)) === 1)]),
  );
}

describe('routeFlow', () => {
  const a = card('a', 0, 0);
  const b = card('b', 600, 0);

  it('keeps the default curve when it touches nothing', () => {
    const bends = flowBends({ vnets: [], resources: [a, b] }, [flow('f', 'a', 'b')]);
    expect(bends.get('f')).toBe(defaultBend(a, b, 0));
  });

  it('gives successive lanes between the same ends successive default bends', () => {
    const bends = flowBends({ vnets: [], resources: [a, b] }, [flow('f1', 'a', 'b', 0), flow('f2', 'a', 'b', 1)]);
    expect(bends.get('f1')).toBe(defaultBend(a, b, 0));
    expect(bends.get('f2')).toBe(defaultBend(a, b, 1));
  });

  // A card placed where each default curve would run, or where its arrowhead would land.
  const cases: { name: string; source: DrawnBox; target: DrawnBox; blocker: (s: DrawnBox, t: DrawnBox) => Point }[] = [
    { name: 'a card on the apex of a level flow', source: a, target: b, blocker: apexOf },
    {
      name: 'a card on the apex of a rising flow',
      source: card('a', 0, 400),
      target: card('b', 500, 0),
      blocker: apexOf,
    },
    {
      name: 'a card on the apex of a falling flow',
      source: card('a', 500, 0),
      target: card('b', 0, 500),
      blocker: apexOf,
    },
  ];
  for (const { name, source, target, blocker } of cases) {
    it(`leaves the default curve for a clear one with ${name}`, () => {
      const at = blocker(source, target);
      const other = card('c', at.x - RESOURCE_SIZE.width / 2, at.y - RESOURCE_SIZE.height / 2);
      const before = curve(source, target, defaultBend(source, target, 0)).points.filter((p) => inside(p, other));
      expect(before.length).toBeGreaterThan(0);

      const bend = flowBends({ vnets: [], resources: [source, target, other] }, [flow('f', 'a', 'b')]).get('f')!;
      expect(curve(source, target, bend).points.filter((p) => inside(p, other))).toEqual([]);
    });
  }

  it('keeps a flow that has one coming back on its own left, where the other does not run', () => {
    const other = card('c', ...apexAt(a, b));
    const bends = flowBends({ vnets: [], resources: [a, b, other] }, [flow('f', 'a', 'b'), flow('g', 'b', 'a')]);
    expect(bends.get('f')).toBeGreaterThan(0);
    expect(bends.get('g')).toBeGreaterThan(0);
  });

  /** The side of `target` the arrow arrives at has `other` within 44 px in front of it. */
  function facing(target: Rect, other: Rect, bend: number, source: Rect): boolean {
    const { tip } = curve(source, target, bend);
    const onTop = Math.abs(tip.y - target.y) < 0.5;
    const onBottom = Math.abs(tip.y - target.y - target.height) < 0.5;
    const onLeft = Math.abs(tip.x - target.x) < 0.5;
    const onRight = Math.abs(tip.x - target.x - target.width) < 0.5;
    const front = onTop
      ? { x: tip.x, y: tip.y - 44 }
      : onBottom
        ? { x: tip.x, y: tip.y + 44 }
        : onLeft
          ? { x: tip.x - 44, y: tip.y }
          : onRight
            ? { x: tip.x + 44, y: tip.y }
            : tip;
    const steps = Array.from({ length: 9 }, (_, i) => ({
      x: tip.x + ((front.x - tip.x) * (i + 1)) / 9,
      y: tip.y + ((front.y - tip.y) * (i + 1)) / 9,
    }));
    return steps.some((p) => inside(p, other));
  }

  it('keeps the arrowhead out of the seam between two stacked cards', () => {
    // Two cards stacked as in a VNet, 42 px apart; from the left, level with the gap, the default
    // curve ends on the lower card's top, in the gap under the upper card.
    const upper = card('upper', 400, 300);
    const lower = card('b', 400, 400);
    const source = card('a', -400, 330);
    expect(facing(lower, upper, defaultBend(source, lower, 0), source)).toBe(true);

    const bend = flowBends({ vnets: [], resources: [source, upper, lower] }, [flow('f', 'a', 'b')]).get('f')!;
    expect(facing(lower, upper, bend, source)).toBe(false);
    expect(curve(source, lower, bend).points.filter((p) => inside(p, upper))).toEqual([]);
  });

  it('keeps the arrowhead off a VNet heading when it can come in from the side', () => {
    const hub = vnet('hub', 300, 300, 272, 150);
    const vm = card('b', 330, 360);
    const source = card('a', -100, 200);
    const heading = { x: hub.x, y: hub.y, width: hub.width, height: VNET_HEADING };
    expect(facing(vm, heading, defaultBend(source, vm, 0), source)).toBe(true);

    const bend = flowBends({ vnets: [hub], resources: [source, vm] }, [flow('f', 'a', 'b')]).get('f')!;
    expect(facing(vm, heading, bend, source)).toBe(false);
  });

  it('routes 1,000 flows among 1,000 cards', () => {
    const cards = Array.from({ length: 1000 }, (_, i) => card(`n${i}`, (i % 40) * 300, Math.floor(i / 40) * 120));
    const flows = Array.from({ length: 1000 }, (_, i) => flow(`f${i}`, `n${i}`, `n${(i * 37 + 11) % 1000}`));
    const bends = flowBends({ vnets: [], resources: cards }, flows);
    expect(bends.size).toBe(1000);
    for (const bend of bends.values()) expect(Number.isFinite(bend)).toBe(true);
  });
});

function apexOf(source: Rect, target: Rect): Point {
  const control = flowControl(center(source), center(target), defaultBend(source, target, 0));
  const s = center(source);
  const t = center(target);
  // The apex of a quadratic curve between centres lies halfway between the chord's middle and the control point.
  return { x: (s.x + t.x) / 4 + control.x / 2, y: (s.y + t.y) / 4 + control.y / 2 };
}

describe('routeFlowOnce', () => {
  const a = card('a', 0, 0);
  const b = card('b', 600, 0);
  // A card on the default curve's apex: the route bows away from it.
  const blocker = card('x', ...apexAt(a, b));
  const grid = obstacleGrid({ vnets: [], resources: [a, b, blocker] });

  it.each([
    ['the same ends', a, b, 0, true],
    ['a moved source', card('a', 0, 40), b, 0, true],
    ['another lane', a, b, 1, true],
    ['no longer alone', a, b, 0, false],
  ])('gives what routeFlow gives, after a first route between other inputs (%s)', (_, from, to, lane, alone) => {
    const f = flow('f', 'a', 'b', lane);
    routeFlowOnce(grid, flow('f', 'a', 'b'), a, b, true);
    expect(routeFlowOnce(grid, f, from, to, alone)).toBe(routeFlow(grid, f, from, to, alone));
  });

  it('routes a flow again only when what its route depends on changed', () => {
    const spy = { calls: 0 };
    const counting = new Proxy(grid, {
      get(target, key, receiver) {
        if (key === 'weightAt') spy.calls++;
        return Reflect.get(target, key, receiver);
      },
    });
    const f = flow('g', 'a', 'b');
    const first = routeFlowOnce(counting, f, a, b, true);
    expect(spy.calls).toBeGreaterThan(0);
    spy.calls = 0;
    expect(routeFlowOnce(counting, f, { ...a }, { ...b }, true)).toBe(first);
    expect(spy.calls).toBe(0);
    routeFlowOnce(counting, f, card('a', 0, 40), b, true);
    expect(spy.calls).toBeGreaterThan(0);
  });
});

function apexAt(source: Rect, target: Rect): [number, number] {
  const apex = apexOf(source, target);
  return [apex.x - RESOURCE_SIZE.width / 2, apex.y - RESOURCE_SIZE.height / 2];
}
