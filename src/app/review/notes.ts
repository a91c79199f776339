import type { Design, Note } from '../../engine/index.ts';

// Where the design's notes are pinned. A design opened from storage is not loaded again, so a
// note whose node or edge has gone since counts as a note on the design, as the loader keeps it.

/** The id of what a note is pinned to, or null for a note on the whole design. */
export function notePin(note: Note): string | null {
  return note.nodeId ?? note.edgeId ?? null;
}

/** Notes by what they are pinned to (null: the design), each list oldest first. */
export function notesBySubject(design: Design): Map<string | null, Note[]> {
  const present = new Set<string>([...design.nodes.map((n) => n.id), ...design.edges.map((e) => e.id)]);
  const out = new Map<string | null, Note[]>();
  for (const note of design.notes) {
    const pin = notePin(note);
    const subject = pin !== null && present.has(pin) ? pin : null;
    const list = out.get(subject);
    if (list) list.push(note);
    else out.set(subject, [note]);
  }
  return out;
}

/**
 * How many notes are pinned to each id, for the canvas's markers. It reads the notes alone, so it
 * is worked out again only when they change; a pin to something gone marks nothing drawn.
 */
export function noteCounts(notes: readonly Note[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const note of notes) {
    const pin = notePin(note);
    if (pin !== null) out.set(pin, (out.get(pin) ?? 0) + 1);
  }
  return out;
}

/** When a note was last written: its edit, else its creation; undefined for an imported note without times. */
export function noteTime(note: Note): string | undefined {
  return note.updatedAt ?? note.createdAt;
}

export function notesWord(count: number): string {
  return count === 1 ? '1 note' : `${count} notes`;
}
