import { expect, test } from './test.ts';
import { DesignerPage } from './pages/designer-page.ts';
import { screenshot } from './screenshots.ts';

// The designer as a person uses it: palette, containment, connecting, the inspector, undo and
// redo, the clipboard, and designs that survive a reload.

test('build a design by hand: drop, contain, move, connect, edit, undo, copy, reload', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await designer.newDesign('Empty design');
  await expect(page.getByText('An empty canvas')).toBeVisible();

  // A VNet from the palette, then a VM dropped inside it.
  await designer.dropFromPalette('VNet', { x: 420, y: 220 });
  const vnet = designer.node(/^VNet VNet 1$/);
  await expect(vnet).toBeVisible();
  const vnetBox = await vnet.boundingBox();
  if (!vnetBox) throw new Error('no VNet');
  const canvasBox = await designer.canvas.boundingBox();
  if (!canvasBox) throw new Error('no canvas');
  await designer.dropFromPalette('VM', {
    x: vnetBox.x - canvasBox.x + vnetBox.width / 2,
    y: vnetBox.y - canvasBox.y + vnetBox.height / 2 + 10,
  });
  const vm = designer.node(/^VM 1: VM/);
  await expect(vm).toBeVisible();
  await expect(designer.inspector.getByText('VM in VNet 1')).toBeVisible();

  // A VM dropped on the open canvas is refused, with the reason.
  await designer.dropFromPalette('VM', { x: 120, y: 520 });
  await expect(designer.toast(/must be inside a VNet/)).toBeVisible();
  await expect(designer.node(/^VM 2/)).toHaveCount(0);

  // Moving the VNet by its title carries the VM along.
  const vmBefore = await vm.boundingBox();
  const grip = { x: vnetBox.x + 150, y: vnetBox.y + 14 };
  await designer.drag(grip, { x: grip.x + 160, y: grip.y + 90 });
  // (Snapping to the grid may shift the drop by a few pixels.)
  await expect
    .poll(async () => Math.abs(((await vm.boundingBox())?.x ?? 0) - (vmBefore?.x ?? 0) - 160))
    .toBeLessThan(15);
  await expect
    .poll(async () => Math.abs(((await vm.boundingBox())?.y ?? 0) - (vmBefore?.y ?? 0) - 90))
    .toBeLessThan(15);

  // A gateway in the VNet (keyboard: select the VNet, press 4) and a circuit (press 2).
  await vnet.click({ position: { x: 150, y: 14 } });
  await page.keyboard.press('4');
  const gateway = designer.node(/^ER gateway 1:/);
  await expect(gateway).toHaveAccessibleName(/Standard/);
  await expect(gateway).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('2');
  const circuit = designer.node(/^Circuit 1:/);
  await expect(circuit).toBeVisible();
  // Keep the circuit clear of the VNet so the connection is easy to see.
  const circuitCentre = await designer.centre(circuit);
  await designer.drag(circuitCentre, { x: canvasBox.x + 170, y: canvasBox.y + 330 });

  // A second gateway in the same VNet is refused.
  await vnet.click({ position: { x: 150, y: 14 } });
  await page.keyboard.press('4');
  await expect(
    designer.toast(/already has the ExpressRoute gateway ER gateway 1; Azure allows one per VNet/),
  ).toBeVisible();

  // Connecting the gateway to the circuit makes a connection.
  await designer.connect(gateway, 'ER gateway 1', circuit);
  await expect(designer.edge('Connection ER gateway 1 – Circuit 1: FastPath off')).toHaveCount(1);

  // The inspector edits the gateway's SKU; undo and redo step through it.
  await gateway.click();
  await designer.inspector.getByLabel('SKU').selectOption('ErGw3AZ');
  await expect(gateway).toHaveAccessibleName(/ErGw3AZ/);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(gateway).toHaveAccessibleName(/Standard/);
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(gateway).toHaveAccessibleName(/ErGw3AZ/);

  // A bad CIDR is shown at the field and never written.
  await vnet.click({ position: { x: 150, y: 14 } });
  const addressSpace = designer.inspector.getByLabel('Address space');
  await addressSpace.fill('10.0.0.0/16, 10.300.0.0/16');
  await addressSpace.press('Enter');
  await expect(designer.inspector.getByText(/10\.300\.0\.0 is not an IPv4 address/)).toBeVisible();
  await expect(addressSpace).toHaveAttribute('aria-invalid', 'true');
  await expect(vnet).not.toHaveAccessibleName(/10\.300/);
  // A half-typed prefix is never written: /33 stays an error when the field is left, not /3.
  await addressSpace.fill('10.2.0.0/33');
  await addressSpace.press('Tab');
  await expect(designer.inspector.getByText('/33 is not a prefix length: IPv4 prefixes are /0 to /32')).toBeVisible();
  await expect(designer.node(/^VNet VNet 1/)).not.toContainText('10.2.0.0/3');
  // Host bits set: the prefix meant is offered, and taking it applies it.
  await addressSpace.fill('10.0.0.5/16');
  await addressSpace.press('Enter');
  await expect(designer.inspector.getByText('Host bits are set: did you mean 10.0.0.0/16?')).toBeVisible();
  await expect(designer.node(/^VNet VNet 1/)).not.toContainText('10.0.0.5');
  await designer.inspector.getByRole('button', { name: 'Use 10.0.0.0/16' }).click();
  await expect(vnet).toHaveAccessibleName('VNet VNet 1');
  await expect(designer.node(/^VNet VNet 1/).getByText('10.0.0.0/16')).toBeVisible();

  // Copy and paste the VM through the clipboard: a second VM in the same VNet.
  await vm.click();
  await page.keyboard.press('ControlOrMeta+c');
  await page.keyboard.press('ControlOrMeta+v');
  await expect(designer.node(/^VM 1 \(2\): VM/)).toBeVisible();
  await page.keyboard.press('ControlOrMeta+d');
  await expect(designer.node(/^VM 1 \(3\): VM/)).toBeVisible();

  await screenshot(page, 'test-results/designer-built.png');

  // Reload: the design is still there, as it was.
  await expect(page.getByText('Saved in this browser')).toBeVisible();
  await page.reload();
  await expect(designer.node(/^VM 1 \(3\): VM/)).toBeVisible();
  await expect(designer.node(/^ER gateway 1: .*ErGw3AZ/)).toBeVisible();
  await expect(designer.edge('Connection ER gateway 1 – Circuit 1: FastPath off')).toHaveCount(1);
  await expect(designer.node(/^VNet VNet 1/).getByText('10.0.0.0/16')).toBeVisible();
});

test('a template opens as a new design, and the list keeps both', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await designer.newDesign('ER Direct with Private Link');
  await expect(designer.heading).toHaveText(/Direct/);
  await expect(designer.flowEdges().first()).toHaveAttribute('data-verdict', /fastpath|gateway|direct|unreachable/);

  await page.getByRole('button', { name: 'Designs', exact: true }).click();
  const saved = page.getByRole('region', { name: 'Saved designs' }).getByRole('listitem');
  await expect(saved).toHaveCount(2);
  await page.keyboard.press('Escape');
});
