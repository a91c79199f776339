import { expect, test } from './test.ts';
import { DesignerPage } from './pages/designer-page.ts';

// Designs kept in the browser: storage that fails, and two tabs on one design.

test('without browser storage the design stays open in the tab, and the person is told', async ({ page }) => {
  // Private modes and locked-down browsers have no IndexedDB at all.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  const designer = new DesignerPage(page);
  await designer.open();
  await expect(page.getByRole('alert')).toContainText('Designs cannot be kept in this browser');
  await expect(designer.flowEdges()).toHaveCount(6);
  await expect(page.getByText('Not saved (no storage)')).toBeVisible();

  // Editing still works in memory.
  await designer.node(/^Hub VM/).click();
  await designer.inspector.getByLabel('Name', { exact: true }).fill('Hub app VM');
  await designer.inspector.getByLabel('Name', { exact: true }).press('Enter');
  await expect(designer.node(/^Hub app VM/)).toBeVisible();
});

test('a second tab on the same design is told of the first tab’s changes and can reload them', async ({ context }) => {
  const first = new DesignerPage(await context.newPage());
  await first.open();
  await expect(first.flowEdges()).toHaveCount(6);
  await expect(first.page.getByText('Saved in this browser')).toBeVisible();

  const second = new DesignerPage(await context.newPage());
  await second.open();
  await expect(second.heading).toHaveText(/lab/);

  // The first tab renames the design; the second is warned instead of silently overwriting it.
  await first.inspector.getByLabel('Title').fill('Lab, edited in tab one');
  await first.inspector.getByLabel('Title').press('Enter');
  await expect(first.page.getByText('Saved in this browser')).toBeVisible();
  const warning = second.page.getByRole('alert').filter({ hasText: 'changed in another tab' });
  await expect(warning).toBeVisible();

  await warning.getByRole('button', { name: /Reload/ }).click();
  await expect(second.heading).toHaveText('Lab, edited in tab one');
  await expect(warning).toBeHidden();
});

test('a tab in conflict asks before its unsaved changes are discarded, and can keep them', async ({ context }) => {
  const first = new DesignerPage(await context.newPage());
  await first.open();
  await expect(first.flowEdges()).toHaveCount(6);
  const second = new DesignerPage(await context.newPage());
  await second.open();
  await expect(second.heading).toHaveText(/lab/);

  await first.inspector.getByLabel('Title').fill('Lab, edited in tab one');
  await first.inspector.getByLabel('Title').press('Enter');
  await expect(second.page.getByRole('alert').filter({ hasText: 'changed in another tab' })).toBeVisible();
  // The header no longer says the design is saved here.
  await expect(second.page.getByText('Changed in another tab', { exact: true })).toBeVisible();
  await expect(second.page.getByText('Saved in this browser')).toHaveCount(0);
  // The second tab goes on editing: autosave is paused, so this change is only in the tab.
  await second.inspector.getByLabel('Title').fill('Lab, edited in tab two');
  await second.inspector.getByLabel('Title').press('Enter');

  await second.newDesignFromList('Empty design');
  const question = second.page.getByRole('dialog', { name: 'Unsaved changes in this tab' });
  await expect(question).toContainText('changed in another tab');
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(second.heading).toHaveText('Lab, edited in tab two');

  await second.newDesignFromList('Empty design');
  await question.getByRole('button', { name: 'Keep them as a new design' }).click();
  await expect(second.toast(/Kept this tab’s version/)).toBeVisible();
  await second.page.getByRole('button', { name: 'Designs', exact: true }).click();
  await expect(second.page.getByRole('region', { name: 'Saved designs' })).toContainText(
    'Lab, edited in tab two (this tab)',
  );
});

test('designs can be renamed, duplicated, reopened and deleted from the list', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await expect(designer.flowEdges()).toHaveCount(6);
  await page.getByRole('button', { name: 'Designs', exact: true }).click();
  const list = page.getByRole('region', { name: 'Saved designs' });
  const lab = list.getByRole('listitem').first();

  await lab.getByRole('button', { name: /^Duplicate/ }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  const copy = list.getByRole('listitem', { name: /\(copy\)$/ });
  await copy.getByRole('button', { name: /^Rename/ }).click();
  await copy.getByLabel('New name').fill('Lab variant B');
  await copy.getByLabel('New name').press('Enter');
  const variant = list.getByRole('listitem', { name: 'Lab variant B' });
  await expect(variant).toBeVisible();

  await variant.getByRole('button', { name: /^Lab variant B/ }).click();
  await expect(designer.heading).toHaveText('Lab variant B');
  await expect(designer.flowEdges()).toHaveCount(6);

  await page.getByRole('button', { name: 'Designs', exact: true }).click();
  await list
    .getByRole('listitem', { name: 'Lab variant B' })
    .getByRole('button', { name: /^Delete/ })
    .click();
  await list.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await page.keyboard.press('Escape');
  // Deleting the open design opens the one that is left.
  await expect(designer.heading).toHaveText(/lab/);

  await page.reload();
  await expect(designer.heading).toHaveText(/lab/);
});

test('designs get names of their own, and the list can be searched and shows each layout', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await expect(designer.flowEdges()).toHaveCount(6);
  const title = (await designer.heading.textContent())!;
  // The lab again from its template, twice: two new names, not three identical entries.
  await designer.newDesign('Hub, spoke and remote VNet');
  await expect(designer.heading).toHaveText(`${title} (2)`);
  await designer.newDesign('Hub, spoke and remote VNet');
  await expect(designer.heading).toHaveText(`${title} (3)`);
  await designer.newDesign('Empty design');

  await page.getByRole('button', { name: 'Designs', exact: true }).click();
  const list = page.getByRole('region', { name: 'Saved designs' });
  await expect(list.getByRole('listitem')).toHaveCount(4);
  await expect(list.getByRole('status')).toHaveText('4 designs');
  // Each row has a picture of its layout, one shape per kind: the lab has five kinds of node.
  const labRow = list.getByRole('listitem', { name: `${title} (2)` });
  await expect(labRow.locator('svg path')).toHaveCount(5);
  await expect(list.getByRole('listitem', { name: 'Untitled design' }).locator('svg path')).toHaveCount(0);

  const search = list.getByRole('searchbox', { name: 'Search saved designs' });
  await search.fill('(3)');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('status')).toHaveText('1 of 4 designs');
  await search.fill('nothing like it');
  await expect(list).toContainText('No design matches “nothing like it”.');
  // Escape clears the search first, and only then closes the dialog.
  await search.press('Escape');
  await expect(search).toHaveValue('');
  await expect(list.getByRole('listitem')).toHaveCount(4);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});
