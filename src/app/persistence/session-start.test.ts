/// <reference lib="dom" />
// The node test project has no DOM lib, but the session is typed against the browser's page APIs.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { undoChange } from '../commands/editor.ts';
import { FIRST_TEMPLATE_ID, findTemplate } from '../io/templates.ts';
import { useDesignStore } from '../store/design-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import { OPENING_KEY } from './opening-marker.ts';
import { readRecoverySlot, writeRecoverySlot } from './recovery.ts';
import type { MemoryStorage } from './testing/browser-stubs.ts';
import {
  answerQuestion,
  designDocument,
  endTestBrowser,
  nextQuestion,
  SITE,
  stubTestBrowser,
  testSession,
  UNAVAILABLE,
} from './testing/session-harness.ts';

// Start-up: which design the page opens first, what happens when that design froze the tab last
// time, and edits found in a recovery slot when a design opens.

let localStorage: MemoryStorage;
beforeEach(() => {
  localStorage = stubTestBrowser();
});
afterEach(endTestBrowser);

const LAB_TITLE = (findTemplate(FIRST_TEMPLATE_ID)?.document as { title: string }).title;

describe('start-up', () => {
  it('reopens the design last worked on, even when another was changed since', async () => {
    const t = await testSession();
    const lab = await t.seed('Lab');
    await t.repo.create({ title: 'Newer', document: designDocument('Newer') });
    await t.session.start();
    expect(useDesignStore.getState()).toMatchObject({ designId: lab.id, readOnly: false, design: { title: 'Lab' } });
    expect(t.storage.getState()).toMatchObject({ status: 'ready', save: 'saved', conflict: null, problem: null });
    expect(t.storage.getState().designs.map((d) => d.title)).toEqual(['Newer', 'Lab']);
    expect(t.writes).toEqual({ creates: 0, saves: 0 });
  });

  it('opens the most recent design when the last one is gone', async () => {
    const t = await testSession();
    await t.seed('Older');
    const newer = await t.repo.create({ title: 'Newer', document: designDocument('Newer') });
    await t.repo.setLastOpened('gone');
    await t.session.start();
    expect(useDesignStore.getState().designId).toBe(newer.id);
  });

  it('stores and opens the lab on a first visit, without asking the browser to keep it', async () => {
    const t = await testSession();
    await t.session.start();
    const { designId, design } = useDesignStore.getState();
    expect(design?.title).toBe(LAB_TITLE);
    expect(await t.repo.get(String(designId))).toMatchObject({ title: LAB_TITLE, version: 1 });
    expect(await t.repo.getLastOpened()).toBe(designId);
    expect(t.persistRequests()).toBe(0);
  });

  it('on a first visit from a room link, shows the lab without storing it: the room’s design is the one kept', async () => {
    const t = await testSession({ joinsRoom: true });
    await t.session.start();
    expect(useDesignStore.getState()).toMatchObject({ designId: null, design: { title: LAB_TITLE } });
    expect(await t.repo.list()).toEqual([]);
    expect(t.writes).toEqual({ creates: 0, saves: 0 });
  });

  it('from a room link, still reopens the design last worked on', async () => {
    const t = await testSession({ joinsRoom: true });
    const lab = await t.seed('Lab');
    await t.session.start();
    expect(useDesignStore.getState()).toMatchObject({ designId: lab.id, design: { title: 'Lab' } });
  });

  it('opens the lab in this tab only when storage is unavailable, and says why', async () => {
    const t = await testSession({ storage: 'unavailable' });
    await t.session.start();
    expect(t.storage.getState()).toMatchObject({ status: 'unavailable', problem: UNAVAILABLE, save: 'off' });
    expect(useDesignStore.getState()).toMatchObject({ designId: null, readOnly: false, design: { title: LAB_TITLE } });
    expect(await t.repo.list()).toEqual([]);
  });

  it('reports a stored design that does not load, and opens the next one', async () => {
    const t = await testSession();
    const broken = await t.seed('Broken', { nodes: 'not a list' });
    const good = await t.repo.create({ title: 'Good', document: designDocument('Good') });
    await t.session.start();
    expect(useDesignStore.getState().designId).toBe(good.id);
    expect(t.storage.getState().problem).toMatch(/^“Broken” could not be opened: /);
    expect(localStorage.getItem(OPENING_KEY)).not.toBe(broken.id);
  });
});

