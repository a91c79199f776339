import { describe, expect, it } from 'vitest';
import { estate, select } from '../testing/fixtures.ts';
import { COALESCE_MS, EMPTY_HISTORY, HISTORY_LIMIT, record, redo, undo } from './history.ts';

const a = { design: estate(), selection: select([]) };
const b = { design: { ...estate(), title: 'b' }, selection: select(['vm']) };
const c = { design: { ...estate(), title: 'c' }, selection: select([]) };

describe('history', () => {
  it('undoes and redoes in order, restoring the selection', () => {
    let h = record(EMPTY_HISTORY, a, undefined, 0);
    h = record(h, b, undefined, 10);
    const first = undo(h, c);
    expect(first?.snapshot).toBe(b);
    const second = undo(first!.history, b);
    expect(second?.snapshot).toBe(a);
    expect(undo(second!.history, a)).toBeNull();
    const again = redo(second!.history, a);
    expect(again?.snapshot).toBe(b);
  });

  it('coalesces edits with the same key close together, not far apart', () => {
    let h = record(EMPTY_HISTORY, a, 'node:vm:label', 0);
    h = record(h, b, 'node:vm:label', COALESCE_MS - 1);
    expect(h.past).toHaveLength(1);
    h = record(h, c, 'node:vm:label', 2 * COALESCE_MS + 10);
    expect(h.past).toHaveLength(2);
    h = record(h, a, 'node:vm:ip', 2 * COALESCE_MS + 20);
    expect(h.past).toHaveLength(3);
  });

  it('forgets the redo branch on a new change, and keeps at most the limit', () => {
    let h = record(EMPTY_HISTORY, a, undefined, 0);
    const undone = undo(h, b)!;
    expect(record(undone.history, a, undefined, 5).future).toEqual([]);
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) h = record(h, a, undefined, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
  });
});
