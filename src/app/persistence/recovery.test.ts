/// <reference lib="dom" />
// The node test project has no DOM lib, but this module is typed against the browser's Storage.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  dropStaleRecoverySlots,
  isNewerThanStored,
  readRecoverySlot,
  recoveryKey,
  recoverySlotIds,
  removeRecoverySlot,
  writeRecoverySlot,
  type RecoverySlot,
} from './recovery.ts';
import { MemoryStorage } from './testing/browser-stubs.ts';

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const slot = (designId: string, extra: Partial<RecoverySlot> = {}): RecoverySlot => ({
  designId,
  baseVersion: 1,
  savedAt: 5_000,
  title: 'Lab',
  document: { title: 'Lab', nodes: [], edges: [] },
  ...extra,
});

describe('recovery slots', () => {
  it('writes, reads back and removes a slot per design', () => {
    expect(writeRecoverySlot(slot('a'))).toEqual({ written: true, cheap: true });
    writeRecoverySlot(slot('b'));
    expect(readRecoverySlot('a')).toEqual(slot('a'));
    expect(recoverySlotIds().sort()).toEqual(['a', 'b']);
    removeRecoverySlot('a');
    expect(readRecoverySlot('a')).toBeNull();
  });

  it('ignores text under a slot key that is not a slot', () => {
    storage.setItem(recoveryKey('a'), '{"designId":"a"}');
    storage.setItem(recoveryKey('b'), 'not json');
    storage.setItem(recoveryKey('c'), JSON.stringify(slot('someone-else')));
    expect([readRecoverySlot('a'), readRecoverySlot('b'), readRecoverySlot('c')]).toEqual([null, null, null]);
  });

  it('makes room by dropping other designs’ slots once when storage is full, then gives up quietly', () => {
    writeRecoverySlot(slot('old'));
    const setItem = vi.spyOn(storage, 'setItem');
    setItem.mockImplementationOnce(() => {
      throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    });
    expect(writeRecoverySlot(slot('new')).written).toBe(true);
    expect(recoverySlotIds()).toEqual(['new']);

    storage.failWrites = true;
    expect(() => writeRecoverySlot(slot('new', { savedAt: 6_000 }))).not.toThrow();
    expect(writeRecoverySlot(slot('new')).written).toBe(false);
  });

  it('never throws when localStorage itself is out of reach', () => {
    vi.stubGlobal('localStorage', undefined);
    expect(writeRecoverySlot(slot('a')).written).toBe(false);
    expect(readRecoverySlot('a')).toBeNull();
    expect(recoverySlotIds()).toEqual([]);
    expect(() => removeRecoverySlot('a')).not.toThrow();
  });

  it('calls a large document too costly to write on every edit', () => {
    const big = slot('a', { document: { text: 'x'.repeat(1_600_000) } });
    expect(writeRecoverySlot(big).cheap).toBe(false);
  });
});

describe('which slots still matter', () => {
  it('counts edits on the stored version as newer, and otherwise compares times', () => {
    expect(isNewerThanStored(slot('a', { baseVersion: 2, savedAt: 1 }), { version: 2, updatedAt: 10 })).toBe(true);
    expect(isNewerThanStored(slot('a', { baseVersion: 1, savedAt: 11 }), { version: 2, updatedAt: 10 })).toBe(true);
    expect(isNewerThanStored(slot('a', { baseVersion: 1, savedAt: 9 }), { version: 2, updatedAt: 10 })).toBe(false);
  });

  it('drops slots of designs that are gone or that the stored record overtook', () => {
    writeRecoverySlot(slot('kept', { baseVersion: 3 }));
    writeRecoverySlot(slot('gone'));
    writeRecoverySlot(slot('overtaken', { baseVersion: 1, savedAt: 100 }));
    dropStaleRecoverySlots([
      { id: 'kept', version: 3, updatedAt: 10_000 },
      { id: 'overtaken', version: 2, updatedAt: 200 },
    ]);
    expect(recoverySlotIds()).toEqual(['kept']);
  });
});
