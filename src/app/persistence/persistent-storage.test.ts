import { afterEach, describe, expect, it, vi } from 'vitest';
import { isStoragePersisted, requestPersistentStorage } from './persistent-storage.ts';

// navigator.storage as browsers offer it: absent, already persistent, asked and refused, or throwing.

afterEach(() => {
  vi.unstubAllGlobals();
});

function browserStorage(persisted: boolean, granted: boolean) {
  const storage = { persisted: vi.fn(async () => persisted), persist: vi.fn(async () => granted) };
  vi.stubGlobal('navigator', { storage });
  return storage;
}

describe('persistent storage', () => {
  it('is not requested when the browser already keeps storage', async () => {
    const storage = browserStorage(true, true);
    expect(await isStoragePersisted()).toBe(true);
    expect(await requestPersistentStorage()).toBe(true);
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('is requested otherwise, and a refusal is the answer', async () => {
    const storage = browserStorage(false, false);
    expect(await requestPersistentStorage()).toBe(false);
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('has no answer (null) where the browser offers no way to ask, or the asking throws', async () => {
    vi.stubGlobal('navigator', {});
    expect(await isStoragePersisted()).toBeNull();
    expect(await requestPersistentStorage()).toBeNull();
    const refuse = () => Promise.reject(new Error('no'));
    vi.stubGlobal('navigator', { storage: { persisted: refuse, persist: refuse } });
    expect(await isStoragePersisted()).toBeNull();
    expect(await requestPersistentStorage()).toBeNull();
  });
});
