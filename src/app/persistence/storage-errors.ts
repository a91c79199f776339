// What the person is told when browser storage fails: one sentence they can act on for every
// error IndexedDB (or our own code) may produce.

export const STORAGE_MESSAGES = {
  unavailable:
    'This browser does not offer storage for designs (IndexedDB is unavailable, as in some private windows), so designs cannot be saved here.',
  blocked:
    'Another FastPath Designer tab is using an older version of the design database. Close the other tabs and reload this page.',
  timeout: 'Browser storage did not respond. Reload the page to try again.',
  quota:
    'Browser storage is full (quota exceeded). Delete designs you no longer need or free up disk space, then try again.',
  invalidState:
    'Browser storage is unavailable right now: the connection was closed (perhaps by a newer version of the app in another tab) or this window does not allow it. Reload the page and try again.',
  security:
    'The browser refused access to storage (site data may be blocked for this page, or it is a private window), so designs cannot be saved here.',
  version:
    'The saved designs were written by a newer version of FastPath Designer. Reload the page to get the newest version.',
  dataClone: 'The design contains values that cannot be stored (only plain JSON data can be saved).',
  unknown: 'Browser storage failed for an unknown reason.',
} as const;

/** A sentence a person can act on, for any error IndexedDB (or our own code) may produce. */
export function describeStorageError(error: unknown): string {
  switch (errorField(error, 'name')) {
    case 'QuotaExceededError':
    case 'NS_ERROR_DOM_QUOTA_REACHED': // older Firefox
      return STORAGE_MESSAGES.quota;
    case 'InvalidStateError':
      return STORAGE_MESSAGES.invalidState;
    case 'SecurityError':
      return STORAGE_MESSAGES.security;
    case 'VersionError':
      return STORAGE_MESSAGES.version;
    case 'DataCloneError':
      return STORAGE_MESSAGES.dataClone;
  }
  if (typeof error === 'string' && error.trim() !== '') return error;
  const message = errorField(error, 'message');
  return message && message.trim() !== '' ? message : STORAGE_MESSAGES.unknown;
}

function errorField(error: unknown, field: 'name' | 'message'): string | undefined {
  if (typeof error !== 'object' || error === null || !(field in error)) return undefined;
  const value: unknown = (error as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : undefined;
}
