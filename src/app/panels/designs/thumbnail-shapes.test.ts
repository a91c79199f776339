import { describe, expect, it } from 'vitest';
import { thumbnailShapes } from './thumbnail-shapes.ts';

describe('thumbnailShapes', () => {
  it('draws each kind as one path of closed rectangles, VNets first', () => {
    expect(
      thumbnailShapes({
        width: 100,
        height: 20,
        boxes: [
          [0, 0, 40, 20, 'vnet'],
          [50, 0, 40, 20, 'vnet'],
          [2, 6, 10.5, 3, 'vm'],
          [60, 6, 10, 3, 'gateway'],
          [20, 6, 10, 3, 'vm'],
        ],
      }),
    ).toEqual([
      { kind: 'vnet', d: 'M0 0h40v20h-40zM50 0h40v20h-40z' },
      { kind: 'vm', d: 'M2 6h10.5v3h-10.5zM20 6h10v3h-10z' },
      { kind: 'gateway', d: 'M60 6h10v3h-10z' },
    ]);
  });

  it('draws nothing for an empty design', () => {
    expect(thumbnailShapes({ width: 100, height: 60, boxes: [] })).toEqual([]);
  });
});
