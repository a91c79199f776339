import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as OfflineStore from './offline-store.ts';

// The update prompt's decisions: when the page reloads into a new version, and that a pending
// save is written first. The page's session and location are stand-ins.

const flushSave = vi.fn<() => Promise<void>>();
vi.mock('../persistence/session.ts', () => ({ flushSave: () => flushSave() }));

let store: typeof OfflineStore;
const reload = vi.fn();

beforeEach(async () => {
  vi.resetModules();
  store = await import('./offline-store.ts');
  reload.mockClear();
  flushSave.mockReset().mockResolvedValue(undefined);
  vi.stubGlobal('location', { reload });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the update prompt', () => {
  it('offers a waiting version, and Later puts the offer away', () => {
    expect(store.useOfflineStore.getState().update).toBe('none');
    store.updateWaiting();
    expect(store.useOfflineStore.getState().update).toBe('waiting');
    store.postponeUpdate();
    expect(store.useOfflineStore.getState().update).toBe('none');
  });

  it('on Reload writes the pending save, then has the waiting version take over, which reloads the page', async () => {
    const order: string[] = [];
    flushSave.mockImplementation(async () => void order.push('save'));
    store.setActivateWaiting(async () => void order.push('activate'));
    store.updateWaiting();
    await store.reloadIntoUpdate();
    expect(order).toEqual(['save', 'activate']);
    expect(reload).not.toHaveBeenCalled();
    store.newVersionControls();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('does not wait for ever on a save that never finishes: leaving then asks, as it always does', async () => {
    vi.useFakeTimers();
    flushSave.mockReturnValue(new Promise(() => undefined));
    const activate = vi.fn(async () => undefined);
    store.setActivateWaiting(activate);
    store.updateWaiting();
    const reloading = store.reloadIntoUpdate();
    await vi.advanceTimersByTimeAsync(3000);
    await reloading;
    expect(activate).toHaveBeenCalledOnce();
  });

  it('does not reload a tab whose Reload was chosen in another tab; its own Reload then only reloads', async () => {
    const activate = vi.fn(async () => undefined);
    store.setActivateWaiting(activate);
    store.updateWaiting();
    store.newVersionControls();
    expect(reload).not.toHaveBeenCalled();
    expect(store.useOfflineStore.getState().update).toBe('taken-over');
    await store.reloadIntoUpdate();
    expect(activate).not.toHaveBeenCalled();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('says once that the app is ready offline, until dismissed', () => {
    store.offlineReady();
    expect(store.useOfflineStore.getState().offlineReady).toBe(true);
    store.dismissOfflineReady();
    expect(store.useOfflineStore.getState().offlineReady).toBe(false);
  });
});
