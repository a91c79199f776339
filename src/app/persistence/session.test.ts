/// <reference lib="dom" />
// The node test project has no DOM lib, but the session is typed against the browser's page APIs.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { loadDesign } from '../../engine/index.ts';
import { shareFragment } from '../io/share-link.ts';
import { useDesignStore } from '../store/design-store.ts';
import { openDesignRepository, type DesignRepository, type StoredDesign } from './design-repository.ts';
import { openAsNew } from './design-files.ts';
import { OPENING_KEY } from './opening-marker.ts';
import { readRecoverySlot } from './recovery.ts';
import {
  createFromTemplate,
  flushSave,
  hasUnsavedWork,
  saveSharedCopy,
  startSession,
  useStorageStore,
} from './session.ts';
import { beforeUnloadEvent, ListenerRegistry, MemoryStorage } from './testing/browser-stubs.ts';
import { designDocument, renameOpenDesign } from './testing/session-harness.ts';
import { IDB_GLOBALS } from './testing/fake-indexeddb.ts';

// The page's session: startSession builds it from the browser's own parts and hands it the page's
// events, and what the screen imports from session.ts reaches it. One page starts one session, so
// these tests share it and run in order; the session itself is tested through createSession.

const toast = vi.hoisted(() =>
  Object.assign(vi.fn(), { success: vi.fn(), warning: vi.fn(), error: vi.fn(), info: vi.fn() }),
);
vi.mock('../store/notices.ts', () => ({ toast }));

const localStorage = new MemoryStorage();
const page = new ListenerRegistry();
const documentEvents = new ListenerRegistry();
const fakeDocument = { visibilityState: 'visible', addEventListener: documentEvents.addEventListener };
const address = { hash: '', pathname: '/designer/', search: '?x=1' };
const replaceState = vi.fn((_state: unknown, _unused: string, url: string) => {
  address.hash = url.includes('#') ? url.slice(url.indexOf('#')) : '';
});
let repo: DesignRepository;
let lab: StoredDesign;

beforeAll(async () => {
  for (const [name, value] of Object.entries(IDB_GLOBALS)) vi.stubGlobal(name, value);
  const indexedDB = new IDBFactory();
  vi.stubGlobal('indexedDB', indexedDB);
  vi.stubGlobal('BroadcastChannel', undefined);
  vi.stubGlobal('localStorage', localStorage);
  vi.stubGlobal('addEventListener', page.addEventListener);
  vi.stubGlobal('document', fakeDocument);
  vi.stubGlobal('location', address);
  vi.stubGlobal('history', { replaceState });
  vi.stubGlobal('navigator', {});
  const opened = await openDesignRepository(indexedDB);
  if (!opened.ok) throw new Error(opened.problem.message);
  repo = opened.repository;
  lab = await repo.create({ title: 'Lab', document: designDocument('Lab') });
  await repo.setLastOpened(lab.id);
});
afterAll(async () => {
  await flushSave();
  vi.unstubAllGlobals();
});

describe('the page’s session', () => {
  it('starts once, however often it is started, and opens the last design', async () => {
    expect(startSession()).toBe(startSession());
    await startSession();
    expect(useDesignStore.getState()).toMatchObject({ designId: lab.id, design: { title: 'Lab' } });
    expect(useStorageStore.getState()).toMatchObject({ status: 'ready', save: 'saved' });
  });

  it('writes the recovery slot on pagehide, at once, and crosses out the opening marker', async () => {
    localStorage.setItem(OPENING_KEY, lab.id);
    renameOpenDesign('Renamed just before closing');
    page.fire('pagehide');
    expect(readRecoverySlot(lab.id)?.title).toBe('Renamed just before closing');
    expect(localStorage.getItem(OPENING_KEY)).toBeNull();
    await flushSave();
    expect(await repo.get(lab.id)).toMatchObject({ title: 'Renamed just before closing' });
  });

  it('has the browser ask on beforeunload only while there is work to lose', async () => {
    const leave = () => {
      const event = beforeUnloadEvent();
      page.fire('beforeunload', event);
      return event.prevented;
    };
    renameOpenDesign('Edited');
    expect(hasUnsavedWork()).toBe(true);
    expect(leave()).toBe(true);
    await flushSave();
    expect(leave()).toBe(false);
  });

  it('saves when the page is hidden', async () => {
    renameOpenDesign('Edited, then hidden');
    fakeDocument.visibilityState = 'hidden';
    documentEvents.fire('visibilitychange');
    fakeDocument.visibilityState = 'visible';
    await vi.waitFor(async () => expect((await repo.get(lab.id))?.title).toBe('Edited, then hidden'));
  });

  it('opens a share link that arrives in the address, and saves a copy of it', async () => {
    const loaded = loadDesign(designDocument('Shared'));
    if (!loaded.ok) throw new Error('bad fixture');
    address.hash = await shareFragment(loaded.design);
    page.fire('hashchange');
    await vi.waitFor(() => expect(useDesignStore.getState()).toMatchObject({ readOnly: true, designId: null }));

    await saveSharedCopy();
    expect(useDesignStore.getState()).toMatchObject({ readOnly: false, design: { title: 'Shared' } });
    expect(toast.success).toHaveBeenLastCalledWith('Saved a copy to your designs; you can edit it now.');
    expect(replaceState).toHaveBeenCalledWith(null, '', '/designer/?x=1');
    expect(address.hash).toBe('');
  });

  it('is the session the screen’s calls reach', async () => {
    await createFromTemplate('empty');
    const created = useDesignStore.getState().designId;
    expect((await repo.get(String(created)))?.title).toBe('Untitled design');

    const loaded = loadDesign(designDocument('Imported'));
    if (!loaded.ok) throw new Error('bad fixture');
    expect(await openAsNew(loaded.design, 'Opened “imported.json” as a new design')).toBe(true);
    expect(toast.success).toHaveBeenLastCalledWith('Opened “imported.json” as a new design');
    expect((await repo.list()).map((d) => d.title)).toContain('Imported');
  });
});
