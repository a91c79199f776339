import { expect, test, type Locator } from './test.ts';
import { DesignerPage } from './pages/designer-page.ts';
import { screenshot } from './screenshots.ts';

// The seed lab (a site on one circuit, a hub VNet with an ExpressRoute gateway and a VM, a
// peered spoke with a VM) built from an empty canvas with mouse and keyboard, then analysed.

test('build the hub and spoke lab from nothing, draw flows, and keep it across a reload', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await designer.newDesign('Empty design');

  const canvas = await designer.canvas.boundingBox();
  if (!canvas) throw new Error('no canvas');
  const at = async (node: Locator) => {
    const box = await node.boundingBox();
    if (!box) throw new Error('not on screen');
    return { x: box.x - canvas.x + box.width / 2, y: box.y - canvas.y + box.height / 2 };
  };
  const rename = async (node: Locator, name: string) => {
    await node.click({ position: { x: 60, y: 14 } });
    await designer.inspector.getByLabel('Name', { exact: true }).fill(name);
    await designer.inspector.getByLabel('Name', { exact: true }).press('Enter');
  };

  // Site and circuit on the left, two VNets to the right.
  await designer.dropFromPalette('On-premises', { x: 120, y: 300 });
  await designer.dropFromPalette('Circuit', { x: 120, y: 520 });
  await designer.dropFromPalette('VNet', { x: 380, y: 200 });
  await designer.dropFromPalette('VNet', { x: 700, y: 200 });
  // Ids are given in order (site-1, vnet-1…); names change below, so refer to nodes by id.
  const site = designer.nodeById('site-1');
  const circuit = designer.nodeById('circuit-1');
  const hub = designer.nodeById('vnet-1');
  const spoke = designer.nodeById('vnet-2');
  await expect(hub).toHaveAccessibleName('VNet VNet 1');
  await designer.dropFromPalette('ER gateway', await at(hub));
  await hub.click({ position: { x: 60, y: 14 } });
  await page.keyboard.press('5');
  await designer.dropFromPalette('VM', await at(spoke));
  const gateway = designer.nodeById('gw-1');
  const hubVm = designer.nodeById('vm-1');
  const spokeVm = designer.nodeById('vm-2');
  await expect(hubVm).toBeVisible();
  await expect(spokeVm).toBeVisible();

  // Names and settings from the inspector.
  await rename(hub, 'Hub');
  await rename(spoke, 'Spoke');
  await expect(hub).toHaveAccessibleName('VNet Hub');
  await designer.inspector.getByLabel('Address space').fill('10.2.0.0/16');
  await designer.inspector.getByLabel('Address space').press('Enter');
  await hub.click({ position: { x: 60, y: 14 } });
  await designer.inspector.getByLabel('Address space').fill('10.1.0.0/16');
  await designer.inspector.getByLabel('Address space').press('Enter');
  await site.click();
  await designer.inspector.getByLabel('Prefixes').fill('172.16.0.0/16');
  await designer.inspector.getByLabel('Prefixes').press('Enter');
  await gateway.click();
  await designer.inspector.getByLabel('SKU').selectOption('ErGw3AZ');

  // Structural edges, each inferred from the pair.
  await designer.connect(site, 'On-premises 1', circuit);
  await designer.connect(gateway, 'ER gateway 1', circuit);
  await designer.connect(hub, 'Hub', spoke);
  await expect(designer.edge(/^Circuit link On-premises 1 – Circuit 1/)).toHaveCount(1);
  await expect(designer.edge(/^Connection ER gateway 1 – Circuit 1: FastPath off/)).toHaveCount(1);
  await expect(designer.edge(/^VNet peering Hub – Spoke/)).toHaveCount(1);

  // FastPath on, on the connection.
  await designer.edge(/^Connection ER gateway 1/).click();
  await designer.inspector.getByLabel('FastPath', { exact: true }).check();
  await expect(designer.edge(/^Connection ER gateway 1 – Circuit 1: FastPath on/)).toHaveCount(1);

  // The flow tool: two flows from the site.
  await page.keyboard.press('Escape');
  await page.keyboard.press('f');
  await expect(designer.toolbar.getByRole('button', { name: 'Flow tool' })).toHaveAttribute('aria-pressed', 'true');
  await designer.connect(site, 'On-premises 1', hubVm);
  await designer.connect(site, 'On-premises 1', spokeVm);
  await page.keyboard.press('Escape');
  await expect(designer.flowEdges()).toHaveCount(2);
  await expect(page.getByRole('img', { name: 'Flow On-premises 1 → VM 1: FastPath' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Flow On-premises 1 → VM 2: Gateway' })).toBeVisible();

  // A VM dragged from the spoke into the hub moves there; undo puts it back.
  const from = await designer.centre(spokeVm);
  const hubBox = await hub.boundingBox();
  if (!hubBox) throw new Error('no hub');
  await designer.drag(from, { x: hubBox.x + hubBox.width / 2, y: hubBox.y + hubBox.height - 20 });
  await spokeVm.click();
  await expect(designer.inspector.getByText(/VM in Hub/)).toBeVisible();
  await expect(page.getByRole('img', { name: 'Flow On-premises 1 → VM 2: FastPath' })).toBeVisible();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(designer.inspector.getByText(/VM in Spoke/)).toBeVisible();
  await expect(page.getByRole('img', { name: 'Flow On-premises 1 → VM 2: Gateway' })).toBeVisible();

  await screenshot(page, 'test-results/lab-built.png');

  await expect(page.getByText('Saved in this browser')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('img', { name: 'Flow On-premises 1 → VM 1: FastPath' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Flow On-premises 1 → VM 2: Gateway' })).toBeVisible();
  await expect(designer.edge(/^Connection ER gateway 1 – Circuit 1: FastPath on/)).toHaveCount(1);
});
