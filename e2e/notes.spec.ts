import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { CAPTION_HEIGHT, IMAGE_PADDING, keyLayout, PIXEL_RATIO } from '../src/app/io/image-caption.ts';
import { expect, test, type Page } from './test.ts';
import { DesignerPage } from './pages/designer-page.ts';
import { countPixels, screenshot } from './screenshots.ts';

// Review notes as a person adds them: on a node, on a flow and on the design, read on the canvas,
// in the inspector and in the Notes panel, edited, undone and redone, and kept over a reload.
// Then flow names and numbers where the room reads them: the flow list, the canvas and the PNG.

const HOSTILE = '<img src=x onerror="document.title=\'owned\'"> **bold**';

async function exportAs(page: Page, name: string): Promise<Buffer> {
  await page.getByRole('toolbar', { name: 'Share' }).getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name, exact: true }).click();
  return readFileSync(await (await download).path());
}

test('notes on a node, a flow and the design: add, edit, undo, redo, and keep them', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await expect(designer.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'fastpath');
  const notesPanel = page.getByRole('region', { name: /^Notes \d+$/ });
  await expect(notesPanel).toContainText('No notes yet');

  // A note on a node: select it, write, Ctrl+Enter. The first note asks for the reviewer's name.
  await designer.nodeById('hubvm').click();
  await designer.inspector.getByLabel('Add a note on Hub VM').fill('Check the NSG on this subnet');
  await designer.inspector.getByLabel('Add a note on Hub VM').press('Control+Enter');
  const ask = page.getByRole('dialog', { name: 'Your name for the review' });
  await ask.getByLabel('Name').fill('Ana Reviewer');
  await ask.getByRole('button', { name: 'Save and continue' }).click();
  const nodeNote = designer.inspector.getByRole('article', { name: 'Note by Ana Reviewer' });
  await expect(nodeNote).toContainText('Check the NSG on this subnet');
  await expect(designer.nodeById('hubvm').getByTestId('note-marker')).toHaveText('1');
  await expect(designer.nodeById('hubvm')).toHaveAccessibleName(/1 note\)$/);
  // The box is empty again for the next note.
  await expect(designer.inspector.getByLabel('Add a note on Hub VM')).toHaveValue('');

  // A note on a flow, chosen in the flow list; plain text, whatever it looks like.
  await designer.flowList.getByRole('listitem').first().click();
  const flowBox = designer.inspector.getByLabel(/^Add a note on flow #\d+$/);
  await flowBox.fill(HOSTILE);
  await designer.inspector.getByRole('button', { name: 'Add note' }).click();
  await expect(designer.inspector.getByRole('article')).toHaveText(new RegExp(escape(HOSTILE)));
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  const firstFlow = await page.locator('[data-flow-id].selected').getAttribute('data-flow-id');
  await expect(designer.flowEdge(firstFlow!).getByTestId('note-marker')).toHaveCount(1);
  await expect(designer.flowList.getByRole('listitem').first()).toContainText('1 note');

  // The flow's review decision from the inspector, as present mode records it.
  const review = designer.inspector.getByRole('region', { name: 'Review decision' });
  await review.getByRole('button', { name: 'Accept' }).click();
  await expect(review.getByTestId('decision')).toHaveAccessibleName(/^Accepted by Ana Reviewer/);
  await expect(page.getByTestId('review-progress')).toHaveText('1 of 6 flows reviewed');
  await review.getByRole('button', { name: 'Accept' }).click();
  await expect(review).toContainText('Not reviewed yet');
  await expect(page.getByTestId('review-progress')).toHaveText('0 of 6 flows reviewed');

  // A note on the design: nothing selected (the first Escape leaves the inspector, the second the flow).
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await designer.inspector.getByLabel('Add a note on the design').fill('Agree the failover test date');
  await designer.inspector.getByRole('button', { name: 'Add note' }).click();
  await expect(designer.inspector.getByRole('article')).toContainText('Agree the failover test date');

  // The Notes panel lists all three under what they are about.
  await expect(notesPanel.getByRole('heading', { level: 2 })).toHaveText('Notes 3');
  await expect(notesPanel.getByRole('heading', { level: 3 })).toHaveText(['The design', 'Hub VM (VM)', /^Flow #\d+ /]);
  await screenshot(page, 'test-results/notes-panel.png');

  // Edit the node's note from the panel, then undo and redo the edit.
  const inPanel = notesPanel.getByRole('article').filter({ hasText: 'Check the NSG' });
  await inPanel.getByRole('button', { name: 'Edit' }).click();
  await notesPanel.getByLabel('Edit the note').fill('Check the NSG and the UDR on this subnet');
  await notesPanel.getByRole('button', { name: 'Save' }).click();
  const edited = notesPanel.getByRole('article').filter({ hasText: 'Check the NSG and the UDR' });
  await expect(edited).toContainText('(edited)');
  await page.keyboard.press('Control+z');
  await expect(notesPanel.getByRole('article').filter({ hasText: 'Check the NSG on this subnet' })).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(edited).toBeVisible();

  // Delete one; undo brings it back.
  await notesPanel.getByRole('article').filter({ hasText: 'failover' }).getByRole('button', { name: 'Delete' }).click();
  await expect(notesPanel.getByRole('heading', { level: 2 })).toHaveText('Notes 2');
  await page.keyboard.press('Control+z');
  await expect(notesPanel.getByRole('heading', { level: 2 })).toHaveText('Notes 3');

  // "Show" selects what a note is about.
  await notesPanel.getByRole('button', { name: 'Show Hub VM (VM)' }).click();
  await expect(designer.inspector.getByRole('heading', { name: 'Hub VM' })).toBeVisible();

  // A reload keeps them, and the exported design carries them with who wrote them.
  await page.reload();
  await expect(designer.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'fastpath');
  await expect(notesPanel.getByRole('heading', { level: 2 })).toHaveText('Notes 3');
  await expect(designer.nodeById('hubvm').getByTestId('note-marker')).toHaveText('1');
  const exported = JSON.parse((await exportAs(page, 'Export JSON')).toString('utf8')) as {
    notes: { text: string; nodeId?: string; edgeId?: string; author?: string; updatedAt?: string }[];
  };
  expect(exported.notes).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        text: 'Check the NSG and the UDR on this subnet',
        nodeId: 'hubvm',
        author: 'Ana Reviewer',
        updatedAt: expect.any(String),
      }),
      expect.objectContaining({ text: HOSTILE, edgeId: firstFlow }),
      expect.objectContaining({ text: 'Agree the failover test date' }),
    ]),
  );
  expect(await page.title()).not.toBe('owned');
});