describe('a design that did not finish opening', () => {
  it('is not reopened at start without asking', async () => {
    const t = await testSession();
    const lab = await t.seed('Heavy lab');
    localStorage.setItem(OPENING_KEY, lab.id);

    const starting = t.session.start();
    const question = await nextQuestion();
    expect(useDesignStore.getState().design).toBeNull();
    expect(question.message).toBe('“Heavy lab” did not finish opening last time (the tab may have frozen or closed).');
    expect(question.actions.map((a) => a.label)).toEqual([
      'Open it anyway',
      'Open the designs list',
      'Start a new empty design',
    ]);

    answerQuestion('list');
    await starting;
    expect(useDesignStore.getState().design).toBeNull();
    expect(useUiStore.getState().dialog).toBe('designs');
    expect(localStorage.getItem(OPENING_KEY)).toBe(lab.id);
  });

  it('opens it when asked to, and crosses the marker out once it has been drawn', async () => {
    const t = await testSession();
    const lab = await t.seed('Heavy lab');
    localStorage.setItem(OPENING_KEY, lab.id);

    const starting = t.session.start();
    await nextQuestion();
    answerQuestion('open');
    await starting;
    expect(useDesignStore.getState().designId).toBe(lab.id);
    await vi.waitFor(() => expect(localStorage.getItem(OPENING_KEY)).toBeNull());
  });

  it('starts a new empty design instead, when asked to', async () => {
    const t = await testSession();
    const lab = await t.seed('Heavy lab');
    localStorage.setItem(OPENING_KEY, lab.id);

    const starting = t.session.start();
    await nextQuestion();
    answerQuestion('empty');
    await starting;
    expect(useDesignStore.getState().designId).not.toBe(lab.id);
    expect(useDesignStore.getState().design?.nodes).toEqual([]);
    expect((await t.repo.list()).map((d) => d.title).sort()).toEqual(['Heavy lab', 'Untitled design']);
  });

  it('does not ask when the marker names another design', async () => {
    const t = await testSession();
    const lab = await t.seed('Lab');
    localStorage.setItem(OPENING_KEY, 'some-other-design');
    await t.session.start();
    expect(useDesignStore.getState().designId).toBe(lab.id);
  });
});

describe('unsaved edits in a recovery slot', () => {
  it('are restored at start as one undoable change, and the person is told', async () => {
    const t = await testSession();
    const lab = await t.seed('Lab');
    const document = designDocument('Lab', { nodes: [SITE] });
    writeRecoverySlot({ designId: lab.id, baseVersion: 1, savedAt: t.now() + 1_000, title: 'Lab', document });

    await t.session.start();
    const state = useDesignStore.getState();
    expect(state.designId).toBe(lab.id);
    expect(state.design?.nodes.map((n) => n.id)).toEqual(['site']);
    expect(state.history.past).toHaveLength(1);
    expect(t.notices).toEqual([
      {
        kind: 'info',
        message: expect.stringMatching(
          /^Recovered changes to “Lab” that were not saved when the page closed \(.+\)\.$/,
        ),
        duration: 10_000,
      },
    ]);
    expect(t.session.hasUnsavedWork()).toBe(true);

    expect(undoChange()).toBe(true);
    expect(useDesignStore.getState().design?.nodes).toEqual([]);
  });

  it('are saved like any edit, and then the slot goes', async () => {
    const t = await testSession();
    const lab = await t.seed('Lab');
    const document = designDocument('Lab', { nodes: [SITE] });
    writeRecoverySlot({ designId: lab.id, baseVersion: 1, savedAt: t.now() + 1_000, title: 'Lab', document });
    await t.session.start();
    await t.session.flushSave();
    expect(await t.repo.get(lab.id)).toMatchObject({ version: 2, document: { nodes: [{ id: 'site' }] } });
    expect(readRecoverySlot(lab.id)).toBeNull();
  });

  it('made on a version another tab has since replaced, are kept as a new “(recovered)” design', async () => {
    const t = await testSession();
    const lab = await t.seed('Lab');
    await t.repo.save(lab.id, { title: 'Lab', document: designDocument('Lab', { rulesAsOf: '2024-06' }) }, 1);
    const document = designDocument('Lab', { nodes: [SITE] });
    writeRecoverySlot({ designId: lab.id, baseVersion: 1, savedAt: t.now() + 60_000, title: 'Lab', document });

    await t.session.start();
    const state = useDesignStore.getState();
    expect(state.design?.title).toBe('Lab (recovered)');
    expect(state.designId).not.toBe(lab.id);
    expect((await t.repo.list()).map((d) => d.title).sort()).toEqual(['Lab', 'Lab (recovered)']);
    expect(await t.repo.get(lab.id)).toMatchObject({ version: 2, document: { nodes: [] } });
    expect(readRecoverySlot(lab.id)).toBeNull();
    expect(t.notices.map((n) => n.kind)).toEqual(['info']);
    expect(t.notices[0]?.message).toContain('“Lab (recovered)”');
  });

  it('older than the stored record are dropped', async () => {
    const t = await testSession();
    const lab = await t.seed('Lab');
    await t.repo.save(lab.id, { title: 'Lab', document: designDocument('Lab') }, 1);
    const document = designDocument('Lab', { nodes: [SITE] });
    writeRecoverySlot({ designId: lab.id, baseVersion: 1, savedAt: 1, title: 'Lab', document });

    await t.session.start();
    expect(useDesignStore.getState().design?.nodes).toEqual([]);
    expect(t.notices).toEqual([]);
    expect(readRecoverySlot(lab.id)).toBeNull();
  });
});
