/// <reference lib="dom" />
// The node test project has no DOM lib, but the session is typed against the browser's page APIs.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDesignStore } from '../store/design-store.ts';
import { readRecoverySlot } from './recovery.ts';
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

// Two tabs on one design. The other tab is a second connection to the same database plus the other
// end of an in-memory channel: it saves or deletes, then says so, as a real tab's session does.

beforeEach(() => void stubTestBrowser());
afterEach(endTestBrowser);

/** A session with "Lab" open and edited here, not yet saved. */
async function editedLab() {
  const t = await testSession();
  const lab = await t.seed('Lab');
  await t.session.start();
  renameOpenDesign('Lab, mine');
  await microtask();
  expect(readRecoverySlot(lab.id)?.title).toBe('Lab, mine');
  return { t, lab };
}

describe('another tab saved the open design', () => {
  it('pauses autosave here, so neither tab overwrites the other', async () => {
    const { t, lab } = await editedLab();
    await t.otherTabSaves(lab.id, designDocument('Lab, theirs'));
    expect(t.storage.getState().conflict).toEqual({ kind: 'changed' });

    await t.session.flushSave();
    expect(t.writes.saves).toBe(0);
    expect(await t.repo.get(lab.id)).toMatchObject({ version: 2, title: 'Lab, theirs' });
    expect(t.storage.getState().save).toBe('pending');
  });

  it('is not a conflict when the notice is about an older version, or another design', async () => {
    const t = await testSession();
    const lab = await t.seed('Lab');
    await t.session.start();
    t.otherTab.announce({ type: 'saved', designId: lab.id, version: 1, tabId: 'other-tab' });
    const other = await t.repo.create({ title: 'Other', document: designDocument('Other') });
    t.otherTab.announce({ type: 'saved', designId: other.id, version: 1, tabId: 'other-tab' });
    expect(t.storage.getState().conflict).toBeNull();
    // A notice about another design refreshes the list instead.
    await vi.waitFor(() => expect(t.storage.getState().designs.map((d) => d.title)).toEqual(['Other', 'Lab']));
  });

  it('is found by the save itself when no notice came', async () => {
    const { t, lab } = await editedLab();
    await t.repo.save(lab.id, { title: 'Lab, theirs', document: designDocument('Lab, theirs') }, 1);
    await t.session.flushSave();
    expect(t.storage.getState()).toMatchObject({ conflict: { kind: 'changed' }, save: 'pending' });
    expect(await t.repo.get(lab.id)).toMatchObject({ version: 2, title: 'Lab, theirs' });
  });

  it('keep mine: stores this tab’s version as “(this tab)” and leaves the other tab’s version untouched', async () => {
    const { t, lab } = await editedLab();
    await t.otherTabSaves(lab.id, designDocument('Lab, theirs', { nodes: [SITE] }));
    await t.session.keepMineAsCopy();

    const { designId, design } = useDesignStore.getState();
    expect(designId).not.toBe(lab.id);
    expect(design?.title).toBe('Lab, mine (this tab)');
    expect(t.storage.getState()).toMatchObject({ conflict: null, save: 'saved' });
    expect(await t.repo.get(String(designId))).toMatchObject({
      version: 1,
      title: 'Lab, mine (this tab)',
      document: { title: 'Lab, mine (this tab)', nodes: [] },
    });
    expect(await t.repo.get(lab.id)).toMatchObject({
      version: 2,
      title: 'Lab, theirs',
      document: designDocument('Lab, theirs', { nodes: [SITE] }),
    });
    expect((await t.repo.list()).map((d) => d.title).sort()).toEqual(['Lab, mine (this tab)', 'Lab, theirs']);
    expect(readRecoverySlot(lab.id)).toBeNull();
    expect(t.notices).toEqual([{ kind: 'success', message: 'Kept this tab’s version as “Lab, mine (this tab)”.' }]);
  });

  it('keep mine, with storage full: opens it here, says it is not saved, and keeps the slot', async () => {
    const { t, lab } = await editedLab();
    await t.otherTabSaves(lab.id, designDocument('Lab, theirs'));
    t.fail.creates = true;
    await t.session.keepMineAsCopy();

    expect(useDesignStore.getState()).toMatchObject({ designId: null, design: { title: 'Lab, mine (this tab)' } });
    expect(t.notices.map((n) => n.kind)).toEqual(['warning']);
    expect(t.notices[0]?.message).toMatch(
      /^Opened “Lab, mine \(this tab\)”, but it could not be saved in this browser: Browser storage is full/,
    );
    expect(readRecoverySlot(lab.id)?.title).toBe('Lab, mine');
    expect(await t.repo.get(lab.id)).toMatchObject({ version: 2, title: 'Lab, theirs' });
  });

  it('reload: opens the other tab’s version and drops this tab’s recovery slot', async () => {
    const { t, lab } = await editedLab();
    await t.otherTabSaves(lab.id, designDocument('Lab, theirs', { nodes: [SITE] }));
    await t.session.reloadFromStorage();

    const state = useDesignStore.getState();
    expect(state).toMatchObject({ designId: lab.id, design: { title: 'Lab, theirs', nodes: [{ id: 'site' }] } });
    expect(state.history.past).toEqual([]);
    expect(t.storage.getState()).toMatchObject({ conflict: null, save: 'saved' });
    expect(readRecoverySlot(lab.id)).toBeNull();
    expect(t.notices).toEqual([]);

    // Autosave goes on from the version just read.
    renameOpenDesign('Lab, theirs, then mine');
    await t.session.flushSave();
    expect(await t.repo.get(lab.id)).toMatchObject({ version: 3, title: 'Lab, theirs, then mine' });
  });
});

