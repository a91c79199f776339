import { readFileSync } from 'node:fs';
import { expect, test } from './test.ts';
import { DesignerPage } from './pages/designer-page.ts';
import { seriousViolations } from './axe.ts';
import { screenshot } from './screenshots.ts';
import { estateExport } from '../bench/fixtures.ts';
import { importEstate } from '../src/estate/index.ts';

// An architect checks a deployed estate: the Resource Graph export goes in through Import, the
// import dialog says what was read, left out and assumed, the proposed flows are trimmed and
// confirmed, and the canvas shows each flow's verdict; the report stays with the design as a note.

test('import a Resource Graph export, confirm the proposed flows, and see the verdicts', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.openLab();
  await page.getByTestId('import-file').setInputFiles({
    name: 'contoso.arg.json',
    mimeType: 'application/json',
    buffer: readFileSync('fixtures/estates/contoso.arg.json'),
  });
  const dialog = page.getByRole('dialog', { name: 'Import an Azure estate' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(
    '“contoso.arg.json”, Azure Resource Graph or az network output: 24 resources read here, in this browser',
  );
  await expect(dialog.getByRole('row', { name: 'virtualnetworks 6 6 VNets' })).toBeVisible();
  await expect(dialog).toContainText('1 authorization or shared key was in the export and was not read.');
  await expect(dialog.getByRole('list', { name: 'Assumed' })).toContainText(
    'On-premises (Equinix, Dublin) is proposed',
  );
  await expect(dialog.getByRole('checkbox')).toHaveCount(8);
  await page.setViewportSize({ width: 1280, height: 720 });
  await screenshot(page, 'test-results/estate-import-dialog.png');
  expect(await seriousViolations(page)).toEqual([]);

  // The DNS resolver is not a flow this architect cares about.
  await dialog.getByRole('checkbox', { name: 'in-hub-weu' }).uncheck();
  await dialog.getByRole('button', { name: 'Import with 7 flows' }).click();
  await expect(dialog).toBeHidden();
  await expect(designer.toast('Imported the estate “contoso.arg.json” with 7 flows')).toBeVisible();
  await expect(designer.heading).toHaveText('contoso.arg');

  await expect(designer.flowEdges()).toHaveCount(7);
  await expect(designer.flowEdge('flow-1')).toHaveAttribute('data-verdict', 'fastpath');
  await expect(designer.flowEdge('flow-5')).toHaveAttribute('data-verdict', 'gateway');
  await expect(designer.flowEdgesShowing('fastpath')).toHaveCount(3);
  await expect(designer.flowEdgesShowing('gateway')).toHaveCount(4);
  await expect(designer.nodeById('ergw-hub-neu').getByTestId('findings-marker')).toBeVisible();
  await screenshot(page, 'test-results/estate-imported.png');

  // The import report is kept with the design, as a note.
  const notes = page.getByRole('region', { name: /^Notes \d+$/ });
  await expect(notes).toContainText('Imported from an Azure estate export.');
});

test('a file that is no estate and no design is refused, and the open design stays', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.openLab();
  await page.getByTestId('import-file').setInputFiles({
    name: 'empty-estate.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ count: 0, data: [], skip_token: null, total_records: 0 })),
  });
  await expect(designer.toast('“empty-estate.json” cannot be imported: The export holds no resources.')).toBeVisible();
  await expect(designer.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'fastpath');
  await expect(page.getByRole('dialog', { name: 'Import an Azure estate' })).toHaveCount(0);
});

