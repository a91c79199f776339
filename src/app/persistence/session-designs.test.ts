/// <reference lib="dom" />
// The node test project has no DOM lib, but the session is typed against the browser's page APIs.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDesign } from '../../engine/index.ts';
import { shareFragment } from '../io/share-link.ts';
import { findTemplate } from '../io/templates.ts';
import { useDesignStore } from '../store/design-store.ts';
import { TAB_ID } from './tab-channel.ts';
import {
  designDocument,
  endTestBrowser,
  renameOpenDesign,
  SITE,
  stubTestBrowser,
  testSession,
} from './testing/session-harness.ts';

// Designs arriving (a share link, a template, a new document) and the designs list: what is
// stored, what is opened, and what the person is told.

beforeEach(() => void stubTestBrowser());
afterEach(endTestBrowser);

const { position: _position, ...UNPLACED_SITE } = SITE;

async function shareLinkTo(title: string, nodes: unknown[] = [SITE]): Promise<string> {
  const loaded = loadDesign(designDocument(title, { nodes }));
  if (!loaded.ok) throw new Error('bad fixture');
  return shareFragment(loaded.design);
}

describe('a share link', () => {
  it('opens its design read-only, laid out, and stores nothing', async () => {
    const t = await testSession({ hash: await shareLinkTo('Shared', [UNPLACED_SITE]) });
    await t.seed('Lab');
    await t.session.start();
    const state = useDesignStore.getState();
    expect(state).toMatchObject({ readOnly: true, designId: null, design: { title: 'Shared' } });
    expect(state.design?.nodes[0]?.position).toEqual({ x: 0, y: 0 });
    expect(state.history.past).toEqual([]);
    expect(t.storage.getState().save).toBe('off');
    expect(t.writes).toEqual({ creates: 0, saves: 0 });
  });

  it('that is broken says why, clears the address, and start-up goes on', async () => {
    const t = await testSession({ hash: '#share=v1.%%%' });
    const lab = await t.seed('Lab');
    await t.session.start();
    expect(t.notices).toEqual([
      { kind: 'error', message: expect.stringMatching(/^This share link cannot be opened: /), duration: 15_000 },
    ]);
    expect(t.address).toEqual({ hash: '', cleared: 1 });
    expect(useDesignStore.getState()).toMatchObject({ designId: lab.id, readOnly: false });
  });

  it('arriving while a design is open saves its edits before replacing it', async () => {
    const t = await testSession();
    const lab = await t.seed('Lab');
    await t.session.start();
    renameOpenDesign('Lab, edited');
    t.address.hash = await shareLinkTo('Shared');
    expect(await t.session.openShareLink()).toBe(true);
    expect(useDesignStore.getState()).toMatchObject({ readOnly: true, design: { title: 'Shared' } });
    expect(await t.repo.get(lab.id)).toMatchObject({ version: 2, title: 'Lab, edited' });
  });

  it('save a copy: two clicks store one copy, which is editable', async () => {
    const t = await testSession({ hash: await shareLinkTo('Shared') });
    await t.session.start();
    const first = t.session.saveSharedCopy();
    const second = t.session.saveSharedCopy();
    expect(second).toBe(first);
    await Promise.all([first, second]);
    await t.session.saveSharedCopy(); // after the fact: no longer read-only, so nothing to do

    const copies = await t.repo.list();
    expect(copies.map((d) => d.title)).toEqual(['Shared']);
    expect(useDesignStore.getState()).toMatchObject({ readOnly: false, designId: copies[0]?.id });
    expect(t.notices).toEqual([{ kind: 'success', message: 'Saved a copy to your designs; you can edit it now.' }]);
    expect(t.address).toEqual({ hash: '', cleared: 1 });
  });

  it('save a copy never says “Saved” when storage is unavailable', async () => {
    const t = await testSession({ storage: 'unavailable', hash: await shareLinkTo('Shared') });
    await t.session.start();
    expect(useDesignStore.getState().readOnly).toBe(true);

    await t.session.saveSharedCopy();
    expect(t.notices.map((n) => n.kind)).toEqual(['warning']);
    expect(t.notices[0]?.message).toMatch(
      /^Opened an editable copy of “Shared” in this tab, but it could not be saved in this browser: .+ Export it to keep it\.$/,
    );
    expect(useDesignStore.getState()).toMatchObject({ readOnly: false, designId: null });
    // The link still opens the original: nothing else holds it.
    expect(t.address.cleared).toBe(0);
  });
});

