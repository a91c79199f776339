/// <reference lib="dom" />
// The node test project has no DOM lib, but the session is typed against the browser's page APIs.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  IDBCursor,
  IDBDatabase,
  IDBFactory,
  IDBIndex,
  IDBObjectStore,
  IDBRequest,
  IDBTransaction,
} from 'fake-indexeddb';
import type * as Repository from './design-repository.ts';
import { beforeUnloadEvent, ListenerRegistry, MemoryStorage } from './testing/browser-stubs.ts';

// The session as an unlucky person meets it: a page closed right after an edit, storage that is
// full or missing, a double click, a design that froze the tab. Every test gets fresh modules (the
// session keeps its state in module scope) and a fresh browser: IndexedDB, localStorage, listeners.

const toast = vi.hoisted(() =>
  Object.assign(vi.fn(), { success: vi.fn(), warning: vi.fn(), error: vi.fn(), info: vi.fn() }),
);
vi.mock('sonner', () => ({ toast }));

/** Flip to make the repository's create throw as a full browser storage does. */
const storageFull = vi.hoisted(() => ({ value: false }));
vi.mock('./design-repository.ts', async (importOriginal) => {
  const original = await importOriginal<typeof Repository>();
  return {
    ...original,
    openDesignRepository: async (...args: Parameters<typeof original.openDesignRepository>) => {
      const opened = await original.openDesignRepository(...args);
      if (!opened.ok) return opened;
      const repository = opened.repository;
      return {
        ok: true,
        repository: {
          ...repository,
          create: (input: Parameters<typeof repository.create>[0]) => {
            if (storageFull.value)
              return Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
            return repository.create(input);
          },
        },
      };
    },
  };
});

let localStorage: MemoryStorage;
let page: ListenerRegistry;
let documentEvents: ListenerRegistry;
let replaceState: ReturnType<typeof vi.fn>;

beforeEach(() => {
  vi.resetModules();
  vi.clearAllMocks();
  storageFull.value = false;
  const classes = { IDBCursor, IDBDatabase, IDBIndex, IDBObjectStore, IDBRequest, IDBTransaction };
  for (const [name, value] of Object.entries(classes)) vi.stubGlobal(name, value);
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.stubGlobal('BroadcastChannel', undefined); // tabs are not under test here
  localStorage = new MemoryStorage();
  vi.stubGlobal('localStorage', localStorage);
  page = new ListenerRegistry();
  vi.stubGlobal('addEventListener', page.addEventListener);
  documentEvents = new ListenerRegistry();
  vi.stubGlobal('document', { visibilityState: 'visible', addEventListener: documentEvents.addEventListener });
  vi.stubGlobal('location', { hash: '', pathname: '/', search: '' });
  replaceState = vi.fn();
  vi.stubGlobal('history', { replaceState });
  vi.stubGlobal('navigator', {});
});
afterEach(async () => {
  // Saves still under way (autosave timers, a pagehide flush) must finish before the globals go.
  const session = await import('./session.ts');
  session.useStorageStore.setState({ conflict: null });
  await session.flushSave();
  await new Promise((resolve) => setTimeout(resolve, 30));
  vi.unstubAllGlobals();
});

const doc = (title: string, extra: Record<string, unknown> = {}) => ({
  format: 'fastpath-design',
  version: 1,
  title,
  rulesAsOf: 'latest',
  nodes: [],
  edges: [],
  ...extra,
});
const site = {
  id: 'site',
  kind: 'onPremises',
  name: 'Site',
  position: { x: 10, y: 20 },
  props: { prefixes: ['10.1.0.0/16'] },
};

/** Fresh modules, and a repository on the same IndexedDB the session will open, to seed and inspect. */
async function fresh() {
  const session = await import('./session.ts');
  const { useDesignStore } = await import('../store/design-store.ts');
  const { useUiStore } = await import('../store/ui-store.ts');
  const { useConfirmStore, answerConfirm } = await import('../store/confirm-store.ts');
  const { runCommand, undoChange } = await import('../commands/editor.ts');
  const { updateDesign } = await import('../commands/update-design.ts');
  const { openDesignRepository } = await import('./design-repository.ts');
  const { readRecoverySlot, writeRecoverySlot } = await import('./recovery.ts');
  const opened = await openDesignRepository(indexedDB);
  if (!opened.ok) throw new Error(opened.problem.message);
  const rename = (title: string) => runCommand(updateDesign, { title });
  return {
    ...session,
    useDesignStore,
    useUiStore,
    useConfirmStore,
    answerConfirm,
    undoChange,
    rename,
    readRecoverySlot,
    writeRecoverySlot,
    repo: opened.repository,
  };
}

