import { describe, expect, it } from 'vitest';
import type { Design, Note } from '../../engine/index.ts';
import { estate } from '../testing/fixtures.ts';
import { noteCounts, notesBySubject, notesWord, noteTime } from './notes.ts';

const design = (...notes: Note[]): Design => ({ ...estate(), notes });
const someNode = () => estate().nodes[0]!.id;
const someEdge = () => estate().edges[0]!.id;

describe('notesBySubject', () => {
  it.each<[string, () => Note[], () => [string | null, string[]][]]>([
    ['no notes', () => [], () => []],
    ['a design note', () => [{ id: 'a', text: 'x' }], () => [[null, ['a']]]],
    [
      'pinned to a node and to an edge, in the order written',
      () => [
        { id: 'a', text: 'x', nodeId: someNode() },
        { id: 'b', text: 'y', edgeId: someEdge() },
        { id: 'c', text: 'z', nodeId: someNode() },
      ],
      () => [
        [someNode(), ['a', 'c']],
        [someEdge(), ['b']],
      ],
    ],
    [
      'pinned to something no longer there: on the design',
      () => [{ id: 'a', text: 'x', nodeId: 'gone' }],
      () => [[null, ['a']]],
    ],
  ])('%s', (_name, notes, expected) => {
    const grouped = notesBySubject(design(...notes()));
    expect([...grouped].map(([subject, list]) => [subject, list.map((n) => n.id)])).toEqual(expected());
  });
});

describe('noteCounts', () => {
  it('counts pinned notes only', () => {
    const counts = noteCounts([
      { id: 'a', text: 'x' },
      { id: 'b', text: 'y', nodeId: someNode() },
      { id: 'c', text: 'z', nodeId: someNode() },
      { id: 'd', text: 'z', edgeId: someEdge() },
    ]);
    expect(Object.fromEntries(counts)).toEqual({ [someNode()]: 2, [someEdge()]: 1 });
  });
});

describe('noteTime and notesWord', () => {
  it.each<[Note, string | undefined]>([
    [{ id: 'a', text: 'x' }, undefined],
    [{ id: 'a', text: 'x', createdAt: '2026-01-01T00:00:00Z' }, '2026-01-01T00:00:00Z'],
    [
      { id: 'a', text: 'x', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-02-01T00:00:00Z' },
      '2026-02-01T00:00:00Z',
    ],
  ])('%o was last written %s', (note, time) => {
    expect(noteTime(note)).toBe(time);
  });

  it.each([
    [1, '1 note'],
    [3, '3 notes'],
  ])('%d reads "%s"', (count, words) => {
    expect(notesWord(count)).toBe(words);
  });
});
