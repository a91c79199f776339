import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './test.ts';
import { DesignerPage } from './pages/designer-page.ts';
import { seriousViolations } from './axe.ts';
import { screenshot } from './screenshots.ts';

// Versions of a design, as an architect uses them between two reviews: save one, change the design,
// compare with the version (the flows that got worse and why, the changes marked on the canvas, the
// report), restore it and undo the restore; versions survive a reload; a storage failure loses nothing.

async function saveVersion(page: Page, label: string) {
  const versions = page.getByRole('region', { name: 'Versions' });
  await versions.getByLabel('Name of the new version').fill(label);
  await versions.getByRole('button', { name: 'Save version' }).click();
}

async function openVersions(page: Page) {
  await page.getByRole('button', { name: 'Versions', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Versions' })).toBeVisible();
}

/** The lab with the hub gateway's SKU at Standard and FastPath off on its connection. */
async function changeTheLab(designer: DesignerPage) {
  await designer.nodeById('ergw1').click();
  await designer.inspector.getByLabel('SKU', { exact: true }).selectOption('Standard');
  await designer.edge(/^Connection ERGW1 – CIRCUIT_EQUINIX: FastPath on/).click();
  await designer.inspector.getByLabel('FastPath', { exact: true }).uncheck();
  await expect(designer.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'gateway');
}

test('compare with a saved version: the flows that got worse and why, the changes on the canvas, restore and undo', async ({
  page,
}) => {
  const designer = new DesignerPage(page);
  await designer.openLab();
  await openVersions(page);
  const versions = page.getByRole('region', { name: 'Versions' });
  await expect(versions).toContainText('No versions yet');
  await saveVersion(page, 'v1');
  await expect(designer.toast('Saved version “v1”.')).toBeVisible();
  const v1 = versions.getByRole('listitem', { name: 'v1', exact: true });
  await expect(v1.getByLabel('Flows by verdict')).toContainText('2 FastPath');

  await changeTheLab(designer);
  await v1.getByRole('button', { name: 'Compare' }).click();
  const changes = page.getByRole('region', { name: 'Changes' });
  await expect(changes.getByRole('heading', { name: 'Changes since “v1”' })).toBeVisible();
  await expect(changes.getByRole('status')).toHaveText(
    /^2 flows worse · 0 better · \d+ new errors? · 2 parts changed$/,
  );
  const flows = changes.getByRole('list', { name: 'Flows that changed' }).getByRole('listitem');
  await expect(flows.first()).toHaveAccessibleName(
    /^#1 On-premises \(CE router\) → Hub VM: Worse, FastPath to Gateway/,
  );
  await expect(flows.first()).toContainText(/Now: .*ErGw3AZ|Now: .*Standard/);
  const parts = changes.getByRole('list', { name: 'Changes to the design' });
  await expect(parts).toContainText('Changed ER gateway “ERGW1”: sku ErGw3AZ → Standard');
  await expect(parts).toContainText('Changed Connection “ERGW1 → CIRCUIT_EQUINIX”: fastPath on → off');

  // On the canvas: the gateway is marked changed, the legend says since when.
  await expect(designer.nodeById('ergw1').getByTestId('change-marker')).toHaveText('Changed');
  await expect(designer.nodeById('hubvm').getByTestId('change-marker')).toHaveCount(0);
  // The flows whose outcome changed too, by a ring on their verdict glyph and in their names.
  await expect(designer.flowEdge('f-onprem-hub').getByTestId('change-marker')).toHaveAttribute(
    'data-change',
    'changed',
  );
  await expect(designer.flowEdge('f-onprem-hub')).toHaveAccessibleName(/changed since the compared version/);
  await expect(page.getByRole('note', { name: 'Changes since “v1”' })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(designer.toast('Saved version “v1”.')).toBeHidden({ timeout: 10_000 });
  await screenshot(page, 'test-results/versions-compare.png');
  expect(await seriousViolations(page)).toEqual([]);

  // The printable report has the changes, and its picture the marks.
  await page.getByRole('toolbar', { name: 'Share' }).getByRole('button', { name: 'Export', exact: true }).click();
  const reportDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Report as printable HTML' }).click();
  const html = readFileSync(await (await reportDownload).path(), 'utf8');
  const report = await page.context().newPage();
  await report.setContent(html);
  await expect(report.getByRole('heading', { name: 'Changes since “v1”' })).toBeVisible();
  const worse = report.getByRole('row').filter({ hasText: 'Worse' });
  await expect(worse).toHaveCount(2);
  await expect(worse.first()).toContainText('#1 On-premises (CE router) → Hub VM');
  await expect(report.getByText('Changed ER gateway “ERGW1”: sku ErGw3AZ → Standard')).toBeVisible();
  await report
    .getByRole('img', { name: 'The design' })
    .screenshot({ path: 'test-results/versions-report-picture.png' });
  await report.close();

  // A click on a change selects it.
  await parts.getByRole('button', { name: /ER gateway “ERGW1”/ }).click();
  await expect(designer.inspector.getByRole('heading', { level: 2 })).toContainText('ERGW1');

  // Restore v1, then undo the restore.
  await page.getByRole('button', { name: 'Close the comparison' }).click();
  await expect(designer.nodeById('ergw1').getByTestId('change-marker')).toHaveCount(0);
  await v1.getByRole('button', { name: 'Restore' }).click();
  await expect(designer.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'fastpath');
  await expect(versions.getByRole('listitem', { name: 'Before restoring “v1”' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(designer.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'gateway');

  // The versions are kept across a reload.
  await page.reload();
  await expect(designer.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'gateway');
  await openVersions(page);
  await expect(versions.getByRole('listitem')).toHaveCount(2);
  await expect(versions.getByRole('listitem', { name: 'v1', exact: true })).toBeVisible();
});

test('a version opens read-only, and the design comes back', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.openLab();
  await openVersions(page);
  await saveVersion(page, 'Before the change');
  await changeTheLab(designer);
  const versions = page.getByRole('region', { name: 'Versions' });
  await versions.getByRole('listitem', { name: 'Before the change' }).getByRole('button', { name: 'Open' }).click();
  const banner = page.getByRole('status', { name: 'Version open read-only' });
  await expect(banner).toContainText('the version “Before the change” of “');
  await expect(designer.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'fastpath');
  await banner.getByRole('button', { name: 'Back to the design' }).click();
  await expect(banner).toBeHidden();
  await expect(designer.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'gateway');
});

test('a storage failure while saving a version says so and loses nothing', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.openLab();
  await openVersions(page);
  await page.evaluate(() => {
    IDBObjectStore.prototype.add = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await saveVersion(page, 'v1');
  await expect(designer.toast(/^The version could not be saved: Browser storage is full/)).toBeVisible();
  const versions = page.getByRole('region', { name: 'Versions' });
  await expect(versions.getByLabel('Name of the new version')).toHaveValue('v1');
  await expect(versions).toContainText('No versions yet');
  await expect(designer.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'fastpath');
  await expect(page.getByText('Saved in this browser')).toBeVisible();
});
