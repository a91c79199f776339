/// <reference lib="dom" />
// The node test project has no DOM lib, but the session is typed against the browser's page APIs.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDesign } from '../../engine/index.ts';
import { EMPTY_SELECTION } from '../commands/types.ts';
import { shareFragment } from '../io/share-link.ts';
import { useDesignStore } from '../store/design-store.ts';
import { AUTOSAVE_DELAY_MS } from './autosave.ts';
import { readRecoverySlot, writeRecoverySlot } from './recovery.ts';
import type { MemoryStorage } from './testing/browser-stubs.ts';
import { beforeUnloadEvent } from './testing/browser-stubs.ts';
import {
  answerQuestion,
  designDocument,
  endTestBrowser,
  microtask,
  nextQuestion,
  renameOpenDesign,
  SITE,
  stubTestBrowser,
  testSession,
} from './testing/session-harness.ts';

// Autosave as an unlucky person meets it: a burst of edits, a page closed right after an edit,
// storage that is full or missing, a design that is not theirs to change.

let localStorage: MemoryStorage;
beforeEach(() => {
  localStorage = stubTestBrowser();
});
afterEach(async () => {
  vi.useRealTimers();
  await endTestBrowser();
});

describe('autosave', () => {
  it('writes once, AUTOSAVE_DELAY_MS after the last of a burst of edits', async () => {
    const t = await testSession();
    const lab = await t.seed('Lab');
    await t.session.start();
    // IndexedDB (fake-indexeddb) runs on setImmediate, so only the autosave timer is faked.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    for (const title of ['L', 'La', 'Lab 2']) {
      renameOpenDesign(title);
      vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
    }
    expect(t.storage.getState().save).toBe('pending');
    expect(t.writes.saves).toBe(0);
    vi.advanceTimersByTime(1);
    expect(t.writes.saves).toBe(1);
    vi.useRealTimers();

    await vi.waitFor(() => expect(t.storage.getState().save).toBe('saved'));
    expect(await t.repo.get(lab.id)).toMatchObject({ version: 2, title: 'Lab 2', document: { title: 'Lab 2' } });
    expect(t.writes.saves).toBe(1);
  });

  it('writes nothing for a read-only shared design, not even a recovery slot', async () => {
    const loaded = loadDesign(designDocument('Shared', { nodes: [SITE] }));
    if (!loaded.ok) throw new Error('bad fixture');
    const t = await testSession({ hash: await shareFragment(loaded.design) });
    await t.session.start();
    expect(useDesignStore.getState()).toMatchObject({ readOnly: true, designId: null });

    renameOpenDesign('Changed'); // refused: the editor does not change a read-only design
    const { design } = useDesignStore.getState();
    if (!design) throw new Error('no design');
    // Even a change that reached the store is not the session's to keep.
    useDesignStore.getState().commit({ ...design, title: 'Forced' }, { design, selection: EMPTY_SELECTION });
    await microtask();
    t.session.leavePage();
    await t.session.flushSave();

    expect(t.writes).toEqual({ creates: 0, saves: 0 });
    expect(await t.repo.list()).toEqual([]);
    expect(localStorage.length).toBe(0);
    expect(t.storage.getState().save).toBe('off');
    expect(t.session.hasUnsavedWork()).toBe(false);
  });

  it('keeps the edits and says why when a save fails', async () => {
    const t = await testSession();
    const lab = await t.seed('Lab');
    await t.session.start();
    t.fail.saves = true;
    renameOpenDesign('Lab, not stored');
    await t.session.flushSave();
    expect(t.storage.getState()).toMatchObject({ save: 'failed', problem: expect.stringMatching(/quota exceeded/) });
    expect(await t.repo.get(lab.id)).toMatchObject({ version: 1, title: 'Lab' });
    expect(readRecoverySlot(lab.id)?.title).toBe('Lab, not stored');
    expect(t.session.hasUnsavedWork()).toBe(true);
  });

  it('asks before another design replaces the edits a failed save could not store, and cancelling keeps them', async () => {
    const t = await testSession();
    const other = await t.repo.create({ title: 'Other', document: designDocument('Other') });
    const lab = await t.seed('Lab');
    await t.session.start();
    t.fail.saves = true;
    renameOpenDesign('Lab, not stored');
    await t.session.flushSave();

    const opening = t.session.openStoredDesign(other.id);
    const question = await nextQuestion();
    expect(question.title).toBe('Unsaved changes in this tab');
    expect(question.message).toContain('“Lab, not stored”');
    expect(question.actions.map((a) => a.id)).toEqual(['discard', 'cancel']);
    answerQuestion('cancel');
    expect(await opening).toBe(false);
    expect(useDesignStore.getState()).toMatchObject({ designId: lab.id, design: { title: 'Lab, not stored' } });
  });
});

