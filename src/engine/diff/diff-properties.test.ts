import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '../evaluate.ts';
import type { Design, DesignEdge, DesignNode } from '../model/types.ts';
import { arbitraryDesignDocument, arbitraryEditedDocuments } from '../testing/arbitrary-design.ts';
import { load, renameId } from '../testing/diff-kit.ts';
import { diffIsEmpty, diffVersions, type DesignDiff, type PartChange } from './design-diff.ts';

// Rebuilds the newer version from the older one and the diff alone: if that gives the newer design,
// the diff left nothing out, and every verdict change is explained by the changes it reports.
function applyReported(before: Design, diff: DesignDiff): Design {
  const renames = (changes: readonly PartChange<DesignNode | DesignEdge>[]) =>
    new Map(changes.flatMap((c) => (c.change === 'changed' && c.renamedFrom ? [[c.renamedFrom, c.id] as const] : [])));
  const nodeIds = renames(diff.nodes);
  const edgeIds = renames(diff.edges);
  const ref = (id: string) => nodeIds.get(id) ?? id;
  const apply = <T extends DesignNode | DesignEdge>(
    items: readonly T[],
    changes: PartChange<T>[],
    ids: Map<string, string>,
  ) => {
    const removed = new Set(changes.flatMap((c) => (c.change === 'removed' ? [c.id] : [])));
    const changed = new Map(changes.flatMap((c) => (c.change === 'changed' ? [[c.id, c.fields] as const] : [])));
    const kept = items
      .filter((item) => !removed.has(item.id))
      .map((item) => {
        const copy = structuredClone(item) as Record<string, unknown> & { props: Record<string, unknown> };
        copy.id = ids.get(item.id) ?? item.id;
        for (const key of ['parentId', 'source', 'target'])
          if (typeof copy[key] === 'string') copy[key] = ref(copy[key]);
        if (typeof copy.props.udrNextHopId === 'string') copy.props.udrNextHopId = ref(copy.props.udrNextHopId);
        for (const { field, after } of changed.get(copy.id as string) ?? []) {
          const [target, key] = field.startsWith('props.') ? [copy.props, field.slice(6)] : [copy, field];
          if (after === undefined) delete target[key];
          else target[key] = structuredClone(after);
        }
        return copy as unknown as T;
      });
    return [...kept, ...changes.flatMap((c) => (c.change === 'added' ? [c.item] : []))];
  };
  const design = {
    ...before,
    nodes: apply(before.nodes, diff.nodes, nodeIds),
    edges: apply(before.edges, diff.edges, edgeIds),
  };
  for (const { field, after } of diff.design) (design as Record<string, unknown>)[field] = after;
  return design;
}

const comparable = (design: Design) => {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    ...design,
    nodes: design.nodes.map(({ position: _position, ...node }) => node).sort(byId),
    edges: [...design.edges].sort(byId),
  };
};

/** The older version, and a newer one that may have some ids changed the way a re-export changes them. */
const versions = fc.tuple(arbitraryEditedDocuments, fc.array(fc.nat(), { maxLength: 3 })).map(([docs, renames]) => {
  let after = docs[docs.length - 1] as Record<string, unknown>;
  for (const pick of renames) {
    const items = [...(after.nodes as { id: string }[]), ...(after.edges as { id: string }[])];
    const item = items[pick % Math.max(1, items.length)];
    if (item) after = renameId(after, item.id, `renamed-${item.id}`);
  }
  return { before: docs[0] as Record<string, unknown>, after };
});

describe('diffVersions: properties', () => {
  it('finds nothing between any design and itself', () => {
    fc.assert(
      fc.property(arbitraryDesignDocument, (doc) => {
        const design = load(doc);
        expect(diffIsEmpty(diffVersions(design, load(JSON.parse(JSON.stringify(doc)))))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('reports every change: the older version with the reported changes applied is the newer one', () => {
    fc.assert(
      fc.property(versions, ({ before: a, after: b }) => {
        const before = load(a);
        const after = load(b);
        const diff = diffVersions(before, after);
        const rebuilt = applyReported(before, diff);
        expect(comparable(rebuilt)).toEqual(comparable(after));
        expect(evaluate(comparable(rebuilt) as Design)).toEqual(evaluate(comparable(after) as Design));
      }),
      { numRuns: 200 },
    );
  });

  it('lists every flow whose verdict or expectation changed, and only those with something changed', () => {
    fc.assert(
      fc.property(versions, ({ before: a, after: b }) => {
        const before = load(a);
        const after = load(b);
        const diff = diffVersions(before, after);
        const old = evaluate(before, { rulesAsOf: after.rulesAsOf });
        const now = evaluate(after);
        for (const [id, flow] of Object.entries(now.flows)) {
          const was = old.flows[id];
          if (!was) continue;
          if (was.verdict !== flow.verdict || was.expectationMet !== flow.expectationMet) {
            expect(diff.flows.map((f) => f.id)).toContain(id);
          }
        }
        for (const change of diff.flows.filter((f) => f.change === 'changed')) {
          const changed =
            change.before?.verdict !== change.after?.verdict ||
            change.before?.expectationMet !== change.after?.expectationMet ||
            change.raised.length + change.cleared.length > 0;
          expect(changed).toBe(true);
        }
        // With nothing reported changed, the two versions differ at most in the order of their parts,
        // which the diff does not report: in the older version's order the newer one evaluates the same.
        if (diff.summary.parts + diff.design.length === 0) {
          const inOlderOrder = (items: readonly { id: string }[], order: readonly { id: string }[]) => {
            const at = new Map(order.map((item, index) => [item.id, index]));
            return [...items].sort((x, y) => (at.get(x.id) ?? 0) - (at.get(y.id) ?? 0));
          };
          const reordered = {
            ...after,
            nodes: inOlderOrder(after.nodes, before.nodes),
            edges: inOlderOrder(after.edges, before.edges),
          } as Design;
          expect(evaluate(reordered, { rulesAsOf: after.rulesAsOf })).toEqual(old);
        }
      }),
      { numRuns: 200 },
    );
  });
});
