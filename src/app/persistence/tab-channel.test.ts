/// <reference lib="dom" />
// The node test project has no DOM lib, but this module is typed against the browser's BroadcastChannel.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TAB_ID, createTabChannel, parseSaveNotice } from './tab-channel.ts';
import type { SaveNotice } from './tab-channel.ts';

const open: { close(): void }[] = [];
afterEach(() => {
  for (const channel of open.splice(0)) channel.close(); // an open channel keeps Node's event loop alive
  vi.unstubAllGlobals();
});

/** Another tab, as seen from this one: a bare channel on the same name. */
function otherTab(): BroadcastChannel {
  const channel = new BroadcastChannel('fastpath-designer');
  open.push(channel);
  return channel;
}

function ourChannel() {
  const channel = createTabChannel();
  open.push(channel);
  return channel;
}

/** Collects notices until one for `designId` arrives; BroadcastChannel keeps a sender's order, so earlier ones have been seen. */
function collectUntil(channel: ReturnType<typeof createTabChannel>, designId: string): Promise<SaveNotice[]> {
  return new Promise((resolve) => {
    const received: SaveNotice[] = [];
    channel.subscribe((notice) => {
      received.push(notice);
      if (notice.designId === designId) resolve(received);
    });
  });
}

const sentinel: SaveNotice = { type: 'deleted', designId: 'sentinel', tabId: 'other-tab' };

describe('parseSaveNotice', () => {
  it.each([
    [
      'a saved notice',
      { type: 'saved', designId: 'd1', version: 3, tabId: 't' },
      { type: 'saved', designId: 'd1', version: 3, tabId: 't' },
    ],
    [
      'a deleted notice',
      { type: 'deleted', designId: 'd1', tabId: 't' },
      { type: 'deleted', designId: 'd1', tabId: 't' },
    ],
    [
      'extra fields (dropped)',
      { type: 'deleted', designId: 'd1', tabId: 't', secret: 1 },
      { type: 'deleted', designId: 'd1', tabId: 't' },
    ],
    ['null', null, undefined],
    ['a string', 'saved', undefined],
    ['an array', ['saved', 'd1', 3, 't'], undefined],
    ['an empty object', {}, undefined],
    ['an unknown type', { type: 'renamed', designId: 'd1', tabId: 't' }, undefined],
    ['a saved notice without a version', { type: 'saved', designId: 'd1', tabId: 't' }, undefined],
    ['a version as text', { type: 'saved', designId: 'd1', version: '3', tabId: 't' }, undefined],
    ['a fractional version', { type: 'saved', designId: 'd1', version: 1.5, tabId: 't' }, undefined],
    ['version 0', { type: 'saved', designId: 'd1', version: 0, tabId: 't' }, undefined],
    ['NaN version', { type: 'saved', designId: 'd1', version: Number.NaN, tabId: 't' }, undefined],
    ['an empty design id', { type: 'deleted', designId: '', tabId: 't' }, undefined],
    ['a missing tab id', { type: 'deleted', designId: 'd1' }, undefined],
  ])('parses %s', (_label, data, expected) => {
    expect(parseSaveNotice(data)).toEqual(expected);
  });
});

describe('createTabChannel', () => {
  it('has a non-empty id for this page', () => {
    expect(typeof TAB_ID).toBe('string');
    expect(TAB_ID.length).toBeGreaterThan(0);
  });

  it('announces notices to other tabs', async () => {
    const other = otherTab();
    const received = new Promise<unknown>((resolve) =>
      other.addEventListener('message', (event) => resolve(event.data), { once: true }),
    );
    const notice: SaveNotice = { type: 'saved', designId: 'd1', version: 4, tabId: TAB_ID };
    ourChannel().announce(notice);
    expect(await received).toEqual(notice);
  });

  it('delivers valid notices from other tabs and ignores junk and our own echoes', async () => {
    const channel = ourChannel();
    const done = collectUntil(channel, 'sentinel');
    const other = otherTab();
    const saved: SaveNotice = { type: 'saved', designId: 'd1', version: 2, tabId: 'other-tab' };
    for (const message of [
      'junk',
      { type: 'saved', designId: 'd1', version: 'two', tabId: 'other-tab' },
      { type: 'saved', designId: 'own', version: 2, tabId: TAB_ID },
      saved,
      null,
      sentinel,
    ]) {
      other.postMessage(message);
    }
    expect(await done).toEqual([saved, sentinel]);
  });

  it('stops calling a listener after it unsubscribes, and keeps calling the others', async () => {
    const channel = ourChannel();
    const dropped: SaveNotice[] = [];
    const unsubscribe = channel.subscribe((notice) => dropped.push(notice));
    const done = collectUntil(channel, 'sentinel');
    unsubscribe();
    otherTab().postMessage(sentinel);
    expect(await done).toEqual([sentinel]);
    expect(dropped).toEqual([]);
  });

  it('does not throw when announcing after close', () => {
    const channel = createTabChannel();
    channel.close();
    expect(() => channel.announce({ type: 'deleted', designId: 'd1', tabId: TAB_ID })).not.toThrow();
  });

  it('degrades to a no-op without BroadcastChannel', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const channel = createTabChannel();
    const listener = vi.fn();
    const unsubscribe = channel.subscribe(listener);
    expect(() => channel.announce({ type: 'deleted', designId: 'd1', tabId: TAB_ID })).not.toThrow();
    expect(typeof unsubscribe).toBe('function');
    expect(() => {
      unsubscribe();
      channel.close();
    }).not.toThrow();
    expect(listener).not.toHaveBeenCalled();
  });
});
