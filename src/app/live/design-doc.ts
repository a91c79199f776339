import type * as Y from 'yjs';
import type { Design } from '../../engine/index.ts';

// A design in a Yjs document, for a live session. Each node, edge and note is one entry of a map
// by id, each review decision one entry of a map by flow, and each of the design's other fields
// (title, rule pack, the review's agenda…) one entry of another: edits from several people to
// different parts merge, and two edits of one part converge to one of them (the last writer's, as
// Yjs orders them, the same in every client). The order of each list is kept apart; entries it
// does not name (added by two people at once) follow it by key, so every client reads the same
// design from the same document.

const META = 'meta';
const ORDER = 'order';
const DECISIONS = 'decisions';

/** The design's lists kept entry by entry, and the field that keys their entries. */
const LISTS = [
  { field: 'nodes', key: 'id' },
  { field: 'edges', key: 'id' },
  { field: 'notes', key: 'id' },
] as const;

type Entry = Record<string, unknown>;

/** The maps that hold a design, for an undo manager to watch. */
export function designMaps(doc: Y.Doc): Y.Map<unknown>[] {
  return [...LISTS.map(({ field }) => doc.getMap(field)), doc.getMap(DECISIONS), doc.getMap(META), doc.getMap(ORDER)];
}

/** Whether the document holds a design yet (the room's first person puts theirs in). */
export function holdsDesign(doc: Y.Doc): boolean {
  return doc.getMap(META).has('format');
}

/** Writes what changed from `before` (what the document held) to `after`, in one transaction. */
export function writeChanges(doc: Y.Doc, before: Design | null, after: Design, origin: unknown): void {
  doc.transact(() => {
    const order = doc.getMap(ORDER);
    const was = (before ?? {}) as Entry;
    const now = after as Entry;
    for (const { field, key } of LISTS) {
      writeList(doc.getMap(field), order, field, key, listAt(was[field]), listAt(now[field]));
    }
    const wasReview = (was.review ?? {}) as Entry;
    const nowReview = (now.review ?? {}) as Entry;
    writeList(
      doc.getMap(DECISIONS),
      order,
      DECISIONS,
      'flowId',
      listAt(wasReview.decisions),
      listAt(nowReview.decisions),
    );
    const meta = doc.getMap(META);
    const { decisions: _d1, ...reviewBefore } = wasReview;
    const { decisions: _d2, ...reviewAfter } = nowReview;
    const fields = { ...now, review: Object.keys(reviewAfter).length ? reviewAfter : undefined };
    const previous = { ...was, review: Object.keys(reviewBefore).length ? reviewBefore : undefined };
    for (const [field, value] of Object.entries(fields)) {
      if (LISTS.some((list) => list.field === field)) continue;
      if (value === undefined) {
        if (meta.has(field)) meta.delete(field);
      } else if (!before || !sameValue(previous[field as keyof typeof previous], value)) meta.set(field, value);
    }
    for (const field of Object.keys(was)) if (!(field in now) && meta.has(field)) meta.delete(field);
  }, origin);
}

function writeList(
  map: Y.Map<unknown>,
  order: Y.Map<unknown>,
  name: string,
  key: string,
  before: readonly Entry[],
  after: readonly Entry[],
): void {
  const previous = new Map(before.map((entry) => [String(entry[key]), entry]));
  for (const entry of after) {
    const id = String(entry[key]);
    if (previous.get(id) !== entry) map.set(id, entry);
    previous.delete(id);
  }
  for (const id of previous.keys()) map.delete(id);
  const ids = after.map((entry) => String(entry[key]));
  const listed = order.get(name);
  if (!Array.isArray(listed) || listed.join('\n') !== ids.join('\n')) order.set(name, ids);
}

/** Compares by reference, and a review block (rebuilt on each read) by its content. */
const sameValue = (a: unknown, b: unknown) =>
  a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));

const listAt = (value: unknown): Entry[] => (Array.isArray(value) ? (value as Entry[]) : []);

/** The design the document holds, unchecked (the app loads it as any document it did not make). */
export function readDesign(doc: Y.Doc): Record<string, unknown> {
  const order = doc.getMap(ORDER);
  const design: Record<string, unknown> = { ...doc.getMap(META).toJSON() };
  for (const { field } of LISTS) design[field] = ordered(doc.getMap(field), order.get(field));
  const decisions = ordered(doc.getMap(DECISIONS), order.get(DECISIONS));
  const review = { ...((design.review ?? {}) as Entry), ...(decisions.length ? { decisions } : {}) };
  if (Object.keys(review).length) design.review = review;
  else delete design.review;
  return design;
}

function ordered(map: Y.Map<unknown>, order: unknown): unknown[] {
  const ids = Array.isArray(order) ? order.filter((id): id is string => typeof id === 'string' && map.has(id)) : [];
  const listed = new Set(ids);
  const rest = [...map.keys()].filter((id) => !listed.has(id)).sort();
  return [...new Set(ids), ...rest].map((id) => map.get(id));
}

/** Removes nodes and edges by id, in one transaction (parts a merge left that cannot be shown). */
export function removeParts(doc: Y.Doc, ids: readonly string[], origin: unknown): void {
  doc.transact(() => {
    for (const id of ids) {
      doc.getMap('nodes').delete(id);
      doc.getMap('edges').delete(id);
    }
  }, origin);
}