describe('recovery slot', () => {
  it('holds unsaved edits synchronously and goes once the design is saved', async () => {
    const t = await testSession();
    const lab = await t.seed('Lab');
    await t.session.start();
    expect(readRecoverySlot(lab.id)).toBeNull();

    renameOpenDesign('Lab, edited');
    await microtask();
    expect(readRecoverySlot(lab.id)).toMatchObject({
      designId: lab.id,
      baseVersion: 1,
      title: 'Lab, edited',
      document: { title: 'Lab, edited' },
    });

    await t.session.flushSave();
    expect(t.storage.getState().save).toBe('saved');
    expect(readRecoverySlot(lab.id)).toBeNull();
    expect((await t.repo.get(lab.id))?.document).toMatchObject({ title: 'Lab, edited' });
  });

  it('is written on leaving the page, before the edit’s own write has had a chance to run', async () => {
    const t = await testSession();
    const lab = await t.seed('Lab');
    await t.session.start();
    renameOpenDesign('Renamed just before closing');
    // No microtask has run: the edit's own write has not happened yet.
    t.session.leavePage();
    expect(readRecoverySlot(lab.id)).toMatchObject({
      title: 'Renamed just before closing',
      savedAt: expect.any(Number),
    });
  });

  it('leaves editing and saving working when localStorage is full', async () => {
    const t = await testSession();
    const lab = await t.seed('Lab');
    writeRecoverySlot({
      designId: 'another',
      baseVersion: 1,
      savedAt: 1,
      title: 'Other',
      document: designDocument('Other'),
    });
    await t.session.start();
    localStorage.failWrites = true;

    expect(() => renameOpenDesign('Edited with no room')).not.toThrow();
    await microtask();
    t.session.leavePage();
    expect(useDesignStore.getState().design?.title).toBe('Edited with no room');
    await t.session.flushSave();
    expect((await t.repo.get(lab.id))?.title).toBe('Edited with no room');
  });
});

describe('leaving the page', () => {
  it('asks while a change is unsaved or refused, and not once it is saved', async () => {
    const t = await testSession();
    await t.seed('Lab');
    await t.session.start();
    const leave = () => {
      const event = beforeUnloadEvent();
      t.session.warnBeforeLeaving(event);
      return event.prevented && event.returnValue === true;
    };
    expect(leave()).toBe(false);

    renameOpenDesign('Edited');
    expect(t.storage.getState().save).toBe('pending');
    expect(leave()).toBe(true);

    await t.session.flushSave();
    expect(leave()).toBe(false);

    t.fail.saves = true;
    renameOpenDesign('Edited again');
    await t.session.flushSave();
    expect(t.storage.getState().save).toBe('failed');
    expect(leave()).toBe(true);
  });

  it('asks while another tab’s change holds this tab’s edits back', async () => {
    const t = await testSession();
    const lab = await t.seed('Lab');
    await t.session.start();
    await t.otherTabSaves(lab.id, designDocument('Lab, theirs'));
    expect(t.storage.getState().conflict).toEqual({ kind: 'changed' });
    expect(t.session.hasUnsavedWork()).toBe(false); // nothing edited here: nothing to lose

    renameOpenDesign('Edited in a conflict');
    await t.session.flushSave();
    expect(t.session.hasUnsavedWork()).toBe(true);
  });

  it('does not ask for a read-only shared design', async () => {
    const t = await testSession();
    await t.seed('Lab');
    await t.session.start();
    const design = useDesignStore.getState().design;
    if (!design) throw new Error('no design');
    useDesignStore.getState().open(design, null, true);
    t.storage.setState({ save: 'pending' });
    expect(t.session.hasUnsavedWork()).toBe(false);
  });

  it('asks for edits when storage is unavailable, since nothing is kept', async () => {
    const t = await testSession({ storage: 'unavailable' });
    await t.session.start();
    expect(t.session.hasUnsavedWork()).toBe(false);
    renameOpenDesign('Only in this tab');
    expect(t.session.hasUnsavedWork()).toBe(true);
  });
});

describe('persistent storage', () => {
  it('is requested once, after the first save of the person’s own work, and a refusal is kept', async () => {
    const t = await testSession({ persistent: { persisted: false, granted: false } });
    await t.seed('Lab');
    await t.session.start();
    expect(t.persistRequests()).toBe(0);
    expect(t.storage.getState().persistent).toBeNull();

    renameOpenDesign('First edit');
    await t.session.flushSave();
    await vi.waitFor(() => expect(t.storage.getState().persistent).toBe(false));
    renameOpenDesign('Second edit');
    await t.session.flushSave();
    expect(t.persistRequests()).toBe(1);
  });

  it('is shown as kept from the start when the browser already keeps storage', async () => {
    const t = await testSession({ persistent: { persisted: true, granted: true } });
    await t.seed('Lab');
    await t.session.start();
    await vi.waitFor(() => expect(t.storage.getState().persistent).toBe(true));
  });
});
