import { expect, test } from './test.ts';
import { ESTATE_CONNECTION, ESTATE_SIZES, largeEstate } from '../bench/fixtures.ts';
import { evaluate, loadDesign } from '../src/engine/index.ts';
import { connectionVnet, summary, withFastPath } from './estate-edits.ts';
import { DesignerPage } from './pages/designer-page.ts';

// Edits to a design of a thousand flows go to the worker as patches, and only the flows an edit
// can change come back (engine/incremental.ts). This checks, in the browser, that what the screen
// puts together is what a full evaluation of the edited design says, edit after edit and on undo.

test('edits to a 1,000-flow estate recolour exactly the flows a full evaluation says, and undo restores them', async ({
  page,
}) => {
  test.slow();
  const designer = new DesignerPage(page);
  await designer.open();
  const document = largeEstate(ESTATE_SIZES['1k']);
  const loaded = loadDesign(document);
  if (!loaded.ok) throw new Error('the 1k estate does not load');
  const connection = loaded.design.edges.find((edge) => edge.id === ESTATE_CONNECTION);
  if (connection?.kind !== 'connection') throw new Error(`no connection ${ESTATE_CONNECTION}`);
  const was = connection.props.fastPath;
  const before = summary(evaluate(loaded.design));
  const after = summary(evaluate(withFastPath(loaded.design, !was)));
  expect(after, 'the edit changes some verdicts').not.toBe(before);

  await page.getByTestId('import-file').setInputFiles({
    name: 'estate-1k.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(document)),
  });
  await expect(page.getByRole('status', { name: 'Analysis' })).toContainText('Evaluated', { timeout: 60_000 });
  // The flow list's line of counts by verdict, under its heading.
  const line = page.locator('section[aria-labelledby="flows-heading"] > div > p').first();
  await expect(line).toHaveText(before, { timeout: 30_000 });

  // Select the connection, and switch its FastPath. Fitted, the canvas is an overview where the
  // gateway is sketched inside its VNet and its links are one layer: zoom in on that VNet first.
  await page.getByRole('toolbar', { name: 'Canvas tools' }).getByRole('button', { name: 'Fit to screen' }).click();
  await expect(page.getByTestId('sketched-resources').first()).toBeAttached();
  await expect(page.locator(`.react-flow__edge[data-id="${ESTATE_CONNECTION}"]`)).toHaveCount(0);
  // A click on the gateway's sketch selects it: it is a node of its own again, with its links.
  const hubId = connectionVnet(loaded.design);
  const gatewayTile = await designer
    .nodeById(hubId)
    .locator('[data-testid="sketched-resources"] path.fill-indigo-200')
    .boundingBox();
  if (!gatewayTile) throw new Error('the gateway is not sketched in its VNet');
  await page.mouse.click(gatewayTile.x + gatewayTile.width / 2, gatewayTile.y + gatewayTile.height / 2);
  await expect(designer.inspector.getByLabel('Name', { exact: true })).toHaveValue('ER gateway 1');
  await expect(designer.nodeById(connection.source)).toBeVisible();
  await expect(page.locator(`.react-flow__edge[data-id="${ESTATE_CONNECTION}"]`)).toHaveCount(1);
  const hub = await designer.nodeById(hubId).boundingBox();
  if (!hub) throw new Error('the hub VNet is not on screen');
  await page.mouse.move(hub.x + hub.width / 2, hub.y + hub.height / 2);
  // React Flow zooms by 2^(−deltaY × 0.002): from the fit (about 0.12) to about 0.6.
  await page.mouse.wheel(0, -1200);
  await expect(page.getByTestId('sketched-resources')).toHaveCount(0);
  await page
    .locator(`.react-flow__edge[data-id="${ESTATE_CONNECTION}"] .react-flow__edge-interaction`)
    .dispatchEvent('click');
  const fastPath = designer.inspector.getByRole('checkbox', { name: 'FastPath', exact: true });
  await expect(fastPath).toBeChecked({ checked: was });
  await fastPath.click();
  await expect(line).toHaveText(after, { timeout: 30_000 });

  // Back, then forward again: each a patch of the one before.
  await fastPath.click();
  await expect(line).toHaveText(before, { timeout: 30_000 });
  await fastPath.click();
  await expect(line).toHaveText(after, { timeout: 30_000 });
  await page.getByRole('toolbar', { name: 'Canvas tools' }).getByRole('button', { name: 'Undo' }).click();
  await expect(line).toHaveText(before, { timeout: 30_000 });
});
