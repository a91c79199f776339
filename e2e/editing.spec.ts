import { expect, test } from './test.ts';
import { DesignerPage } from './pages/designer-page.ts';

// Regressions for the friction a new user met while drawing: each test is one bug, as a person
// would run into it.

test('with the flow tool, a drag from anywhere on an endpoint draws a flow and moves nothing', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await expect(designer.flowEdges()).toHaveCount(6);
  const hubVm = designer.nodeById('hubvm');
  const before = await hubVm.boundingBox();

  await page.keyboard.press('f');
  // From the card's left part, far from its connect dot.
  const from = { x: before!.x + 24, y: before!.y + before!.height / 2 };
  await designer.drag(from, await designer.centre(designer.nodeById('spokevm')));
  await expect(designer.flowEdges()).toHaveCount(7);
  expect(await hubVm.boundingBox()).toEqual(before);
  await expect(page.getByRole('img', { name: /^Flow Hub VM → Spoke VM: / })).toHaveCount(1);
});

test('the connect dot keeps a usable size on screen when zoomed out', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await expect(designer.flowEdges()).toHaveCount(6);
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom Out' }).click();
  const zoom = await page
    .locator('.react-flow__viewport')
    .evaluate((element) => new DOMMatrixReadOnly(getComputedStyle(element).transform).a);
  expect(zoom).toBeLessThan(0.6);
  await designer.nodeById('hubvm').hover();
  const dot = await page.getByLabel('Connect from Hub VM', { exact: true }).boundingBox();
  expect(dot!.width).toBeGreaterThanOrEqual(13.5);
  expect(dot!.height).toBeGreaterThanOrEqual(13.5);
});
