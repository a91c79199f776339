import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDesignOffThread, loadsInPlace, readDesignFileOffThread } from './off-thread.ts';
import { estate } from '../testing/fixtures.ts';

describe('loading off the screen thread', () => {
  it.each([
    { name: 'short JSON text', input: '{"format":"fastpath-design"}', inPlace: true },
    { name: 'long JSON text', input: ' '.repeat(400_000), inPlace: false },
    { name: 'a small parsed design', input: { nodes: [1, 2], edges: [3] }, inPlace: true },
    { name: 'a parsed design with 5,000 edges', input: { nodes: [], edges: new Array(5_000).fill(0) }, inPlace: false },
    { name: 'a large file', input: new Uint8Array(400_000), inPlace: false },
    { name: 'not an object', input: 42, inPlace: true },
  ])('$name loads in place: $inPlace', ({ input, inPlace }) => {
    expect(loadsInPlace(input)).toBe(inPlace);
  });

  // Node has no Worker: a large input falls back to loading in place, with the same answer.
  it('gives the same answer as loadDesign when no worker can start', async () => {
    const design = estate();
    const padded = JSON.stringify(design).padEnd(400_000, ' ');
    const loaded = await loadDesignOffThread(padded);
    expect(loaded.ok).toBe(true);
    const read = await readDesignFileOffThread('big.json', new TextEncoder().encode(padded));
    expect(read.ok).toBe(true);
  });
});

describe('a loader worker that fails', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  // The browser's answer to a worker script that cannot be fetched: an 'error' event, nothing else.
  class UnloadableWorker extends EventTarget {
    static started = 0;
    terminated = false;
    constructor() {
      super();
      UnloadableWorker.started++;
      queueMicrotask(() => this.dispatchEvent(new Event('error')));
    }
    postMessage(): void {}
    terminate(): void {
      this.terminated = true;
    }
  }

  it('is given up on, and the design is loaded in place with the same answer', async () => {
    vi.stubGlobal('Worker', UnloadableWorker);
    vi.resetModules();
    const offThread = await import('./off-thread.ts');
    const padded = JSON.stringify(estate()).padEnd(400_000, ' ');
    const first = await offThread.loadDesignOffThread(padded);
    expect(first.ok).toBe(true);
    // The next large load tries a fresh worker rather than the dead one.
    await offThread.loadDesignOffThread(padded);
    expect(UnloadableWorker.started).toBe(2);
  });
});
