/** localStorage may be missing, or throw on mere access (blocked site data, sandboxed frames). */
export function localStorageOrNull(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
