// Just enough of a browser page for the session tests, which run in Node: localStorage, window and
// document event listeners, location and history.

/** An in-memory localStorage; `failWrites` makes setItem throw as a full (quota exceeded) store does. */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  failWrites = false;
  [name: string]: unknown;

  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    this.items.set(key, String(value));
  }
}

type Listener = (event: unknown) => void;

/** Collects listeners by event type, so a test can fire `pagehide` or `beforeunload` by hand. */
export class ListenerRegistry {
  private readonly listeners = new Map<string, Listener[]>();
  readonly addEventListener = (type: string, listener: Listener): void => {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  };
  fire(type: string, event: unknown = {}): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

/** A beforeunload event that records whether leaving was questioned. */
export function beforeUnloadEvent() {
  return {
    prevented: false,
    returnValue: undefined as unknown,
    preventDefault() {
      this.prevented = true;
    },
  };
}
