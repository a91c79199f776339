import { MAX_NOTE_TEXT, type Note } from '../../engine/index.ts';
import { freshId, takenIds } from './document-ops.ts';
import { authorProblem, dateTimeProblem } from './validation.ts';
import { changed, defineCommand, refused, unchanged } from './types.ts';

// Review notes: plain text, free or pinned to one node or one edge, with who wrote them and when.

export type AddNoteInput = {
  /** A fresh "note-N" when absent. */
  id?: string;
  text: string;
  /** At most one of the two pins. */
  nodeId?: string;
  edgeId?: string;
  author: string;
  /** When, as an ISO-8601 date-time; it becomes the note's `createdAt`. */
  at: string;
};

export const addNote = defineCommand<AddNoteInput>({
  id: 'add-note',
  label: 'Add note',
  run({ design }, { id, text, nodeId, edgeId, author, at }) {
    const problem = textProblem(text) ?? authorProblem(author) ?? dateTimeProblem(at);
    if (problem) return refused(problem);
    if (nodeId !== undefined && edgeId !== undefined)
      return refused('A note is pinned to a node or to an edge, not both.');
    if (nodeId !== undefined && !design.nodes.some((n) => n.id === nodeId))
      return refused('That node is no longer in the design.');
    if (edgeId !== undefined && !design.edges.some((e) => e.id === edgeId))
      return refused('That edge is no longer in the design.');
    if (id !== undefined && (id === '' || id.length > 200)) return refused('A note id is 1 to 200 characters.');
    if (id !== undefined && design.notes.some((n) => n.id === id)) return refused(`There is already a note "${id}".`);

    const note: Note = {
      id: id ?? freshId(takenIds(design), 'note'),
      text,
      ...(nodeId !== undefined ? { nodeId } : {}),
      ...(edgeId !== undefined ? { edgeId } : {}),
      ...(author ? { author } : {}),
      createdAt: at,
    };
    return changed({ ...design, notes: [...design.notes, note] });
  },
});

export type UpdateNoteInput = { id: string; text: string; at: string };

/** Rewrites a note's text and stamps `updatedAt`; typing coalesces into one undo step. */
export const updateNote = defineCommand<UpdateNoteInput>({
  id: 'update-note',
  label: 'Edit note',
  run({ design }, { id, text, at }) {
    const note = design.notes.find((n) => n.id === id);
    if (!note) return refused('That note is no longer in the design.');
    const problem = textProblem(text) ?? dateTimeProblem(at);
    if (problem) return refused(problem);
    if (note.text === text) return unchanged;
    const next: Note = { ...note, text, updatedAt: at };
    return changed(
      { ...design, notes: design.notes.map((n) => (n === note ? next : n)) },
      undefined,
      `note:${id}:text`,
    );
  },
});

export const removeNote = defineCommand<{ id: string }>({
  id: 'remove-note',
  label: 'Delete note',
  run({ design }, { id }) {
    const index = design.notes.findIndex((n) => n.id === id);
    // Already gone is what was asked for.
    if (index < 0) return unchanged;
    return changed({ ...design, notes: design.notes.filter((_, i) => i !== index) });
  },
});

function textProblem(text: string): string | null {
  if (text.trim() === '') return 'A note needs some text.';
  return text.length > MAX_NOTE_TEXT ? `A note can be at most ${MAX_NOTE_TEXT.toLocaleString('en')} characters.` : null;
}
