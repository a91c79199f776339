import { describe, expect, it } from 'vitest';
import { edgesUpTo } from './progressive.ts';

const edge = (id: string, type: string) => ({ id, type });

describe('edgesUpTo', () => {
  const edges = [
    edge('a', 'vnetPeering'),
    edge('f1', 'flow'),
    edge('b', 'vnetPeering'),
    edge('c', 'connection'),
    edge('f2', 'flow'),
  ];

  it.each([
    { limit: 0, ids: ['f1', 'f2'] },
    { limit: 1, ids: ['a', 'f1', 'f2'] },
    { limit: 2, ids: ['a', 'f1', 'b', 'f2'] },
  ])('draws every flow and the first $limit other edges, in design order', ({ limit, ids }) => {
    expect(edgesUpTo(edges, limit).map((e) => e.id)).toEqual(ids);
  });

  it('returns the same array once the limit covers every edge', () => {
    expect(edgesUpTo(edges, 5)).toBe(edges);
    expect(edgesUpTo(edges, 3)).toBe(edges); // three structural edges: all fit
  });
});
