import { expect, test } from './test.ts';
import { ESTATE_SIZES, largeEstate } from '../bench/fixtures.ts';
import { DesignerPage } from './pages/designer-page.ts';

// The largest estate the drag bench opens: 5,001 nodes and 10,000 flows. How fast is measured by
// `npm run bench -- --full`; this checks that it opens, every flow gets its verdict, and the canvas
// answers a click.

test('a 5,000-node estate with 10,000 flows opens, is evaluated, and answers a click', async ({ page }) => {
  test.setTimeout(240_000);
  const designer = new DesignerPage(page);
  await designer.open();
  const estate = largeEstate(ESTATE_SIZES['5k']);
  const started = Date.now();
  await page.getByTestId('import-file').setInputFiles({
    name: 'estate-5k.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(estate)),
  });
  const flows = page.getByRole('heading', { name: /^Flows 10000$/ });
  await expect(flows).toBeVisible({ timeout: 120_000 });
  await expect(page.getByRole('status', { name: 'Analysis' })).toContainText('Evaluated', { timeout: 120_000 });
  const opened = Date.now() - started;
  test.info().annotations.push({ type: 'opened and evaluated (ms)', description: String(opened) });
  console.log(`Opened and evaluated the 5k estate in ${(opened / 1000).toFixed(1)} s.`);

  // Interactive: a card clicked is selected and shown in the inspector.
  const card = designer.surface.locator('.react-flow__node:not(.react-flow__node-vnet)').first();
  await card.click({ position: { x: 4, y: 4 } });
  await expect(designer.inspector.getByLabel('Name', { exact: true })).toBeVisible({ timeout: 10_000 });
});
