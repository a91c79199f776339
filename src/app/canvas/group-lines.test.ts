import { describe, expect, it } from 'vitest';
import type { FlowGroup } from './canvas-types.ts';
import { chipSize, chipsToShow, groupLines, lineAt, linePaths } from './group-lines.ts';
import { zoomStep } from './geometry.ts';
import type { FlowState } from '../verdict-style.ts';

const group = (source: string, target: string, counts: Partial<Record<FlowState, number>>): FlowGroup => {
  const all = { fastpath: 0, direct: 0, gateway: 0, unreachable: 0, pending: 0, ...counts };
  const total = Object.values(all).reduce((a, b) => a + b, 0);
  return { id: `flows:${source}\u0000${target}`, source, target, counts: all, total, name: `${source}-${target}` };
};

// Three places in a row, 100 wide and tall, 400 apart; and one far below.
const boxes = new Map([
  ['a', { x: 0, y: 0, width: 100, height: 100 }],
  ['b', { x: 400, y: 0, width: 100, height: 100 }],
  ['c', { x: 800, y: 0, width: 100, height: 100 }],
  ['d', { x: 0, y: 1000, width: 100, height: 100 }],
]);

describe('groupLines', () => {
  it('runs each line from border to border of its places, with its middle, width and colour', () => {
    const [line] = groupLines([group('a', 'b', { fastpath: 3, gateway: 1 })], boxes);
    expect(line).toMatchObject({ from: { x: 100, y: 50 }, to: { x: 400, y: 50 }, mid: { x: 250, y: 50 } });
    expect(line!.state).toBe('fastpath');
    expect(line!.width).toBe(4); // 2 px and log2(4)
  });

  it('leaves out a group whose place is not drawn, and caps the width', () => {
    const lines = groupLines([group('a', 'zz', { gateway: 1 }), group('a', 'c', { gateway: 100_000 })], boxes);
    expect(lines.map((line) => line.group.source + line.group.target)).toEqual(['ac']);
    expect(lines[0]!.width).toBe(9);
  });
});

describe('linePaths', () => {
  it('draws lines of one colour and width as one path, in a fixed order', () => {
    const lines = groupLines(
      [group('a', 'b', { gateway: 1 }), group('b', 'c', { fastpath: 1 }), group('a', 'd', { gateway: 1 })],
      boxes,
    );
    const paths = linePaths(lines);
    expect(paths.map((path) => path.key)).toEqual(['fastpath:2', 'gateway:2']);
    expect(paths[1]!.d).toBe('M100 50L400 50M50 100L50 1000');
    expect(linePaths([...lines].reverse()).map((path) => path.key)).toEqual(['fastpath:2', 'gateway:2']);
  });
});

describe('lineAt', () => {
  const lines = groupLines([group('a', 'b', { gateway: 1 }), group('a', 'd', { fastpath: 1 })], boxes);
  it.each([
    [{ x: 250, y: 55 }, 10, 'ab'],
    [{ x: 250, y: 70 }, 10, undefined],
    [{ x: 250, y: 70 }, 25, 'ab'],
    [{ x: 58, y: 600 }, 10, 'ad'],
    // Beyond the line's end, the distance is to its end point.
    [{ x: 420, y: 50 }, 10, undefined],
    [{ x: 200, y: 120 }, 1000, 'ab'], // the nearest of two in reach
  ] as const)('at %o within %d takes %s', (point, reach, id) => {
    const line = lineAt(lines, point, reach);
    expect(line ? line.group.source + line.group.target : undefined).toBe(id);
  });
});

describe('chipsToShow', () => {
  // Five lines from a to places stacked close together: their middles almost meet.
  const near = new Map([
    ['a', { x: 0, y: 0, width: 100, height: 100 }],
    ...[1, 2, 3, 4, 5].map((i) => [`p${i}`, { x: 1000, y: i * 30, width: 100, height: 20 }] as const),
  ]);
  const lines = groupLines(
    [1, 2, 3, 4, 5].map((i) => group('a', `p${i}`, { fastpath: i * 2, gateway: 1 })),
    near,
  );

  it('zoomed out, shows the busiest of chips that would cover one another, only', () => {
    const shown = chipsToShow(lines, 0.1, 80);
    expect(shown.map((line) => line.group.target)).toEqual(['p5']);
  });

  it('zoomed in, makes room for all, the busiest first', () => {
    expect(chipsToShow(lines, 2, 80).map((line) => line.group.target)).toEqual(['p5', 'p4', 'p3', 'p2', 'p1']);
    expect(chipsToShow(lines, 2, 2).map((line) => line.group.target)).toEqual(['p5', 'p4']);
  });

  it('never shows a chip for a single flow: its colour says it', () => {
    const one = groupLines([group('a', 'b', { gateway: 1 })], boxes);
    expect(chipsToShow(one, 1, 80)).toEqual([]);
  });

  it('never lets two shown chips overlap on screen', () => {
    for (const zoom of [0.05, 0.1, 0.2, 0.4, 1]) {
      const shown = chipsToShow(lines, zoom, 80);
      const rects = shown.map((line) => {
        const { width, height } = chipSize(line.group);
        return { x: line.mid.x * zoom - width / 2, y: line.mid.y * zoom - height / 2, width, height };
      });
      for (const [i, r] of rects.entries())
        for (const s of rects.slice(i + 1))
          expect(r.x < s.x + s.width && s.x < r.x + r.width && r.y < s.y + s.height && s.y < r.y + r.height).toBe(
            false,
          );
    }
  });
});

describe('zoomStep', () => {
  it.each([
    [1, 1],
    [1.05, 1],
    [0.5, 0.5],
    [0.52, 0.5],
    [0.1, 2 ** -3.25],
  ])('%d → %d', (zoom, step) => expect(zoomStep(zoom)).toBeCloseTo(step, 6));
});