describe('another tab deleted the open design', () => {
  it('pauses autosave, which does not bring the design back', async () => {
    const { t, lab } = await editedLab();
    await t.otherTabDeletes(lab.id);
    expect(t.storage.getState().conflict).toEqual({ kind: 'deleted' });

    await t.session.flushSave();
    expect(t.writes.saves).toBe(0);
    expect(await t.repo.get(lab.id)).toBeUndefined();
    expect(await t.repo.list()).toEqual([]);
    expect(t.session.hasUnsavedWork()).toBe(true);
  });

  it('is found by the save itself when no notice came, still without bringing it back', async () => {
    const { t, lab } = await editedLab();
    await t.repo.remove(lab.id);
    await t.session.flushSave();
    expect(t.storage.getState()).toMatchObject({ conflict: { kind: 'deleted' }, save: 'pending' });
    expect(await t.repo.list()).toEqual([]);
  });

  it('reload then reports it deleted, and this tab’s edits stay open', async () => {
    const { t, lab } = await editedLab();
    await t.otherTabDeletes(lab.id);
    await t.session.reloadFromStorage();
    expect(t.storage.getState().conflict).toEqual({ kind: 'deleted' });
    expect(useDesignStore.getState()).toMatchObject({ designId: lab.id, design: { title: 'Lab, mine' } });
    expect(await t.repo.list()).toEqual([]);
  });

  it('keep mine stores this tab’s version as a new design', async () => {
    const { t, lab } = await editedLab();
    await t.otherTabDeletes(lab.id);
    await t.session.keepMineAsCopy();
    expect((await t.repo.list()).map((d) => d.title)).toEqual(['Lab, mine (this tab)']);
    expect(useDesignStore.getState().design?.title).toBe('Lab, mine (this tab)');
    expect(t.storage.getState().conflict).toBeNull();
  });
});

describe('opening another design over edits a conflict holds back', () => {
  async function askedToOpenOther() {
    const { t, lab } = await editedLab();
    const other = await t.repo.create({ title: 'Other', document: designDocument('Other') });
    await t.otherTabSaves(lab.id, designDocument('Lab, theirs'));
    const opening = t.session.openStoredDesign(other.id);
    const question = await nextQuestion();
    return { t, lab, other, opening, question };
  }

  it('asks first, and cancelling keeps the edits', async () => {
    const { lab, opening, question } = await askedToOpenOther();
    expect(question.title).toBe('Unsaved changes in this tab');
    expect(question.message).toContain('“Lab, mine”');
    expect(question.message).toContain('it was changed in another tab, so autosave is paused');
    expect(question.actions.map((a) => a.label)).toEqual(['Discard them', 'Keep them as a new design', 'Cancel']);
    expect(question.safe).toBe('cancel');

    answerQuestion('cancel');
    expect(await opening).toBe(false);
    expect(useDesignStore.getState()).toMatchObject({ designId: lab.id, design: { title: 'Lab, mine' } });
  });

  it('keeps the edits as a new design first, when asked to', async () => {
    const { t, other, opening } = await askedToOpenOther();
    answerQuestion('keep');
    expect(await opening).toBe(true);
    expect(useDesignStore.getState().designId).toBe(other.id);
    expect((await t.repo.list()).map((d) => d.title).sort()).toEqual(['Lab, mine (this tab)', 'Lab, theirs', 'Other']);
  });

  it('drops the edits and their recovery slot, when asked to', async () => {
    const { t, lab, other, opening } = await askedToOpenOther();
    answerQuestion('discard');
    expect(await opening).toBe(true);
    expect(useDesignStore.getState().designId).toBe(other.id);
    expect(readRecoverySlot(lab.id)).toBeNull();
    expect((await t.repo.list()).map((d) => d.title).sort()).toEqual(['Lab, theirs', 'Other']);
  });
});