/** The seeded design is the one start-up reopens. */
async function seed(app: Awaited<ReturnType<typeof fresh>>, title = 'Lab') {
  const stored = await app.repo.create({ title, document: doc(title) });
  await app.repo.setLastOpened(stored.id);
  return stored;
}

const microtask = () => new Promise<void>((resolve) => queueMicrotask(resolve));
const lastCall = (mock: ReturnType<typeof vi.fn>) => String(mock.mock.calls.at(-1)?.[0] ?? '');

describe('recovery slot', () => {
  it('holds unsaved edits synchronously and goes once the design is saved', async () => {
    const app = await fresh();
    const lab = await seed(app);
    await app.startSession();
    expect(app.readRecoverySlot(lab.id)).toBeNull();

    app.rename('Lab, edited');
    await microtask();
    expect(app.readRecoverySlot(lab.id)).toMatchObject({
      designId: lab.id,
      baseVersion: 1,
      title: 'Lab, edited',
      document: { title: 'Lab, edited' },
    });

    await app.flushSave();
    expect(app.useStorageStore.getState().save).toBe('saved');
    expect(app.readRecoverySlot(lab.id)).toBeNull();
    expect((await app.repo.get(lab.id))?.document).toMatchObject({ title: 'Lab, edited' });
  });

  it('is written on pagehide, before the edit’s own write has had a chance to run', async () => {
    const app = await fresh();
    const lab = await seed(app);
    await app.startSession();
    app.rename('Renamed just before closing');
    // No microtask has run: the edit's own write has not happened yet.
    page.fire('pagehide');
    expect(app.readRecoverySlot(lab.id)?.title).toBe('Renamed just before closing');
  });

  it('restores unsaved edits at start as one undoable change, and says so', async () => {
    const app = await fresh();
    const lab = await seed(app);
    app.writeRecoverySlot({
      designId: lab.id,
      baseVersion: 1,
      savedAt: Date.now() + 1_000,
      title: 'Lab',
      document: doc('Lab', { nodes: [site] }),
    });

    await app.startSession();
    const state = app.useDesignStore.getState();
    expect(state.designId).toBe(lab.id);
    expect(state.design?.nodes.map((n) => n.id)).toEqual(['site']);
    expect(state.history.past).toHaveLength(1);
    expect(toast.info).toHaveBeenCalledTimes(1);
    expect(lastCall(toast.info)).toMatch(
      /^Recovered changes to “Lab” that were not saved when the page closed \(.+\)\.$/,
    );
    expect(app.hasUnsavedWork()).toBe(true);

    expect(app.undoChange()).toBe(true);
    expect(app.useDesignStore.getState().design?.nodes).toEqual([]);
  });

  it('saves the restored edits like any edit, and then drops the slot', async () => {
    const app = await fresh();
    const lab = await seed(app);
    app.writeRecoverySlot({
      designId: lab.id,
      baseVersion: 1,
      savedAt: Date.now() + 1_000,
      title: 'Lab',
      document: doc('Lab', { nodes: [site] }),
    });
    await app.startSession();
    await app.flushSave();
    expect(await app.repo.get(lab.id)).toMatchObject({ version: 2, document: { nodes: [{ id: 'site' }] } });
    expect(app.readRecoverySlot(lab.id)).toBeNull();
  });

  it('keeps edits made on a version another tab has since replaced as a new “(recovered)” design', async () => {
    const app = await fresh();
    const lab = await seed(app);
    await app.repo.save(lab.id, { title: 'Lab', document: doc('Lab', { rulesAsOf: '2024-06' }) }, 1);
    app.writeRecoverySlot({
      designId: lab.id,
      baseVersion: 1,
      savedAt: Date.now() + 60_000,
      title: 'Lab',
      document: doc('Lab', { nodes: [site] }),
    });

    await app.startSession();
    const state = app.useDesignStore.getState();
    expect(state.design?.title).toBe('Lab (recovered)');
    expect(state.designId).not.toBe(lab.id);
    expect((await app.repo.list()).map((d) => d.title).sort()).toEqual(['Lab', 'Lab (recovered)']);
    expect(await app.repo.get(lab.id)).toMatchObject({ version: 2, document: { nodes: [] } });
    expect(app.readRecoverySlot(lab.id)).toBeNull();
    expect(lastCall(toast.info)).toContain('“Lab (recovered)”');
  });

  it('drops a slot older than the stored record', async () => {
    const app = await fresh();
    const lab = await seed(app);
    await app.repo.save(lab.id, { title: 'Lab', document: doc('Lab') }, 1);
    app.writeRecoverySlot({
      designId: lab.id,
      baseVersion: 1,
      savedAt: 1,
      title: 'Lab',
      document: doc('Lab', { nodes: [site] }),
    });

    await app.startSession();
    expect(app.useDesignStore.getState().design?.nodes).toEqual([]);
    expect(toast.info).not.toHaveBeenCalled();
    expect(app.readRecoverySlot(lab.id)).toBeNull();
  });

  it('leaves editing and saving working when localStorage is full', async () => {
    const app = await fresh();
    const lab = await seed(app);
    app.writeRecoverySlot({ designId: 'another', baseVersion: 1, savedAt: 1, title: 'Other', document: doc('Other') });
    await app.startSession();
    localStorage.failWrites = true;

    expect(() => app.rename('Edited with no room')).not.toThrow();
    await microtask();
    page.fire('pagehide');
    expect(app.useDesignStore.getState().design?.title).toBe('Edited with no room');
    await app.flushSave();
    expect((await app.repo.get(lab.id))?.title).toBe('Edited with no room');
  });
});

