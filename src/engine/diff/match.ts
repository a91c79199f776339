import type { Design, DesignEdge, DesignNode } from '../model/types.ts';

// Which part of the older version is which part of the newer one. The same id is the same part.
// A part whose id changed is still matched when nothing else could be meant: a node of the same
// kind, with the same name, in the same (matched) parent, and the only one of its kind on each side;
// an edge of the same kind and name between the same (matched) ends, likewise the only one.

export type Matching = {
  /** Older id → newer id, for every part found on both sides. */
  nodes: Map<string, string>;
  edges: Map<string, string>;
};

export function matchParts(before: Design, after: Design): Matching {
  const nodes = matchSameIds(before.nodes, after.nodes);
  matchRenamedNodes(before.nodes, after.nodes, nodes);
  const edges = matchSameIds(before.edges, after.edges);
  const mapped = (id: string) => nodes.get(id) ?? `\u0000old:${id}`;
  matchRenamed(
    before.edges,
    after.edges,
    edges,
    (edge) => `${edge.kind}\u0000${edge.label ?? ''}\u0000${mapped(edge.source)}\u0000${mapped(edge.target)}`,
    (edge) => `${edge.kind}\u0000${edge.label ?? ''}\u0000${edge.source}\u0000${edge.target}`,
  );
  return { nodes, edges };
}

/** Parts with the same id and kind on both sides (a kind that changed makes another part). */
function matchSameIds<T extends { id: string; kind: string }>(before: readonly T[], after: readonly T[]) {
  const kinds = new Map(after.map((item) => [item.id, item.kind]));
  const matched = new Map<string, string>();
  for (const item of before) if (kinds.get(item.id) === item.kind) matched.set(item.id, item.id);
  return matched;
}

/**
 * Nodes matched parents first, so that a VM in a renamed VNet is found in it: each round matches
 * the nodes whose parents are matched (or that have none), until a round matches nothing new.
 */
function matchRenamedNodes(before: readonly DesignNode[], after: readonly DesignNode[], matched: Map<string, string>) {
  const parentKey = (parentId: string | undefined, map: (id: string) => string | undefined) =>
    parentId === undefined ? '' : (map(parentId) ?? null);
  for (;;) {
    const size = matched.size;
    matchRenamed(
      before,
      after,
      matched,
      (node) => {
        const parent = parentKey(node.parentId, (id) => matched.get(id));
        return parent === null ? null : `${node.kind}\u0000${node.label}\u0000${parent}`;
      },
      (node) => `${node.kind}\u0000${node.label}\u0000${node.parentId ?? ''}`,
    );
    if (matched.size === size) return;
  }
}

/**
 * Matches the unmatched parts whose keys are equal and unique on both sides. `beforeKey` gives a
 * part's key in the newer version's ids (null while it cannot be told yet); `afterKey` its own.
 */
function matchRenamed<T extends DesignNode | DesignEdge>(
  before: readonly T[],
  after: readonly T[],
  matched: Map<string, string>,
  beforeKey: (item: T) => string | null,
  afterKey: (item: T) => string,
) {
  const taken = new Set(matched.values());
  const olds = unique(
    before.filter((item) => !matched.has(item.id)),
    beforeKey,
  );
  const news = unique(
    after.filter((item) => !taken.has(item.id)),
    afterKey,
  );
  for (const [key, old] of olds) {
    const renamed = news.get(key);
    if (old && renamed) matched.set(old.id, renamed.id);
  }
}

/** Key → the one item with it; null for a key two items share. */
function unique<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T | null> {
  const byKey = new Map<string, T | null>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    byKey.set(k, byKey.has(k) ? null : item);
  }
  return byKey;
}
