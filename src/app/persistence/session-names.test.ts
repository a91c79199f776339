/// <reference lib="dom" />
// The node test project has no DOM lib, but the session is typed against the browser's page APIs.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDesign } from '../../engine/index.ts';
import { runCommand } from '../commands/editor.ts';
import { updateDesign } from '../commands/update-design.ts';
import { shareFragment } from '../io/share-link.ts';
import { EMPTY_TEMPLATE, findTemplate } from '../io/templates.ts';
import { useDesignStore } from '../store/design-store.ts';
import { writeRecoverySlot } from './recovery.ts';
import {
  designDocument,
  endTestBrowser,
  microtask,
  renameOpenDesign,
  SITE,
  stubTestBrowser,
  testSession,
} from './testing/session-harness.ts';

// Every way a new design is stored names it apart from the designs already kept: a template picked
// twice, a file imported twice, a shared design saved again, a tab's copy, a recovered copy, a
// duplicate. The record, the document and the editor's heading agree on the name.

beforeEach(() => void stubTestBrowser());
afterEach(endTestBrowser);

const TEMPLATE_ID = 'direct-private-link';
const TEMPLATE_TITLE = (findTemplate(TEMPLATE_ID)?.document as { title: string }).title;
const EMPTY_TITLE = (EMPTY_TEMPLATE.document as { title: string }).title;

/** Titles as the list shows them, newest first. */
async function listed(t: Awaited<ReturnType<typeof testSession>>): Promise<string[]> {
  return (await t.repo.list()).map((design) => design.title);
}

/** The open design's title in the editor, and its id. */
function openTitles() {
  const { design, designId } = useDesignStore.getState();
  return { editor: design?.title, designId };
}

describe('a design from a template', () => {
  it('picked twice is “X” and then “X (2)”, and a third time “X (3)”', async () => {
    const t = await testSession();
    await t.seed('Lab');
    await t.session.start();

    await t.session.createFromTemplate(TEMPLATE_ID);
    await t.session.createFromTemplate(TEMPLATE_ID);
    const { editor, designId } = openTitles();
    expect(editor).toBe(`${TEMPLATE_TITLE} (2)`);
    expect(await t.repo.get(String(designId))).toMatchObject({
      title: `${TEMPLATE_TITLE} (2)`,
      document: { title: `${TEMPLATE_TITLE} (2)` },
    });

    await t.session.createFromTemplate(TEMPLATE_ID);
    expect(await listed(t)).toEqual([`${TEMPLATE_TITLE} (3)`, `${TEMPLATE_TITLE} (2)`, TEMPLATE_TITLE, 'Lab']);
    expect(t.storage.getState().designs.map((d) => d.title)).toEqual(await listed(t));
  });

  it('stays “X (2)” when saved later: autosave keeps the name it was given', async () => {
    const t = await testSession();
    await t.session.start();
    await t.session.createFromTemplate(TEMPLATE_ID);
    await t.session.createFromTemplate(TEMPLATE_ID);
    const { designId } = useDesignStore.getState();
    runCommand(updateDesign, { rulesAsOf: '2019-05' }); // an edit that leaves the title alone
    await t.session.flushSave();
    expect(await t.repo.get(String(designId))).toMatchObject({
      version: 2,
      title: `${TEMPLATE_TITLE} (2)`,
      document: { title: `${TEMPLATE_TITLE} (2)`, rulesAsOf: '2019-05' },
    });
  });

  it('Empty design twice is “Untitled design” and “Untitled design (2)”', async () => {
    const t = await testSession();
    await t.session.start(); // a first visit keeps the lab
    await t.session.createFromTemplate(EMPTY_TEMPLATE.id);
    await t.session.createFromTemplate(EMPTY_TEMPLATE.id);
    expect((await listed(t)).slice(0, 2)).toEqual([`${EMPTY_TITLE} (2)`, EMPTY_TITLE]);
    expect(useDesignStore.getState().design?.title).toBe(`${EMPTY_TITLE} (2)`);
  });

  it('gets a thumbnail of its layout in its summary', async () => {
    const t = await testSession();
    await t.session.start();
    await t.session.createFromTemplate(TEMPLATE_ID);
    const [summary] = t.storage.getState().designs;
    expect(summary?.thumbnail?.boxes.length).toBeGreaterThan(0);
    expect(summary?.thumbnail?.boxes.some((box) => box[4] === 'vnet')).toBe(true);
  });
});

