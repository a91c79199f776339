import { describe, expect, it } from 'vitest';
import { personFrom } from './awareness-input.ts';

// Awareness comes from any client in the room: whatever it sends, a Person of checked fields.

describe('personFrom', () => {
  it('reads a well-formed state', () => {
    expect(
      personFrom(7, {
        user: { name: 'Ana', colour: '#0369a1' },
        cursor: { x: 10, y: -4 },
        selection: { nodeIds: ['vm1'], edgeIds: ['e1'] },
        present: { flowId: 'f1', view: { x: 0, y: 0, width: 800, height: 600 } },
        following: 3,
      }),
    ).toEqual({
      id: 7,
      name: 'Ana',
      colour: '#0369a1',
      cursor: { x: 10, y: -4 },
      selection: { nodeIds: ['vm1'], edgeIds: ['e1'] },
      present: { flowId: 'f1', view: { x: 0, y: 0, width: 800, height: 600 } },
      following: 3,
    });
  });

  it.each([
    ['nothing', undefined],
    ['a number', 42],
    ['a string', '<img src=x onerror=alert(1)>'],
    [
      'wrong types everywhere',
      { user: { name: 5, colour: 'red' }, cursor: { x: 'a' }, selection: 'all', following: '1' },
    ],
  ])('falls back to safe values for %s', (_what, state) => {
    expect(personFrom(1, state)).toEqual({
      id: 1,
      name: 'Guest',
      colour: '#64748b',
      cursor: null,
      selection: { nodeIds: [], edgeIds: [] },
      present: null,
      following: null,
    });
  });

  it('cuts long names, refuses colours that are not #rrggbb, and caps selections', () => {
    const person = personFrom(2, {
      user: { name: 'x'.repeat(500), colour: 'url(javascript:alert(1))' },
      cursor: { x: Number.NaN, y: 1 },
      selection: { nodeIds: Array.from({ length: 2_000 }, (_, i) => `n${i}`), edgeIds: [1, 'e', null] },
      present: { flowId: 9, view: { x: 0, y: 0, width: -1, height: 5 } },
    });
    expect(person.name).toHaveLength(80);
    expect(person.colour).toBe('#64748b');
    expect(person.cursor).toBeNull();
    expect(person.selection.nodeIds).toHaveLength(500);
    expect(person.selection.edgeIds).toEqual(['e']);
    expect(person.present).toEqual({ flowId: null, view: null });
  });
});
