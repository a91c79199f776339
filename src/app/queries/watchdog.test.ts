import { describe, expect, it } from 'vitest';
import { analysisTimeLimit, designSize, secondsText, watchdogMs } from './watchdog.ts';

describe('analysis watchdog', () => {
  it.each([
    { size: { nodes: 0, edges: 0 }, ms: 5_000 },
    { size: { nodes: 100, edges: 300 }, ms: 5_350 },
    { size: { nodes: 5_000, edges: 20_000 }, ms: 25_000 },
    { size: { nodes: 1, edges: 1 }, ms: 5_003 },
    { size: { nodes: 50_000, edges: 200_000 }, ms: 60_000 },
  ])('allows $ms ms for $size.nodes nodes and $size.edges edges', ({ size, ms }) => {
    expect(analysisTimeLimit(size)).toBe(ms);
  });

  it('grows with the design and never passes a minute', () => {
    const sizes = [0, 10, 1_000, 10_000, 100_000, 1_000_000];
    const limits = sizes.map((n) => analysisTimeLimit({ nodes: n, edges: 3 * n }));
    expect(limits).toEqual([...limits].sort((a, b) => a - b));
    expect(Math.max(...limits)).toBe(60_000);
  });

  it('counts nodes and edges of anything it is handed', () => {
    expect(designSize({ nodes: [1, 2], edges: [1] })).toEqual({ nodes: 2, edges: 1 });
    expect(designSize({ nodes: 'many' })).toEqual({ nodes: 0, edges: 0 });
    expect(designSize(null)).toEqual({ nodes: 0, edges: 0 });
    expect(designSize('{"nodes":[]}')).toEqual({ nodes: 0, edges: 0 });
  });

  it('takes a positive number from the test hook instead of the formula, and ignores anything else', () => {
    const design = { nodes: new Array(100).fill({}), edges: [] };
    expect(watchdogMs(design, {})).toBe(5_200);
    expect(watchdogMs(design, { __fastpathWatchdogMs: 1_500 })).toBe(1_500);
    for (const junk of [0, -1, Number.NaN, Infinity, '1500', null])
      expect(watchdogMs(design, { __fastpathWatchdogMs: junk })).toBe(5_200);
  });

  it('says the limit in seconds', () => {
    expect(secondsText(5_000)).toBe('5 s');
    expect(secondsText(1_500)).toBe('1.5 s');
    expect(secondsText(60_000)).toBe('60 s');
    expect(secondsText(250)).toBe('0.25 s');
  });
});
