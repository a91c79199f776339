import { localStorageOrNull } from './local-storage.ts';

// The recovery slot: the open design's unsaved document, written synchronously to localStorage.
// Autosave to IndexedDB waits a moment and is asynchronous, so a reload, a closed tab or a crash
// right after an edit can beat it; a synchronous write cannot be beaten. One slot per design id,
// removed once that design is saved and clean again.

export type RecoverySlot = {
  designId: string;
  /** The stored version the unsaved edits started from. */
  baseVersion: number;
  /** When the slot was written (Date.now()). */
  savedAt: number;
  title: string;
  document: unknown;
};

export const RECOVERY_PREFIX = 'fastpath-designer:recovery:';

/** Above either, serialising on every edit would be felt, so the slot is written only on leaving the page. */
const CHEAP_MS = 8;
const CHEAP_CHARS = 1_500_000;

export type SlotWrite = {
  written: boolean;
  /** Whether serialising was quick and small enough to repeat on every edit. */
  cheap: boolean;
};

export function recoveryKey(designId: string): string {
  return RECOVERY_PREFIX + designId;
}

/** Never throws: a slot that cannot be written must not break editing (the IndexedDB save still runs). */
export function writeRecoverySlot(slot: RecoverySlot): SlotWrite {
  const started = performance.now();
  let text: string;
  try {
    text = JSON.stringify(slot);
  } catch {
    return { written: false, cheap: true };
  }
  const cheap = performance.now() - started <= CHEAP_MS && text.length <= CHEAP_CHARS;
  const store = localStorageOrNull();
  if (!store) return { written: false, cheap };
  const key = recoveryKey(slot.designId);
  try {
    store.setItem(key, text);
    return { written: true, cheap };
  } catch (error) {
    if (!isQuotaError(error)) return { written: false, cheap };
  }
  // Full: slots of other designs are older news than the edit just made, so they make room, once.
  for (const id of recoverySlotIds()) if (id !== slot.designId) removeRecoverySlot(id);
  try {
    store.setItem(key, text);
    return { written: true, cheap };
  } catch {
    return { written: false, cheap };
  }
}

function isQuotaError(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : undefined;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** The slot for a design, or null when there is none or it is not a slot this app wrote. */
export function readRecoverySlot(designId: string): RecoverySlot | null {
  let text: string | null;
  try {
    text = localStorageOrNull()?.getItem(recoveryKey(designId)) ?? null;
  } catch {
    return null;
  }
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return isSlot(value) && value.designId === designId ? value : null;
  } catch {
    return null;
  }
}

function isSlot(value: unknown): value is RecoverySlot {
  if (typeof value !== 'object' || value === null) return false;
  const { designId, baseVersion, savedAt, title } = value as Record<string, unknown>;
  return (
    typeof designId === 'string' &&
    typeof baseVersion === 'number' &&
    typeof savedAt === 'number' &&
    typeof title === 'string' &&
    'document' in value
  );
}

export function removeRecoverySlot(designId: string): void {
  try {
    localStorageOrNull()?.removeItem(recoveryKey(designId));
  } catch {
    // Nothing to do: a slot that stays is ignored once the stored design is newer.
  }
}

export function recoverySlotIds(): string[] {
  const store = localStorageOrNull();
  if (!store) return [];
  try {
    const ids: string[] = [];
    for (let index = 0; index < store.length; index++) {
      const key = store.key(index);
      if (key?.startsWith(RECOVERY_PREFIX)) ids.push(key.slice(RECOVERY_PREFIX.length));
    }
    return ids;
  } catch {
    return [];
  }
}

/** Slots for designs that no longer exist, or that the stored record has overtaken, are litter. */
export function dropStaleRecoverySlots(designs: readonly { id: string; updatedAt: number; version: number }[]): void {
  const byId = new Map(designs.map((design) => [design.id, design]));
  for (const id of recoverySlotIds()) {
    const stored = byId.get(id);
    const slot = readRecoverySlot(id);
    if (!stored || !slot || !isNewerThanStored(slot, stored)) removeRecoverySlot(id);
  }
}

/**
 * Whether the slot's edits came after the stored record. Edits made on the very version that is
 * stored are newer by definition (their clock may tie with the save to the millisecond); otherwise
 * the slot must have been written after the record was last saved.
 */
export function isNewerThanStored(slot: RecoverySlot, stored: { updatedAt: number; version: number }): boolean {
  return slot.baseVersion === stored.version || slot.savedAt > stored.updatedAt;
}
