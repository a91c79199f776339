import { expect, test } from './test.ts';
import { peeringMesh } from '../bench/fixtures.ts';
import { DesignerPage } from './pages/designer-page.ts';

// The largest design the format allows in links: 300 VNets peered with each other (44,850
// peerings). How fast it opens is measured by `npm run bench`; this checks that it opens, stays
// usable, and that a VNet's links can still be reached.

test('a 300-VNet full mesh opens, draws its links as one layer, and a selected VNet gets its own links back', async ({
  page,
}) => {
  test.slow();
  const designer = new DesignerPage(page);
  await designer.open();
  const mesh = peeringMesh(300);
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'mesh.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mesh)) });
  await expect(designer.heading).toHaveText('300-VNet peering mesh');
  await expect(designer.nodeById('v0')).toBeVisible();
  await expect(page.getByTestId('bundled-links')).toBeAttached();
  await expect(designer.canvas.getByRole('status').filter({ hasText: 'links are drawn as one layer' })).toContainText(
    '44,852 links',
  );
  // Only the flows are edges of their own until something is selected.
  await expect(designer.flowEdges()).toHaveCount(30);
  // No peering (ids p<a>-<b> in peeringMesh) is drawn as an edge element (React Flow's test id).
  await expect(page.getByTestId(/^rf__edge-p\d+-\d+$/)).toHaveCount(0);

  await designer.nodeById('v0').click({ position: { x: 4, y: 3 } });
  await expect(designer.canvas.getByRole('status').filter({ hasText: 'links are drawn as one layer' })).toContainText(
    '44,553 links',
  );
  await expect(designer.inspector.getByLabel('Name', { exact: true })).toHaveValue('VNet 0');

  // A reload reopens it (reading 44,852 links back from storage takes a while on a busy machine).
  await page.reload();
  await expect(designer.heading).toHaveText('300-VNet peering mesh', { timeout: 30_000 });
  await expect(designer.nodeById('v0')).toBeVisible();
});
