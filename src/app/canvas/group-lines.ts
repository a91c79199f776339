import type { FlowGroup } from './canvas-types.ts';
import { groupParts, mostOf } from './flow-groups.ts';
import { borderPoint, center, type Point, type Rect } from './geometry.ts';
import type { FlowState } from '../verdict-style.ts';

// The group lines of a zoomed-out canvas (flow-groups.ts) drawn as one layer: a few SVG paths,
// one per colour and width, instead of a React Flow edge (a wrapper, a path, a hit area, a chip and
// store subscriptions) per pair of places. What an edge did for itself is done here: where each
// line runs, which line a click is on, and which count chips fit on screen without covering one
// another. Pure: no React, no DOM.

/** Screen pixels: the line's width grows with its flows on a log scale, between these. */
const LINE_MIN = 2;
const LINE_MAX = 9;

/** A group line in flow coordinates, from border to border of its two places. */
export type GroupLine = {
  group: FlowGroup;
  from: Point;
  to: Point;
  /** Its middle, where its count chip sits. */
  mid: Point;
  /** In screen pixels. */
  width: number;
  /** Its colour: the verdict most of its flows have. */
  state: FlowState;
};

/** The lines of `groups` between the boxes of their places; a group with a place not drawn is left out. */
export function groupLines(groups: readonly FlowGroup[], boxes: ReadonlyMap<string, Rect>): GroupLine[] {
  const lines: GroupLine[] = [];
  for (const group of groups) {
    const a = boxes.get(group.source);
    const b = boxes.get(group.target);
    if (!a || !b) continue;
    const from = borderPoint(a, center(b));
    const to = borderPoint(b, center(a));
    lines.push({
      group,
      from,
      to,
      mid: { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 },
      // Half pixels: lines of nearly the same weight share a path.
      width: Math.round(2 * Math.min(LINE_MAX, LINE_MIN + Math.log2(Math.max(1, group.total)))) / 2,
      state: mostOf(group),
    });
  }
  return lines;
}

/** The lines as SVG paths, one per colour and width, in a fixed order (so a redraw keeps each path element). */
export function linePaths(lines: readonly GroupLine[]): { key: string; state: FlowState; width: number; d: string }[] {
  const paths = new Map<string, { key: string; state: FlowState; width: number; parts: string[] }>();
  for (const line of lines) {
    const key = `${line.state}:${line.width}`;
    let path = paths.get(key);
    if (!path) {
      path = { key, state: line.state, width: line.width, parts: [] };
      paths.set(key, path);
    }
    path.parts.push(`M${round(line.from.x)} ${round(line.from.y)}L${round(line.to.x)} ${round(line.to.y)}`);
  }
  return [...paths.values()]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ key, state, width, parts }) => ({ key, state, width, d: parts.join('') }));
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The line nearest `point` within `reach` (flow units), if any: what a click there takes. */
export function lineAt(lines: readonly GroupLine[], point: Point, reach: number): GroupLine | undefined {
  let best: GroupLine | undefined;
  let bestDistance = reach;
  for (const line of lines) {
    const distance = distanceToSegment(point, line.from, line.to);
    if (distance <= bestDistance) {
      best = line;
      bestDistance = distance;
    }
  }
  return best;
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** A count chip's size on screen: padding, and per verdict a 12 px glyph and its digits (11 px bold). */
export function chipSize(group: Pick<FlowGroup, 'counts' | 'total'>): { width: number; height: number } {
  const parts = groupParts(group);
  const inner = parts.reduce((sum, part) => sum + 14 + 7 * String(part.count).length, 0) + 6 * (parts.length - 1);
  return { width: 18 + inner, height: 20 };
}

/** Space kept between two chips, in screen pixels. */
const CHIP_GAP = 4;

/**
 * The lines whose count chips are drawn at `zoom`: those of two flows or more, the busiest first,
 * each only where it covers no chip already placed, and at most `max`. Zoomed out over hundreds
 * of pairs, the chips would otherwise pile into one unreadable heap; zooming in makes room for more.
 */
export function chipsToShow(lines: readonly GroupLine[], zoom: number, max: number): GroupLine[] {
  const cell = 64;
  const taken = new Map<string, { x1: number; y1: number; x2: number; y2: number }[]>();
  const shown: GroupLine[] = [];
  const busiest = lines
    .filter((line) => line.group.total >= 2)
    .sort((a, b) => b.group.total - a.group.total || (a.group.id < b.group.id ? -1 : 1));
  for (const line of busiest) {
    if (shown.length >= max) break;
    const { width, height } = chipSize(line.group);
    const x = line.mid.x * zoom;
    const y = line.mid.y * zoom;
    const box = {
      x1: x - width / 2 - CHIP_GAP,
      y1: y - height / 2 - CHIP_GAP,
      x2: x + width / 2 + CHIP_GAP,
      y2: y + height / 2 + CHIP_GAP,
    };
    const cells: string[] = [];
    for (let cx = Math.floor(box.x1 / cell); cx <= Math.floor(box.x2 / cell); cx++)
      for (let cy = Math.floor(box.y1 / cell); cy <= Math.floor(box.y2 / cell); cy++) cells.push(`${cx},${cy}`);
    const covers = cells.some((key) =>
      (taken.get(key) ?? []).some(
        (other) => box.x1 < other.x2 && other.x1 < box.x2 && box.y1 < other.y2 && other.y1 < box.y2,
      ),
    );
    if (covers) continue;
    for (const key of cells) {
      const list = taken.get(key);
      if (list) list.push(box);
      else taken.set(key, [box]);
    }
    shown.push(line);
  }
  return shown;
}
