/// <reference lib="dom" />
// The node test project has no DOM lib, but the session is typed against the browser's page APIs.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCommand } from '../commands/editor.ts';
import { setDecision } from '../commands/review.ts';
import { updateDesign } from '../commands/update-design.ts';
import { useDesignStore } from '../store/design-store.ts';
import { useReviewerStore } from '../store/reviewer-store.ts';
import { EMPTY_SELECTION } from '../store/selection.ts';
import { endTestBrowser, SITE, stubTestBrowser, testSession } from './testing/session-harness.ts';

// Versions of the open design, through the session: saved, kept automatically, opened read-only,
// restored as one undoable change, made into a design, deleted; and what the person is told.

beforeEach(() => {
  stubTestBrowser();
  useReviewerStore.setState({ name: 'Ana', waiting: null });
});
afterEach(endTestBrowser);

const HUB = { id: 'hub', kind: 'vnet', label: 'Hub', position: { x: 300, y: 0 }, props: { region: 'westeurope' } };
const VM = {
  id: 'vm',
  kind: 'vm',
  label: 'VM',
  parentId: 'hub',
  position: { x: 20, y: 40 },
  props: { ip: '10.0.0.4' },
};
const FLOW = { id: 'f1', kind: 'flow', source: 'site', target: 'vm', props: {} };

async function openLab() {
  const t = await testSession();
  const lab = await t.seed('Lab', { nodes: [SITE, HUB, VM], edges: [FLOW] });
  await t.session.start();
  return { t, lab };
}

const design = () => {
  const open = useDesignStore.getState().design;
  if (!open) throw new Error('no design open');
  return open;
};

