import type { Person, Rect } from './live-store.ts';

// What the others in a room say about themselves (Yjs awareness) is untrusted input: any client can
// send anything. It is read into a Person here, names cut short, colours and points checked,
// selections capped; nothing else from it reaches the page.

const MAX_SELECTED = 500;
const ids = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string').slice(0, MAX_SELECTED) : [];
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Someone's awareness state, taken as untrusted input: names cut short, colours and points checked. */
export function personFrom(id: number, state: unknown): Person {
  const fields = (state ?? {}) as {
    user?: { name?: unknown; colour?: unknown };
    cursor?: unknown;
    selection?: unknown;
    present?: unknown;
    following?: unknown;
  };
  const cursor = fields.cursor as { x?: unknown; y?: unknown } | null | undefined;
  const selection = (fields.selection ?? {}) as { nodeIds?: unknown; edgeIds?: unknown };
  return {
    id,
    name: typeof fields.user?.name === 'string' && fields.user.name.trim() ? fields.user.name.slice(0, 80) : 'Guest',
    colour:
      typeof fields.user?.colour === 'string' && /^#[0-9a-f]{6}$/i.test(fields.user.colour)
        ? fields.user.colour
        : '#64748b',
    cursor: cursor && finite(cursor.x) && finite(cursor.y) ? { x: cursor.x, y: cursor.y } : null,
    selection: { nodeIds: ids(selection.nodeIds), edgeIds: ids(selection.edgeIds) },
    present: presentFrom(fields.present),
    following: finite(fields.following) ? fields.following : null,
  };
}

function presentFrom(value: unknown): Person['present'] {
  if (typeof value !== 'object' || value === null) return null;
  const { flowId, view } = value as { flowId?: unknown; view?: unknown };
  const rect = (view ?? {}) as Partial<Record<keyof Rect, unknown>>;
  return {
    flowId: typeof flowId === 'string' ? flowId.slice(0, 200) : null,
    view:
      finite(rect.x) && finite(rect.y) && finite(rect.width) && finite(rect.height) && rect.width > 0 && rect.height > 0
        ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height }
        : null,
  };
}