describe('leaving the page', () => {
  it('asks while a change is unsaved or refused, and not once it is saved', async () => {
    const app = await fresh();
    await seed(app);
    await app.startSession();
    const leave = () => {
      const event = beforeUnloadEvent();
      page.fire('beforeunload', event);
      return event.prevented;
    };
    expect(leave()).toBe(false);

    app.rename('Edited');
    expect(app.useStorageStore.getState().save).toBe('pending');
    expect(leave()).toBe(true);

    await app.flushSave();
    expect(leave()).toBe(false);

    app.useStorageStore.setState({ save: 'failed', problem: 'Browser storage is full.' });
    expect(leave()).toBe(true);
  });

  it('asks while another tab’s change holds this tab’s edits back', async () => {
    const app = await fresh();
    await seed(app);
    await app.startSession();
    app.useStorageStore.setState({ conflict: { kind: 'changed' } });
    const event = beforeUnloadEvent();
    app.warnBeforeLeaving(event as unknown as BeforeUnloadEvent);
    expect(event.prevented).toBe(false); // nothing edited here: nothing to lose

    app.rename('Edited in a conflict');
    app.warnBeforeLeaving(event as unknown as BeforeUnloadEvent);
    expect(event.prevented).toBe(true);
  });

  it('does not ask for a read-only shared design', async () => {
    const app = await fresh();
    await seed(app);
    await app.startSession();
    const design = app.useDesignStore.getState().design;
    if (!design) throw new Error('no design');
    app.useDesignStore.getState().open(design, null, true);
    app.useStorageStore.setState({ save: 'pending' });
    expect(app.hasUnsavedWork()).toBe(false);
  });

  it('asks for edits when storage is unavailable, since nothing is kept', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const session = await import('./session.ts');
    const { runCommand } = await import('../commands/editor.ts');
    const { updateDesign } = await import('../commands/update-design.ts');
    await session.startSession();
    expect(session.useStorageStore.getState().status).toBe('unavailable');
    expect(session.hasUnsavedWork()).toBe(false);
    runCommand(updateDesign, { title: 'Only in this tab' });
    expect(session.hasUnsavedWork()).toBe(true);
  });
});

describe('a save that failed', () => {
  it('asks before another design replaces the edits it could not store, and cancelling keeps them', async () => {
    const app = await fresh();
    const other = await app.repo.create({ title: 'Other', document: doc('Other') });
    const lab = await seed(app);
    await app.startSession();
    app.rename('Lab, not stored');
    app.useStorageStore.setState({ save: 'failed', problem: 'Browser storage is full' });

    const opening = app.openStoredDesign(other.id);
    await vi.waitFor(() => expect(app.useConfirmStore.getState().current).not.toBeNull());
    const question = app.useConfirmStore.getState().current;
    expect(question?.title).toBe('Unsaved changes in this tab');
    expect(question?.message).toContain('“Lab, not stored”');
    app.answerConfirm('cancel');
    expect(await opening).toBe(false);
    expect(app.useDesignStore.getState()).toMatchObject({ designId: lab.id, design: { title: 'Lab, not stored' } });
    app.useStorageStore.setState({ save: 'saved', problem: null });
  });
});