test('a large estate’s proposed flows are grouped by VNet, kept or trimmed a VNet at a time', async ({ page }) => {
  // 100 VNets, two circuits: more flows from each site than a flat list can show.
  const value = estateExport(100, 7);
  const estate = importEstate(value, 'estate-100');
  if (!estate.ok) throw new Error(estate.message);
  const direct = estate.proposedFlows.filter((flow) => flow.route.startsWith('On-premises (ExpressRoute Direct'));
  const inSpoke10 = direct.filter((flow) => flow.vnet === 'vnet-spoke-10');
  expect(inSpoke10).toHaveLength(2);

  const designer = new DesignerPage(page);
  await designer.openLab();
  await page.getByTestId('import-file').setInputFiles({
    name: 'estate-100.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(value)),
  });
  const dialog = page.getByRole('dialog', { name: 'Import an Azure estate' });
  await expect(dialog).toContainText(`${direct.length} flows into 49 VNets.`);
  const directSite = dialog.getByRole('group', { name: /^From On-premises \(ExpressRoute Direct/ });
  const providerSite = dialog.getByRole('group', { name: 'From On-premises (Equinix, Dublin)' });
  const all = estate.proposedFlows.length;
  await expect(dialog.getByRole('button', { name: `Import with ${all} flows` })).toBeVisible();

  // One VNet opened: its flows one by one; dropping one leaves the VNet mixed.
  const spoke10 = directSite.getByRole('checkbox', { name: 'vnet-spoke-10: 2 flows' });
  await expect(spoke10).toBeChecked();
  await directSite.getByRole('button', { name: /^vnet-spoke-10/ }).click();
  const first = inSpoke10[0]?.route.split(' → ')[1] ?? '';
  await directSite.getByRole('checkbox', { name: first, exact: true }).uncheck();
  await expect(spoke10).toBeChecked({ indeterminate: true });
  await expect(directSite.getByRole('button', { name: /^vnet-spoke-10/ })).toContainText('1 of 2');
  // A mixed VNet's checkbox keeps all of it first, as a tri-state box does; then the whole VNet
  // is dropped, and everything from the provider site.
  await spoke10.check();
  await expect(spoke10).toBeChecked({ indeterminate: false });
  await expect(directSite.getByRole('checkbox', { name: first, exact: true })).toBeChecked();
  await spoke10.uncheck();
  await expect(spoke10).not.toBeChecked();
  await providerSite.getByRole('button', { name: 'Keep none' }).click();
  const kept = direct.length - 2;
  await expect(dialog.getByRole('heading', { name: `Proposed flows (${kept} of ${all} kept)` })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 720 });
  await screenshot(page, 'test-results/estate-import-grouped.png');
  expect(await seriousViolations(page)).toEqual([]);

  await dialog.getByRole('button', { name: `Import with ${kept} flows` }).click();
  await expect(dialog).toBeHidden();
  await expect(designer.toast(`Imported the estate “estate-100.json” with ${kept} flows`)).toBeVisible();
  await expect(designer.flowEdges()).toHaveCount(kept);
  await screenshot(page, 'test-results/estate-100-opened.png');
});

test('Resource Graph pages chosen together import as one estate; a missing page is named', async ({ page }) => {
  const graph = JSON.parse(readFileSync('fixtures/estates/contoso.arg.json', 'utf8')) as { data: unknown[] };
  const page1 = { count: 10, data: graph.data.slice(0, 10), skip_token: 'page-2-follows', total_records: 24 };
  const page2 = { count: 14, data: graph.data.slice(10), skip_token: null, total_records: 24 };
  const file = (name: string, value: unknown) => ({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(value)),
  });
  const designer = new DesignerPage(page);
  await designer.openLab();
  const dialog = page.getByRole('dialog', { name: 'Import an Azure estate' });

  // The first page alone: it ends in a skip_token, so the dialog says the export is incomplete.
  await page.getByTestId('import-file').setInputFiles([file('contoso-1.json', page1)]);
  await expect(dialog.getByRole('alert')).toContainText('The export is incomplete');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  // Both pages at once: the whole estate, nothing missing.
  await page.getByTestId('import-file').setInputFiles([file('contoso-1.json', page1), file('contoso-2.json', page2)]);
  await expect(dialog).toContainText('“contoso-1.json and 1 more”');
  await expect(dialog).toContainText('24 resources read here');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await expect(dialog.getByRole('checkbox')).toHaveCount(8);
  await dialog.getByRole('button', { name: 'Import with 8 flows' }).click();
  await expect(designer.flowEdges()).toHaveCount(8);

  // A design and a page together are refused, and the open design stays.
  await page
    .getByTestId('import-file')
    .setInputFiles([file('contoso-1.json', page1), file('lab.json', { format: 'fastpath-design', version: 1 })]);
  await expect(designer.toast(/“lab\.json” is not an estate export this tool reads/)).toBeVisible();
  await expect(designer.flowEdges()).toHaveCount(8);
});
