import type * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import type { Design } from '../../engine/index.ts';
import { createDesign, openStoredDesign } from '../persistence/session.ts';
import { useDesignStore } from '../store/design-store.ts';

// The room's document is also kept in this browser (IndexedDB, one database per room): edits made
// offline survive a closed tab or a reload, and merge when the link is opened again online. The
// same database remembers which of this browser's designs is the room's local copy, so opening the
// link again reopens that copy instead of storing another.
const KEPT_PREFIX = 'fastpath-designer.live.';
const COPY_KEY = 'designId';

export function keptInBrowser(room: string, doc: Y.Doc): IndexeddbPersistence | null {
  if (typeof indexedDB === 'undefined') return null;
  try {
    return new IndexeddbPersistence(KEPT_PREFIX + room, doc);
  } catch {
    return null; // storage refused (a private window): the session goes on without it
  }
}

export const remember = (kept: IndexeddbPersistence | null, designId: string | null) => {
  if (kept && designId) void kept.set(COPY_KEY, designId).catch(() => undefined);
};

/** This browser's copy of the room's design, opened: the one kept from before, or a new one. */
export async function openLocalCopy(kept: IndexeddbPersistence | null, design: Design): Promise<void> {
  const before = kept ? await kept.get(COPY_KEY).catch(() => undefined) : undefined;
  const reopened =
    typeof before === 'string' && (useDesignStore.getState().designId === before || (await openStoredDesign(before)));
  if (!reopened) {
    await createDesign(design);
    remember(kept, useDesignStore.getState().designId);
  }
}