describe('versions of the open design', () => {
  it('saves a version with its name, author and flow counts, listed for the design and kept across reloads', async () => {
    const { t, lab } = await openLab();
    expect(await t.session.saveVersion('Before the review')).toBe(true);
    expect(t.notices).toContainEqual({ kind: 'success', message: 'Saved version “Before the review”.' });
    const listed = t.storage.getState().versions;
    expect(listed.of).toBe(lab.id);
    expect(listed.list).toEqual([
      expect.objectContaining({
        label: 'Before the review',
        reason: 'saved',
        author: 'Ana',
        counts: { unreachable: 1 },
      }),
    ]);
    // Another connection to the same database (a reload) finds it.
    const [kept] = await t.repo.versions.list(lab.id);
    expect((await t.repo.versions.get(kept!.id))?.document).toEqual(design());
  });

  it('refuses a version without a name, saying so, and keeps nothing', async () => {
    const { t, lab } = await openLab();
    expect(await t.session.saveVersion('  ')).toBe(false);
    expect(t.notices).toContainEqual({
      kind: 'error',
      message: expect.stringMatching(/^The version could not be saved: Give the version a name/),
    });
    expect(await t.repo.versions.list(lab.id)).toEqual([]);
  });

  it('reports a storage failure while saving a version, and loses nothing of the design', async () => {
    const { t, lab } = await openLab();
    const before = design();
    t.fail.versions = true;
    expect(await t.session.saveVersion('v1')).toBe(false);
    expect(t.notices).toContainEqual({
      kind: 'error',
      message: expect.stringMatching(/^The version could not be saved: Browser storage is full/),
    });
    expect(design()).toBe(before);
    expect(await t.repo.versions.list(lab.id)).toEqual([]);
    t.fail.versions = false;
    expect(await t.session.saveVersion('v1')).toBe(true);
  });

  it('restores a version as one undoable change, keeping the design’s name and a version of what it replaced', async () => {
    const { t, lab } = await openLab();
    await t.session.saveVersion('v1');
    const [v1] = await t.repo.versions.list(lab.id);
    runCommand(updateDesign, { rulesAsOf: '2024-06', title: 'Lab, renamed' });
    expect(await t.session.restoreVersion(v1!.id)).toBe(true);
    expect(design()).toMatchObject({ rulesAsOf: 'latest', title: 'Lab, renamed' });
    expect((await t.repo.versions.list(lab.id)).map((v) => [v.label, v.reason])).toEqual([
      ['Before restoring “v1”', 'restore'],
      ['v1', 'saved'],
    ]);
    useDesignStore.getState().undo(EMPTY_SELECTION);
    expect(design()).toMatchObject({ rulesAsOf: '2024-06', title: 'Lab, renamed' });
  });

  it('keeps a version when the first review decision is recorded, and not for the next ones', async () => {
    const { t, lab } = await openLab();
    const decide = (status: 'accepted' | 'changesRequested') =>
      runCommand(setDecision, { flowId: 'f1', status, author: 'Ana', at: new Date().toISOString() });
    decide('accepted');
    await vi.waitFor(async () => expect(await t.repo.versions.list(lab.id)).toHaveLength(1));
    decide('changesRequested');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const versions = await t.repo.versions.list(lab.id);
    expect(versions.map((v) => [v.label, v.reason])).toEqual([['Review started', 'review']]);
  });

  it('opens a version read-only in place of its design, and goes back to the design', async () => {
    const { t, lab } = await openLab();
    await t.session.saveVersion('v1');
    const [v1] = await t.repo.versions.list(lab.id);
    runCommand(updateDesign, { rulesAsOf: '2024-06' });
    await t.session.flushSave();
    expect(await t.session.openVersion(v1!.id)).toBe(true);
    expect(useDesignStore.getState()).toMatchObject({
      readOnly: true,
      designId: null,
      design: { rulesAsOf: 'latest' },
    });
    expect(t.storage.getState().viewing).toEqual({
      designId: lab.id,
      designTitle: 'Lab',
      versionId: v1!.id,
      label: 'v1',
    });
    // The versions listed are still the design's.
    await t.session.refreshVersions();
    expect(t.storage.getState().versions.of).toBe(lab.id);
    expect(await t.session.closeVersion()).toBe(true);
    expect(useDesignStore.getState()).toMatchObject({
      readOnly: false,
      designId: lab.id,
      design: { rulesAsOf: '2024-06' },
    });
    expect(t.storage.getState().viewing).toBeNull();
  });

  it('restores the version it is looking at into its design', async () => {
    const { t, lab } = await openLab();
    await t.session.saveVersion('v1');
    const [v1] = await t.repo.versions.list(lab.id);
    runCommand(updateDesign, { rulesAsOf: '2024-06' });
    await t.session.openVersion(v1!.id);
    expect(await t.session.restoreVersion(v1!.id)).toBe(true);
    expect(useDesignStore.getState()).toMatchObject({
      readOnly: false,
      designId: lab.id,
      design: { rulesAsOf: 'latest' },
    });
  });

  it('makes a version into a design of its own, named after both', async () => {
    const { t, lab } = await openLab();
    await t.session.saveVersion('v1');
    const [v1] = await t.repo.versions.list(lab.id);
    expect(await t.session.designFromVersion(v1!.id)).toBe(true);
    const state = useDesignStore.getState();
    expect(state.designId).not.toBe(lab.id);
    expect(state.design?.title).toBe('Lab (v1)');
    expect((await t.repo.list()).map((d) => d.title).sort()).toEqual(['Lab', 'Lab (v1)']);
  });

  it('deletes a version, and says so when one asked for is gone', async () => {
    const { t, lab } = await openLab();
    await t.session.saveVersion('v1');
    const [v1] = await t.repo.versions.list(lab.id);
    await t.session.deleteVersion(v1!.id);
    expect(t.storage.getState().versions.list).toEqual([]);
    expect(await t.session.restoreVersion(v1!.id)).toBe(false);
    expect(t.notices).toContainEqual({ kind: 'error', message: expect.stringMatching(/no longer kept/) });
  });

  it('says versions need storage when there is none', async () => {
    const t = await testSession({ storage: 'unavailable' });
    await t.session.start();
    expect(design()).toBeDefined();
    expect(await t.session.saveVersion('v1')).toBe(false);
    expect(t.notices).toContainEqual({
      kind: 'error',
      message: expect.stringMatching(/^Versions are kept in this browser/),
    });
  });
});