describe('another tab changed the open design', () => {
  it('asks before opening another design over unsaved edits, and cancelling keeps them', async () => {
    const app = await fresh();
    const other = await app.repo.create({ title: 'Other', document: doc('Other') });
    const lab = await seed(app);
    await app.startSession();
    app.rename('Lab, mine');
    app.useStorageStore.setState({ conflict: { kind: 'changed' } });

    const opening = app.openStoredDesign(other.id);
    await vi.waitFor(() => expect(app.useConfirmStore.getState().current).not.toBeNull());
    const question = app.useConfirmStore.getState().current;
    expect(question?.title).toBe('Unsaved changes in this tab');
    expect(question?.message).toContain('“Lab, mine”');
    expect(question?.actions.map((a) => a.label)).toEqual(['Discard them', 'Keep them as a new design', 'Cancel']);
    expect(question?.safe).toBe('cancel');

    app.answerConfirm('cancel');
    expect(await opening).toBe(false);
    expect(app.useDesignStore.getState()).toMatchObject({ designId: lab.id, design: { title: 'Lab, mine' } });
  });

  it('keeps the edits as a new design before opening another, when asked to', async () => {
    const app = await fresh();
    const other = await app.repo.create({ title: 'Other', document: doc('Other') });
    await seed(app);
    await app.startSession();
    app.rename('Lab, mine');
    app.useStorageStore.setState({ conflict: { kind: 'changed' } });

    const opening = app.openStoredDesign(other.id);
    await vi.waitFor(() => expect(app.useConfirmStore.getState().current).not.toBeNull());
    app.answerConfirm('keep');
    expect(await opening).toBe(true);
    expect(app.useDesignStore.getState().designId).toBe(other.id);
    expect((await app.repo.list()).map((d) => d.title).sort()).toEqual(['Lab', 'Lab, mine (this tab)', 'Other']);
  });
});

describe('save a copy of a shared design', () => {
  it('stores one copy for two clicks, and the copy is editable', async () => {
    const app = await fresh();
    await seed(app);
    await app.startSession();
    const shared = app.useDesignStore.getState().design;
    if (!shared) throw new Error('no design');
    app.useDesignStore.getState().open({ ...shared, title: 'Shared' }, null, true);

    const first = app.saveSharedCopy();
    const second = app.saveSharedCopy();
    expect(second).toBe(first);
    await Promise.all([first, second]);
    await app.saveSharedCopy(); // after the fact: no longer read-only, so nothing to do

    expect((await app.repo.list()).filter((d) => d.title === 'Shared')).toHaveLength(1);
    expect(app.useDesignStore.getState().readOnly).toBe(false);
    expect(toast.success).toHaveBeenCalledTimes(1);
    expect(lastCall(toast.success)).toMatch(/^Saved a copy/);
    expect(replaceState).toHaveBeenCalledTimes(1);
  });

  it('never says “Saved” when storage is unavailable', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const session = await import('./session.ts');
    const { useDesignStore } = await import('../store/design-store.ts');
    await session.startSession();
    const design = useDesignStore.getState().design;
    if (!design) throw new Error('no design');
    useDesignStore.getState().open({ ...design, title: 'Shared' }, null, true);

    await session.saveSharedCopy();
    expect(toast.success).not.toHaveBeenCalled();
    expect(toast.warning).toHaveBeenCalledTimes(1);
    expect(lastCall(toast.warning)).toMatch(
      /^Opened an editable copy of “Shared” in this tab, but it could not be saved in this browser: .+ Export it to keep it\.$/,
    );
    expect(useDesignStore.getState().readOnly).toBe(false);
    // The link still opens the original: nothing else holds it.
    expect(replaceState).not.toHaveBeenCalled();
  });
});