describe('a new design', () => {
  it('from a template is stored and opened, and the browser is asked to keep it', async () => {
    const t = await testSession();
    await t.seed('Lab');
    await t.session.start();
    const template = findTemplate('direct-private-link');
    const title = (template?.document as { title: string }).title;
    await t.session.createFromTemplate('direct-private-link');

    const { designId, design } = useDesignStore.getState();
    expect(design?.title).toBe(title);
    expect(await t.repo.get(String(designId))).toMatchObject({ title, version: 1 });
    expect(await t.repo.getLastOpened()).toBe(designId);
    expect(t.storage.getState().designs.map((d) => d.title)).toEqual([title, 'Lab']);
    expect(t.notices).toEqual([]);
    expect(t.persistRequests()).toBe(1);
  });

  it('from a template, when storage is full, opens here with a warning that it is not saved', async () => {
    const t = await testSession();
    await t.seed('Lab');
    await t.session.start();
    t.fail.creates = true;
    await t.session.createFromTemplate('direct-private-link');

    expect(t.notices).toEqual([
      {
        kind: 'warning',
        message: expect.stringMatching(
          /^Opened “ER Direct with Private Link”, but it could not be saved in this browser: Browser storage is full \(quota exceeded\)\. .+ Export it to keep it\.$/,
        ),
        duration: 10_000,
      },
    ]);
    expect(useDesignStore.getState().designId).toBeNull();
    expect(t.storage.getState().save).toBe('failed');
    expect(t.session.hasUnsavedWork()).toBe(true);
  });

  it('that could not be stored says so through createDesign’s result', async () => {
    const t = await testSession();
    await t.seed('Lab');
    await t.session.start();
    t.fail.creates = true;
    const result = await t.session.createDesign(designDocument('New'));
    expect(result).toMatchObject({ opened: true, stored: false, problem: expect.stringMatching(/quota exceeded/) });
    expect(useDesignStore.getState()).toMatchObject({ designId: null, design: { title: 'New' } });
    expect(t.storage.getState().save).toBe('failed');
    expect(t.session.hasUnsavedWork()).toBe(true);
  });

  it('that does not load is refused, and the open design stays', async () => {
    const t = await testSession();
    const lab = await t.seed('Lab');
    await t.session.start();
    const result = await t.session.createDesign({ format: 'something else' });
    expect(result).toMatchObject({ opened: false, stored: false, problem: expect.any(String) });
    expect(useDesignStore.getState().designId).toBe(lab.id);
    expect(t.writes.creates).toBe(0);
  });

  it('without positions is laid out once open, as one undoable tidy', async () => {
    const t = await testSession();
    await t.session.start();
    await t.session.createDesign(designDocument('Unplaced', { nodes: [UNPLACED_SITE] }));
    await vi.waitFor(() => expect(useDesignStore.getState().history.past).toHaveLength(1));
    expect(useDesignStore.getState().design?.nodes[0]?.position).toEqual({ x: 0, y: 0 });
  });
});

describe('the designs list', () => {
  it('renames the open design as an undoable edit, saved and announced at once', async () => {
    const t = await testSession();
    const lab = await t.seed('Lab');
    await t.session.start();
    await t.session.renameStoredDesign(lab.id, 'Renamed');
    expect(useDesignStore.getState().history.past).toHaveLength(1);
    expect(await t.repo.get(lab.id)).toMatchObject({ version: 2, title: 'Renamed' });
    expect(t.otherTab.heard).toEqual([{ type: 'saved', designId: lab.id, version: 2, tabId: TAB_ID }]);
    expect(t.storage.getState().designs.map((d) => d.title)).toEqual(['Renamed']);
  });

  it('renames and duplicates another design, telling other tabs of the rename', async () => {
    const t = await testSession();
    const other = await t.repo.create({ title: 'Other', document: designDocument('Other') });
    const lab = await t.seed('Lab');
    await t.session.start();
    await t.session.renameStoredDesign(other.id, 'Other, renamed');
    await t.session.duplicateStoredDesign(other.id);
    expect(t.otherTab.heard).toEqual([{ type: 'saved', designId: other.id, version: 2, tabId: TAB_ID }]);
    expect(t.storage.getState().designs.map((d) => d.title)).toEqual([
      'Other, renamed (copy)',
      'Other, renamed',
      'Lab',
    ]);
    expect(useDesignStore.getState().designId).toBe(lab.id);
  });

  it('deleting the open design opens the most recent other, and tells other tabs', async () => {
    const t = await testSession();
    const other = await t.repo.create({ title: 'Other', document: designDocument('Other') });
    const lab = await t.seed('Lab');
    await t.session.start();
    await t.session.deleteStoredDesign(lab.id);
    expect(await t.repo.get(lab.id)).toBeUndefined();
    expect(t.otherTab.heard).toEqual([{ type: 'deleted', designId: lab.id, tabId: TAB_ID }]);
    expect(useDesignStore.getState().designId).toBe(other.id);
  });

  it('deleting the only design opens a new empty one', async () => {
    const t = await testSession();
    const lab = await t.seed('Lab');
    await t.session.start();
    await t.session.deleteStoredDesign(lab.id);
    expect((await t.repo.list()).map((d) => d.title)).toEqual(['Untitled design']);
    expect(useDesignStore.getState().design?.nodes).toEqual([]);
  });
});