test('flow numbers and names: in the flow list, on the canvas and in the exported picture', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await expect(designer.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'fastpath');

  // Flows are numbered in the design's order: the lab's second flow is #2.
  const second = designer.flowList.getByRole('listitem', { name: /^#2 / });
  await expect(second).toHaveAccessibleName('#2 On-premises (CE router) → Spoke VM: Gateway');
  await expect(designer.flowEdge('f-onprem-spoke')).toHaveAccessibleName(/, #2$/);
  await expect(designer.flowEdge('f-onprem-spoke').locator('.fp-flow-number')).toHaveText('#2');

  // Name it in the inspector: the list, the inspector's title and the canvas use the name.
  await second.click();
  await designer.inspector.getByLabel('Name', { exact: true }).fill('Backup to spoke');
  await designer.inspector.getByLabel('Name', { exact: true }).press('Tab');
  await expect(designer.inspector.getByRole('heading', { level: 2 })).toHaveText('Flow #2 Backup to spoke');
  await expect(designer.flowList.getByRole('listitem', { name: /^#2 / })).toHaveAccessibleName(
    '#2 Backup to spoke, On-premises (CE router) → Spoke VM: Gateway',
  );
  await expect(designer.flowEdge('f-onprem-spoke')).toHaveAccessibleName(/, #2 “Backup to spoke”$/);
  await expect(page.getByText('#2 Backup to spoke · Gateway')).toBeVisible();

  // The SVG's key names every flow by number; the PNG grows by the same key and draws its lines.
  const svg = (await exportAs(page, 'Export SVG')).toString('utf8');
  expect(svg).toContain('#2 Backup to spoke');
  for (let n = 1; n <= 6; n++) expect(svg).toMatch(new RegExp(`>#${n}[ <]`));
  const png = PNG.sync.read(await exportAs(page, 'Export PNG'));
  const width = png.width / PIXEL_RATIO;
  const entries = Array.from({ length: 6 }, () => ({ state: 'fastpath' as const, text: '#1' }));
  const key = keyLayout(entries, width, 0, false).height;
  const picture = png.height / PIXEL_RATIO - CAPTION_HEIGHT - key;
  expect(picture).toBeGreaterThan(2 * IMAGE_PADDING);
  // The key's strip, under the picture, has each verdict's colour in it.
  const strip = new PNG({ width: png.width, height: key * PIXEL_RATIO });
  PNG.bitblt(png, strip, 0, (CAPTION_HEIGHT + picture) * PIXEL_RATIO, png.width, key * PIXEL_RATIO, 0, 0);
  expect(countPixels(strip, [0x16, 0xa3, 0x4a])).toBeGreaterThan(20); // FastPath green
  expect(countPixels(strip, [0xd9, 0x77, 0x06])).toBeGreaterThan(20); // Gateway amber
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