describe('a new design when storage is full', () => {
  it('is reported as opened but not saved', async () => {
    const app = await fresh();
    await seed(app);
    await app.startSession();
    storageFull.value = true;
    const { openAsNew } = await import('./design-files.ts');
    const { loadDesign } = await import('../../engine/index.ts');
    const loaded = loadDesign(doc('Imported'));
    if (!loaded.ok) throw new Error('bad fixture');

    expect(await openAsNew(loaded.design, 'Opened “imported.json” as a new design')).toBe(true);
    expect(toast.success).not.toHaveBeenCalled();
    expect(lastCall(toast.warning)).toMatch(
      /^Opened “imported\.json” as a new design, but it could not be saved in this browser: Browser storage is full/,
    );
    expect(lastCall(toast.warning)).toContain('could not be saved');
    expect(app.useStorageStore.getState()).toMatchObject({ save: 'failed' });
    expect(app.useDesignStore.getState()).toMatchObject({ designId: null, design: { title: 'Imported' } });
    expect(app.hasUnsavedWork()).toBe(true);
  });

  it('says so through createDesign’s result', async () => {
    const app = await fresh();
    await seed(app);
    await app.startSession();
    storageFull.value = true;
    const result = await app.createDesign(doc('New'));
    expect(result).toMatchObject({ opened: true, stored: false });
    expect(result.problem).toMatch(/quota exceeded/);
  });
});

describe('a design that did not finish opening', () => {
  it('is not reopened at start without asking', async () => {
    const app = await fresh();
    const lab = await seed(app, 'Heavy lab');
    localStorage.setItem('fastpath-designer:opening', lab.id);

    const starting = app.startSession();
    await vi.waitFor(() => expect(app.useConfirmStore.getState().current).not.toBeNull());
    expect(app.useDesignStore.getState().design).toBeNull();
    const question = app.useConfirmStore.getState().current;
    expect(question?.message).toBe('“Heavy lab” did not finish opening last time (the tab may have frozen or closed).');
    expect(question?.actions.map((a) => a.label)).toEqual([
      'Open it anyway',
      'Open the designs list',
      'Start a new empty design',
    ]);

    app.answerConfirm('list');
    await starting;
    expect(app.useDesignStore.getState().design).toBeNull();
    expect(app.useUiStore.getState().dialog).toBe('designs');
  });

  it('opens it when asked to, and crosses the marker out once it has been drawn', async () => {
    const app = await fresh();
    const lab = await seed(app, 'Heavy lab');
    localStorage.setItem('fastpath-designer:opening', lab.id);

    const starting = app.startSession();
    await vi.waitFor(() => expect(app.useConfirmStore.getState().current).not.toBeNull());
    app.answerConfirm('open');
    await starting;
    expect(app.useDesignStore.getState().designId).toBe(lab.id);
    await vi.waitFor(() => expect(localStorage.getItem('fastpath-designer:opening')).toBeNull());
  });

  it('starts a new empty design instead, when asked to', async () => {
    const app = await fresh();
    const lab = await seed(app, 'Heavy lab');
    localStorage.setItem('fastpath-designer:opening', lab.id);

    const starting = app.startSession();
    await vi.waitFor(() => expect(app.useConfirmStore.getState().current).not.toBeNull());
    app.answerConfirm('empty');
    await starting;
    expect(app.useDesignStore.getState().designId).not.toBe(lab.id);
    expect(app.useDesignStore.getState().design?.nodes).toEqual([]);
  });

  it('does not ask when the marker names another design', async () => {
    const app = await fresh();
    const lab = await seed(app);
    localStorage.setItem('fastpath-designer:opening', 'some-other-design');
    await app.startSession();
    expect(app.useConfirmStore.getState().current).toBeNull();
    expect(app.useDesignStore.getState().designId).toBe(lab.id);
  });
});

describe('persistent storage', () => {
  it('is requested once, after the first save of the person’s own work, and a refusal is kept', async () => {
    const storage = { persisted: vi.fn(async () => false), persist: vi.fn(async () => false) };
    vi.stubGlobal('navigator', { storage });
    const app = await fresh();
    await seed(app);
    await app.startSession();
    expect(storage.persist).not.toHaveBeenCalled();
    expect(app.useStorageStore.getState().persistent).toBeNull();

    app.rename('First edit');
    await app.flushSave();
    await vi.waitFor(() => expect(app.useStorageStore.getState().persistent).toBe(false));
    app.rename('Second edit');
    await app.flushSave();
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('is not requested when the browser already keeps storage', async () => {
    const storage = { persisted: vi.fn(async () => true), persist: vi.fn(async () => true) };
    vi.stubGlobal('navigator', { storage });
    const app = await fresh();
    await seed(app);
    await app.startSession();
    app.rename('Edit');
    await app.flushSave();
    await vi.waitFor(() => expect(app.useStorageStore.getState().persistent).toBe(true));
    expect(storage.persist).not.toHaveBeenCalled();
  });
});