describe('a design file or a paste opened as a new design', () => {
  it('whose title is taken, compared without case or surrounding spaces, is counted on', async () => {
    const t = await testSession();
    await t.seed('Lab');
    await t.session.start();
    const result = await t.session.createDesign(designDocument('  LAB ', { nodes: [SITE] }));
    expect(result).toMatchObject({ opened: true, stored: true, title: 'LAB (2)' });
    expect(openTitles().editor).toBe('LAB (2)');
    expect(await listed(t)).toEqual(['LAB (2)', 'Lab']);
  });

  it('whose title is free is stored exactly as it came', async () => {
    const t = await testSession();
    await t.seed('Lab');
    await t.session.start();
    const document = designDocument('Imported', { nodes: [SITE] });
    const result = await t.session.createDesign(document);
    expect(result).toMatchObject({ stored: true, title: 'Imported' });
    const loaded = loadDesign(document);
    expect(await t.repo.get(String(useDesignStore.getState().designId))).toMatchObject({
      title: 'Imported',
      document: loaded.ok ? loaded.design : null,
    });
  });

  it('that is already counted goes on counting', async () => {
    const t = await testSession();
    await t.seed('Lab');
    await t.session.start();
    await t.session.createDesign(designDocument('Lab'));
    await t.session.createDesign(designDocument('Lab (2)'));
    expect(await listed(t)).toEqual(['Lab (3)', 'Lab (2)', 'Lab']);
  });

  it('when storage is unavailable keeps its title: nothing is stored to collide with', async () => {
    const t = await testSession({ storage: 'unavailable' });
    await t.session.start();
    const result = await t.session.createDesign(designDocument('Hub, spoke and remote VNet on one circuit (lab)'));
    expect(result).toMatchObject({
      opened: true,
      stored: false,
      title: 'Hub, spoke and remote VNet on one circuit (lab)',
    });
  });
});

describe('a copy of a shared design', () => {
  it('is named apart from a stored design of the same title, and the message says its name', async () => {
    const loaded = loadDesign(designDocument('Shared', { nodes: [SITE] }));
    if (!loaded.ok) throw new Error('bad fixture');
    const t = await testSession({ hash: await shareFragment(loaded.design) });
    await t.seed('Shared');
    await t.session.start();
    await t.session.saveSharedCopy();
    expect(await listed(t)).toEqual(['Shared (2)', 'Shared']);
    expect(useDesignStore.getState()).toMatchObject({ readOnly: false, design: { title: 'Shared (2)' } });
    expect(t.notices).toEqual([
      { kind: 'success', message: 'Saved a copy to your designs as “Shared (2)”; you can edit it now.' },
    ]);
  });
});

describe('a tab’s own version kept as a new design', () => {
  it('is “… (this tab)”, and “… (this tab) (2)” only when that is taken', async () => {
    const t = await testSession();
    const lab = await t.seed('Lab');
    await t.repo.create({ title: 'Lab, mine (this tab)', document: designDocument('Lab, mine (this tab)') });
    await t.repo.setLastOpened(lab.id);
    await t.session.start();
    renameOpenDesign('Lab, mine');
    await microtask();
    await t.otherTabSaves(lab.id, designDocument('Lab, theirs'));
    await t.session.keepMineAsCopy();
    expect(useDesignStore.getState().design?.title).toBe('Lab, mine (this tab) (2)');
    expect((await listed(t)).sort()).toEqual(['Lab, mine (this tab)', 'Lab, mine (this tab) (2)', 'Lab, theirs']);
  });
});

describe('edits recovered onto a version another tab replaced', () => {
  it('are kept as “… (recovered)”, counted on when that is taken, and the notice names the copy', async () => {
    const t = await testSession();
    await t.repo.create({ title: 'Lab (recovered)', document: designDocument('Lab (recovered)') });
    const lab = await t.seed('Lab');
    await t.repo.save(lab.id, { title: 'Lab', document: designDocument('Lab', { rulesAsOf: '2024-06' }) }, 1);
    const document = designDocument('Lab', { nodes: [SITE] });
    writeRecoverySlot({ designId: lab.id, baseVersion: 1, savedAt: t.now() + 60_000, title: 'Lab', document });
    await t.session.start();
    expect(useDesignStore.getState().design?.title).toBe('Lab (recovered) (2)');
    expect(t.notices[0]?.message).toContain('kept as a new design, “Lab (recovered) (2)”.');
  });
});

describe('the designs list', () => {
  it('duplicates as “(copy)”, then “(copy) (2)”', async () => {
    const t = await testSession();
    const lab = await t.seed('Lab');
    await t.session.start();
    await t.session.duplicateStoredDesign(lab.id);
    await t.session.duplicateStoredDesign(lab.id);
    expect(await listed(t)).toEqual(['Lab (copy) (2)', 'Lab (copy)', 'Lab']);
  });

  it('keeps a name the person types, even one another design has', async () => {
    const t = await testSession();
    const other = await t.repo.create({ title: 'Other', document: designDocument('Other') });
    await t.seed('Lab');
    await t.session.start();
    await t.session.renameStoredDesign(other.id, 'Lab');
    expect(await listed(t)).toEqual(['Lab', 'Lab']);
  });
});
