// Browsers may clear site storage without asking (when space runs low, or when a private window
// closes) unless the site's storage is marked persistent. Firefox asks the person; Chromium answers
// on its own (by engagement, bookmarks, installation). Either way the answer is what we tell the person.

type StorageManagerLike = { persist?: () => Promise<boolean>; persisted?: () => Promise<boolean> };

function storageManager(): StorageManagerLike | undefined {
  try {
    return (globalThis.navigator as { storage?: StorageManagerLike } | undefined)?.storage;
  } catch {
    return undefined;
  }
}

/** Whether storage is already persistent, without asking; null when the browser cannot say. */
export async function isStoragePersisted(): Promise<boolean | null> {
  const manager = storageManager();
  if (typeof manager?.persisted !== 'function') return null;
  try {
    return await manager.persisted();
  } catch {
    return null;
  }
}

/** Asks for persistent storage unless it is already granted; null when the browser offers no way to ask. */
export async function requestPersistentStorage(): Promise<boolean | null> {
  const manager = storageManager();
  if (typeof manager?.persist !== 'function') return null;
  try {
    if ((await isStoragePersisted()) === true) return true;
    return await manager.persist();
  } catch {
    return null;
  }
}
