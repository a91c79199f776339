import { describe, expect, it } from 'vitest';
import { arrange } from './arrange.ts';
import { estate, nodeOf, state } from '../testing/fixtures.ts';

describe('arrange (tidy layout)', () => {
  it('applies new positions and leaves nodes that keep theirs untouched', () => {
    const before = estate();
    const outcome = arrange.run(state(before), {
      positions: new Map([
        ['hub', { x: 10, y: 20 }],
        ['ghost', { x: 1, y: 1 }],
      ]),
    });
    if (outcome.status !== 'changed') throw new Error(outcome.status);
    expect(nodeOf(outcome.design, 'hub').position).toEqual({ x: 10, y: 20 });
    expect(nodeOf(outcome.design, 'vm')).toBe(nodeOf(before, 'vm'));
    expect(arrange.run(state(outcome.design), { positions: new Map([['hub', { x: 10, y: 20 }]]) })).toEqual({
      status: 'unchanged',
    });
  });
});
