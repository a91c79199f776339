import type { Design } from '../../engine/index.ts';
import { loadDesignOffThread } from '../io/off-thread.ts';
import { UNTITLED, type StoredDesign } from './design-repository.ts';
import { isNewerThanStored, readRecoverySlot, removeRecoverySlot } from './recovery.ts';

// Opening a stored design that has a recovery slot: whether the slot holds edits worth bringing
// back, and what the person is told when they are.

const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

export function recoveredNotice(title: string, savedAt: number): string {
  return `Recovered changes to “${title || UNTITLED}” that were not saved when the page closed (${clock.format(savedAt)}).`;
}

/**
 * Unsaved edits to a stored design found in its recovery slot, when they are newer than what is
 * stored, differ from it and still load; any other slot is dropped (or, if it does not load, left
 * alone: a newer app version may have written it).
 */
export async function recoveryFor(
  stored: StoredDesign,
  storedDesign: Design,
): Promise<{ design: Design; baseVersion: number; savedAt: number } | null> {
  const slot = readRecoverySlot(stored.id);
  if (!slot) return null;
  if (!isNewerThanStored(slot, stored)) {
    removeRecoverySlot(stored.id);
    return null;
  }
  const loaded = await loadDesignOffThread(slot.document);
  if (!loaded.ok) return null;
  if (JSON.stringify(loaded.design) === JSON.stringify(storedDesign)) {
    removeRecoverySlot(stored.id);
    return null;
  }
  return { design: loaded.design, baseVersion: slot.baseVersion, savedAt: slot.savedAt };
}
