import { describe, expect, it } from 'vitest';
import { loadDesign, type Design, type Note } from '../../engine/index.ts';
import { useDesignStore } from '../store/design-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import { runCommand, undoChange } from './editor.ts';
import { addNote, removeNote, updateNote, type AddNoteInput } from './notes.ts';
import type { Outcome } from './types.ts';
import { estate, select, state } from '../testing/fixtures.ts';

const AT = '2026-11-30T10:00:00.000Z';
const LATER = '2026-11-30T11:00:00.000Z';

const withNotes = (...notes: Note[]): Design => ({ ...estate(), notes });
const note = (extra: Partial<AddNoteInput> = {}): AddNoteInput => ({
  text: 'Check the firewall',
  author: 'Ana',
  at: AT,
  ...extra,
});

function changedDesign(outcome: Outcome): Design {
  if (outcome.status !== 'changed') throw new Error(JSON.stringify(outcome));
  const loaded = loadDesign(JSON.stringify(outcome.design));
  if (!loaded.ok || loaded.warnings.length > 0) throw new Error(JSON.stringify(loaded));
  return outcome.design;
}

describe('addNote', () => {
  it.each<[string, AddNoteInput, Note]>([
    [
      'a free note, with a fresh id',
      note(),
      { id: 'note-1', text: 'Check the firewall', author: 'Ana', createdAt: AT },
    ],
    [
      'a note pinned to a node',
      note({ nodeId: 'fw' }),
      { id: 'note-1', text: 'Check the firewall', nodeId: 'fw', author: 'Ana', createdAt: AT },
    ],
    [
      'a note pinned to an edge',
      note({ edgeId: 'f1', id: 'mine' }),
      { id: 'mine', text: 'Check the firewall', edgeId: 'f1', author: 'Ana', createdAt: AT },
    ],
    ['a note without an author', note({ author: '' }), { id: 'note-1', text: 'Check the firewall', createdAt: AT }],
  ])('adds %s', (_name, input, expected) => {
    const design = changedDesign(addNote.run(state(), input));
    expect(design.notes).toEqual([expected]);
  });

  it('takes an id no other note, node or edge has', () => {
    const design = changedDesign(addNote.run(state(withNotes({ id: 'note-1', text: 'a' })), note()));
    expect(design.notes.map((n) => n.id)).toEqual(['note-1', 'note-2']);
  });

  it.each<[string, AddNoteInput, RegExp]>([
    ['empty text', note({ text: '' }), /needs some text/],
    ['text of spaces', note({ text: ' \n\t ' }), /needs some text/],
    ['too long a text', note({ text: 'x'.repeat(10_001) }), /at most 10,000 characters/],
    ['a pin to a node that is gone', note({ nodeId: 'ghost' }), /node is no longer/],
    ['a pin to an edge that is gone', note({ edgeId: 'ghost' }), /edge is no longer/],
    ['two pins', note({ nodeId: 'fw', edgeId: 'f1' }), /not both/],
    ['too long an author', note({ author: 'x'.repeat(201) }), /at most 200 characters/],
    ['a bad time', note({ at: '30/11/2026' }), /not a date and time/],
    ['an id already used', note({ id: 'n1' }), /already a note "n1"/],
    ['an empty id', note({ id: '' }), /1 to 200 characters/],
  ])('refuses %s', (_name, input, reason) => {
    expect(addNote.run(state(withNotes({ id: 'n1', text: 'a' })), input)).toMatchObject({
      status: 'refused',
      reason: expect.stringMatching(reason),
    });
  });
});

describe('updateNote and removeNote', () => {
  const first: Note = { id: 'n1', text: 'Old', nodeId: 'fw', author: 'Ana', createdAt: AT };
  const second: Note = { id: 'n2', text: 'Other' };

  it('rewrites the text and stamps the time of the change, keeping the rest', () => {
    const design = changedDesign(updateNote.run(state(withNotes(first, second)), { id: 'n1', text: 'New', at: LATER }));
    expect(design.notes).toEqual([{ ...first, text: 'New', updatedAt: LATER }, second]);
  });

  it.each<[string, { id: string; text: string; at: string }, RegExp]>([
    ['a note that is gone', { id: 'ghost', text: 'x', at: LATER }, /no longer in the design/],
    ['empty text', { id: 'n1', text: '  ', at: LATER }, /needs some text/],
    ['a bad time', { id: 'n1', text: 'x', at: '' }, /not a date and time/],
  ])('refuses %s', (_name, input, reason) => {
    expect(updateNote.run(state(withNotes(first)), input)).toMatchObject({
      status: 'refused',
      reason: expect.stringMatching(reason),
    });
  });

  it('changes nothing for the same text', () => {
    expect(updateNote.run(state(withNotes(first)), { id: 'n1', text: 'Old', at: LATER })).toEqual({
      status: 'unchanged',
    });
  });

  it('removes a note, and changes nothing for one already gone', () => {
    const design = changedDesign(removeNote.run(state(withNotes(first, second)), { id: 'n1' }));
    expect(design.notes).toEqual([second]);
    expect(removeNote.run(state(design), { id: 'n1' })).toEqual({ status: 'unchanged' });
  });

  it('undoes typing in a note in one step, and a removal', () => {
    useDesignStore.getState().open(withNotes(first), 'd1');
    useUiStore.getState().setSelection(select([]));
    for (const text of ['N', 'Ne', 'New']) runCommand(updateNote, { id: 'n1', text, at: LATER });
    runCommand(removeNote, { id: 'n1' });
    expect(useDesignStore.getState().design?.notes).toEqual([]);
    undoChange();
    expect(useDesignStore.getState().design?.notes[0]?.text).toBe('New');
    undoChange();
    expect(useDesignStore.getState().design?.notes).toEqual([first]);
  });
});
