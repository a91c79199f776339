import type { Design, DesignEdge, DesignNode } from './types.ts';

// A patch: what turns one revision of a design into the next. The screen diffs the design it last
// sent the worker against the one it holds (by identity first: commands keep what they did not
// touch), and the worker applies the patch to its copy (worker/engine-api.ts, engine/incremental.ts).

/** An edit of a design: the items put (added or replaced) and removed, and its own fields when they changed. */
export type DesignPatch = {
  /** Every field of the design but `nodes` and `edges`, when one of them changed. */
  shell?: Omit<Design, 'nodes' | 'edges'>;
  nodes: ItemChange<DesignNode>;
  edges: ItemChange<DesignEdge>;
};

/** Items added or replaced, ids removed, and every id in its new order when the order changed otherwise. */
export type ItemChange<T> = { put: T[]; remove: string[]; order?: string[] };

/** How many items a patch carries: a patch near the design's own size is better sent whole. */
export function patchSize(patch: DesignPatch): number {
  return patch.nodes.put.length + patch.nodes.remove.length + patch.edges.put.length + patch.edges.remove.length;
}

/**
 * The patch that turns `before` into `after`. What stays keeps its place and what is new goes at
 * the end unless the patch says otherwise (an `order`, only when the order changed some other way).
 * Items are compared by identity first, so a design changed by commands diffs in one pass.
 */
export function diffDesigns(before: Design, after: Design): DesignPatch {
  const patch: DesignPatch = {
    nodes: diffItems(before.nodes, after.nodes),
    edges: diffItems(before.edges, after.edges),
  };
  if (!sameShell(before, after)) patch.shell = shellOf(after);
  return patch;
}

/** `design` with `patch` applied: what stays keeps its place, new items follow in the patch's order. */
export function applyPatch(design: Design, patch: DesignPatch): Design {
  return {
    ...(patch.shell ?? shellOf(design)),
    nodes: patchItems(design.nodes, patch.nodes),
    edges: patchItems(design.edges, patch.edges),
  } as Design;
}

export function indexById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(item.id, item);
  return map;
}

function diffItems<T extends { id: string }>(before: readonly T[], after: readonly T[]): ItemChange<T> {
  const old = indexById(before);
  const present = new Set<string>();
  const put: T[] = [];
  for (const item of after) {
    present.add(item.id);
    const was = old.get(item.id);
    if (was !== item && !sameValue(was, item)) put.push(item);
  }
  const remove = before.filter((item) => !present.has(item.id)).map((item) => item.id);
  const change: ItemChange<T> = { put, remove };
  if (!inPatchOrder(before, after, old, present)) change.order = after.map((item) => item.id);
  return change;
}

/** Whether `after` is what stays of `before`, in its old order, then what is new: the order `patchItems` gives. */
function inPatchOrder<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  old: ReadonlyMap<string, T>,
  present: ReadonlySet<string>,
): boolean {
  let k = 0;
  let newSeen = false;
  for (const item of after) {
    if (!old.has(item.id)) {
      newSeen = true;
      continue;
    }
    if (newSeen) return false;
    while (k < before.length && !present.has((before[k] as T).id)) k++;
    if ((before[k] as T | undefined)?.id !== item.id) return false;
    k++;
  }
  return true;
}

function patchItems<T extends { id: string }>(items: readonly T[], change: ItemChange<T>): T[] {
  if (change.put.length === 0 && change.remove.length === 0 && !change.order) return items as T[];
  const removed = new Set(change.remove);
  const put = indexById(change.put);
  if (change.order) {
    const old = indexById(items);
    return change.order.map((id) => (put.get(id) ?? old.get(id)) as T);
  }
  const out: T[] = [];
  for (const item of items) {
    if (removed.has(item.id)) continue;
    const replaced = put.get(item.id);
    out.push(replaced ?? item);
    if (replaced) put.delete(item.id);
  }
  for (const item of change.put) if (put.has(item.id)) out.push(item);
  return out;
}

function shellOf(design: Design): Omit<Design, 'nodes' | 'edges'> {
  const { nodes: _nodes, edges: _edges, ...shell } = design;
  return shell;
}

function sameShell(a: Design, b: Design): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (key === 'nodes' || key === 'edges') continue;
    if (!sameValue(a[key], b[key])) return false;
  }
  return true;
}

/** Structural equality of JSON values (what designs are made of). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const list = b as unknown[];
    return a.length === list.length && a.every((item, i) => sameValue(item, list[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  return keys.every((key) => Object.hasOwn(y, key) && sameValue(x[key], y[key]));
}
