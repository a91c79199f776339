import type * as Y from 'yjs';
import type { Design } from '../../engine/index.ts';

// A design in a Yjs document, for a live session. Each node and each edge is one entry of a map
// by id, and each of the design's other fields (title, notes, review…) one entry of another: edits
// from several people to different parts merge, and two edits of one part converge to one of
// them (the last writer's, as Yjs orders them, the same in every client). The order of nodes and
// edges is kept apart; parts it does not name (added by two people at once) follow it by id, so
// every client reads the same design from the same document.

const NODES = 'nodes';
const EDGES = 'edges';
const META = 'meta';
const ORDER = 'order';

type Part = { id: string };

/** The maps that hold a design, for an undo manager to watch. */
export function designMaps(doc: Y.Doc): Y.Map<unknown>[] {
  return [doc.getMap(NODES), doc.getMap(EDGES), doc.getMap(META), doc.getMap(ORDER)];
}

/** Whether the document holds a design yet (the room's first person puts theirs in). */
export function holdsDesign(doc: Y.Doc): boolean {
  return doc.getMap(META).has('format');
}

/** Writes what changed from `before` (what the document held) to `after`, in one transaction. */
export function writeChanges(doc: Y.Doc, before: Design | null, after: Design, origin: unknown): void {
  doc.transact(() => {
    writeParts(doc.getMap(NODES), before?.nodes ?? [], after.nodes);
    writeParts(doc.getMap(EDGES), before?.edges ?? [], after.edges);
    const meta = doc.getMap(META);
    const was = (before ?? {}) as Record<string, unknown>;
    const now = after as Record<string, unknown>;
    for (const [key, value] of Object.entries(now)) {
      if (key === NODES || key === EDGES) continue;
      if (!before || was[key] !== value) meta.set(key, value);
    }
    for (const key of Object.keys(was)) if (!(key in now)) meta.delete(key);
    const order = doc.getMap(ORDER);
    for (const [key, list] of [
      [NODES, after.nodes],
      [EDGES, after.edges],
    ] as const) {
      const ids = list.map((part) => part.id);
      const previous = order.get(key);
      if (!Array.isArray(previous) || previous.join('\n') !== ids.join('\n')) order.set(key, ids);
    }
  }, origin);
}

function writeParts(map: Y.Map<unknown>, before: readonly Part[], after: readonly Part[]): void {
  const previous = new Map(before.map((part) => [part.id, part]));
  for (const part of after) {
    if (previous.get(part.id) !== part) map.set(part.id, part);
    previous.delete(part.id);
  }
  for (const id of previous.keys()) map.delete(id);
}

/** The design the document holds, unchecked (the app loads it as any document it did not make). */
export function readDesign(doc: Y.Doc): Record<string, unknown> {
  const order = doc.getMap(ORDER);
  return {
    ...doc.getMap(META).toJSON(),
    nodes: ordered(doc.getMap(NODES), order.get(NODES)),
    edges: ordered(doc.getMap(EDGES), order.get(EDGES)),
  };
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
      doc.getMap(NODES).delete(id);
      doc.getMap(EDGES).delete(id);
    }
  }, origin);
}
