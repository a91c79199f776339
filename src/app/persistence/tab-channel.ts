import { createId } from './design-repository.ts';

export type SaveNotice =
  | { type: 'saved'; designId: string; version: number; tabId: string }
  | { type: 'deleted'; designId: string; tabId: string };

export type TabChannel = {
  announce(notice: SaveNotice): void;
  subscribe(listener: (notice: SaveNotice) => void): () => void;
  close(): void;
};

const CHANNEL_NAME = 'fastpath-designer';

/** BroadcastChannel never echoes to the sending instance, but other instances in this page would hear us; this tells them apart. */
export const TAB_ID: string = createId();

/** Anything may arrive on a named channel (an older app version, another script), so only well-formed notices pass. */
export function parseSaveNotice(data: unknown): SaveNotice | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, designId, version, tabId } = data as Record<string, unknown>;
  if (!isNonEmptyString(designId) || !isNonEmptyString(tabId)) return undefined;
  if (type === 'deleted') return { type, designId, tabId };
  if (type === 'saved' && typeof version === 'number' && Number.isInteger(version) && version >= 1) {
    return { type, designId, version, tabId };
  }
  return undefined;
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

const silentChannel: TabChannel = {
  announce() {},
  subscribe: () => () => {},
  close() {},
};

export function createTabChannel(): TabChannel {
  // Without BroadcastChannel (old Safari) tabs simply do not hear each other; saves stay safe via version checks.
  if (typeof BroadcastChannel === 'undefined') return silentChannel;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  const listeners = new Set<(notice: SaveNotice) => void>();
  channel.addEventListener('message', (event: MessageEvent<unknown>) => {
    const notice = parseSaveNotice(event.data);
    if (!notice || notice.tabId === TAB_ID) return;
    for (const listener of [...listeners]) listener(notice);
  });
  return {
    announce(notice) {
      try {
        channel.postMessage(notice);
      } catch {
        // A closed channel throws; a lost notice only delays conflict detection until the next save.
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    close() {
      listeners.clear();
      channel.close();
    },
  };
}
