import type { SaveNotice, TabChannel } from '../tab-channel.ts';

// Test support: two tabs' channels joined in memory. What one end announces the other hears at
// once; like BroadcastChannel, a sender never hears itself.

export type MemoryChannel = TabChannel & {
  /** Every notice this end has heard, oldest first. */
  readonly heard: readonly SaveNotice[];
};

export function channelPair(): [MemoryChannel, MemoryChannel] {
  const first = memoryChannel();
  const second = memoryChannel();
  first.peer = second;
  second.peer = first;
  return [first, second];
}

function memoryChannel() {
  const listeners = new Set<(notice: SaveNotice) => void>();
  const heard: SaveNotice[] = [];
  const end = {
    heard,
    peer: null as { receive(notice: SaveNotice): void } | null,
    receive(notice: SaveNotice) {
      heard.push(notice);
      for (const listener of [...listeners]) listener(notice);
    },
    announce(notice: SaveNotice) {
      end.peer?.receive(notice);
    },
    subscribe(listener: (notice: SaveNotice) => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    close() {
      listeners.clear();
      end.peer = null;
    },
  };
  return end;
}
