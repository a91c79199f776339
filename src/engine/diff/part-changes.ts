import { sameValue } from '../model/design-patch.ts';
import type { Design, DesignEdge, DesignNode } from '../model/types.ts';

// What changed in the parts of a design between two versions: the nodes and edges added, removed,
// and changed field by field. Where a part is drawn is not a change of the design (`position`);
// references to other parts (`parentId`, `source`, `target`, a gateway's `udrNextHopId`) count as changed only when they point
// at another part, not when the part they point at was renamed.

/** One field of a part, old → new; a side without the value means the field was not set there. */
export type FieldChange = { field: string; before?: unknown; after?: unknown };

type KindOf<T> = T extends DesignNode ? DesignNode['kind'] : DesignEdge['kind'];

/** `name`: the part as the canvas labels it, in the version it is in (the older one when removed). */
export type PartChange<T> =
  | { change: 'added'; id: string; kind: KindOf<T>; name: string; item: T }
  | { change: 'removed'; id: string; kind: KindOf<T>; name: string; item: T }
  | {
      change: 'changed';
      /** The id in the newer version. */
      id: string;
      kind: KindOf<T>;
      name: string;
      /** The id in the older version, when it is another. */
      renamedFrom?: string;
      fields: FieldChange[];
    };

/** Fields that are not the design's content, or are compared by the part's match instead. */
const NOT_COMPARED = new Set(['id', 'kind', 'position', 'props']);
/** Fields that hold another node's id. */
const REFERENCES = new Set(['parentId', 'source', 'target']);
const PROP_REFERENCES = new Set(['udrNextHopId']);

export function partChanges<T extends DesignNode | DesignEdge>(
  before: readonly T[],
  after: readonly T[],
  matched: ReadonlyMap<string, string>,
  nodeIds: ReadonlyMap<string, string>,
  names: { before: (item: T) => string; after: (item: T) => string },
): PartChange<T>[] {
  const changes: PartChange<T>[] = [];
  const byNewId = new Map(after.map((item) => [item.id, item]));
  const found = new Set<string>();
  for (const old of before) {
    const newId = matched.get(old.id);
    const item = newId === undefined ? undefined : byNewId.get(newId);
    if (!item) {
      changes.push({
        change: 'removed',
        id: old.id,
        kind: old.kind,
        name: names.before(old),
        item: old,
      } as PartChange<T>);
      continue;
    }
    found.add(item.id);
    const fields = fieldChanges(old, item, nodeIds);
    if (fields.length || old.id !== item.id) {
      changes.push({
        change: 'changed',
        id: item.id,
        kind: item.kind,
        name: names.after(item),
        ...(old.id === item.id ? {} : { renamedFrom: old.id }),
        fields,
      } as PartChange<T>);
    }
  }
  for (const item of after) {
    if (!found.has(item.id)) {
      changes.push({ change: 'added', id: item.id, kind: item.kind, name: names.after(item), item } as PartChange<T>);
    }
  }
  return changes;
}

/** The fields of one part that differ, `props` key by key (`props.sku`), the others by name. */
export function fieldChanges(
  before: DesignNode | DesignEdge,
  after: DesignNode | DesignEdge,
  nodeIds: ReadonlyMap<string, string>,
): FieldChange[] {
  const changes: FieldChange[] = [];
  const old = before as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  for (const field of unionOfKeys(old, now)) {
    if (NOT_COMPARED.has(field)) continue;
    const same = REFERENCES.has(field)
      ? referenceIn(old[field], nodeIds) === now[field]
      : sameValue(old[field], now[field]);
    if (!same) changes.push(change(field, old, now, field));
  }
  const oldProps = before.props as Record<string, unknown>;
  const newProps = after.props as Record<string, unknown>;
  for (const key of unionOfKeys(oldProps, newProps)) {
    const same = PROP_REFERENCES.has(key)
      ? referenceIn(oldProps[key], nodeIds) === newProps[key]
      : sameValue(oldProps[key], newProps[key]);
    if (!same) changes.push(change(`props.${key}`, oldProps, newProps, key));
  }
  return changes;
}

function change(field: string, old: Record<string, unknown>, now: Record<string, unknown>, key: string): FieldChange {
  return {
    field,
    ...(Object.hasOwn(old, key) && old[key] !== undefined ? { before: old[key] } : {}),
    ...(Object.hasOwn(now, key) && now[key] !== undefined ? { after: now[key] } : {}),
  };
}

/** An older reference in the newer version's ids. */
function referenceIn(value: unknown, nodeIds: ReadonlyMap<string, string>): unknown {
  return typeof value === 'string' ? (nodeIds.get(value) ?? `\u0000old:${value}`) : value;
}

function unionOfKeys(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = Object.keys(a);
  for (const key of Object.keys(b)) if (!Object.hasOwn(a, key)) keys.push(key);
  return keys;
}

/** The fields of the design itself that change what it means or how it is evaluated. */
export function designFieldChanges(before: Design, after: Design): FieldChange[] {
  const fields = ['title', 'rulesAsOf', 'allowPreviews'] as const;
  return fields
    .filter((field) => !sameValue(before[field], after[field]))
    .map((field) => ({ field, before: before[field], after: after[field] }));
}
