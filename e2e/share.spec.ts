import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './test.ts';
import { PNG } from 'pngjs';
import { DesignerPage } from './pages/designer-page.ts';
import { countPixels } from './screenshots.ts';

// Designs leaving and coming back: JSON and PNG round trips, import by chooser, drop and paste,
// and every bad file refused with its reason while the open design stays as it was.

async function exportAs(page: Page, name: string): Promise<Buffer> {
  await page.getByRole('toolbar', { name: 'Share' }).getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name, exact: true }).click();
  const file = await download;
  return readFileSync(await file.path());
}

async function importFile(page: Page, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  await page.getByTestId('import-file').setInputFiles({ name, mimeType, buffer });
}

/** The union of every node's box, in design coordinates (the canvas may be zoomed). */
async function designBounds(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => {
    // The zoom is the transform of React Flow's viewport element, which has no role or test id.
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    const zoom = new DOMMatrix(getComputedStyle(viewport!).transform).a;
    const boxes = Array.from(document.querySelectorAll('[data-testid^="rf__node-"]'), (n) => n.getBoundingClientRect());
    const left = Math.min(...boxes.map((b) => b.left));
    const right = Math.max(...boxes.map((b) => b.right));
    const top = Math.min(...boxes.map((b) => b.top));
    const bottom = Math.max(...boxes.map((b) => b.bottom));
    return { width: (right - left) / zoom, height: (bottom - top) / zoom };
  });
}

test('export JSON and PNG, and both open again as the same design', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await expect(designer.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'fastpath');

  const json = await exportAs(page, 'Export JSON');
  const document = JSON.parse(json.toString('utf8'));
  expect(document).toMatchObject({
    format: 'fastpath-design',
    version: 1,
    title: 'Hub, spoke and remote VNet on one circuit (lab)',
  });
  expect(Object.keys(document).sort()).toEqual([
    'allowPreviews',
    'edges',
    'format',
    'nodes',
    'notes',
    'rulesAsOf',
    'title',
    'version',
  ]);

  // The PNG: twice the design's bounds (plus padding) wide, taller by the caption, flows in colour.
  const bounds = await designBounds(page);
  const pngBytes = await exportAs(page, 'Export PNG');
  const png = PNG.sync.read(pngBytes);
  expect(Math.abs(png.width - 2 * (bounds.width + 80))).toBeLessThanOrEqual(4);
  expect(png.height).toBeGreaterThan(2 * (bounds.height + 80));
  expect(countPixels(png, [0x16, 0xa3, 0x4a])).toBeGreaterThan(200); // FastPath green
  expect(countPixels(png, [0xd9, 0x77, 0x06])).toBeGreaterThan(200); // Gateway amber

  // Import the JSON: a new design in the list, the same document.
  await importFile(page, 'lab.json', 'application/json', json);
  await expect(designer.toast(/Opened “lab.json” as a new design/)).toBeVisible();
  // The same document, under a name of its own beside the design it came from.
  expect(JSON.parse((await exportAs(page, 'Export JSON')).toString('utf8'))).toEqual({
    ...document,
    title: `${document.title} (2)`,
  });

  // Import the PNG: the design it carries, the same document again.
  await importFile(page, 'lab.png', 'image/png', pngBytes);
  await expect(designer.toast(/Opened “lab.png” as a new design/)).toBeVisible();
  await expect(designer.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'fastpath');
  expect(JSON.parse((await exportAs(page, 'Export JSON')).toString('utf8'))).toEqual({
    ...document,
    title: `${document.title} (3)`,
  });

  await page.getByRole('button', { name: 'Designs', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Saved designs' }).getByRole('listitem')).toHaveCount(3);
});

test('every bad file is refused with its reason, and the open design is left as it was', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await expect(designer.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'fastpath');
  const before = (await exportAs(page, 'Export JSON')).toString('utf8');
  const blankPng = PNG.sync.write(new PNG({ width: 4, height: 4 }));

  const bad: [string, string, Buffer, RegExp][] = [
    [
      'notes.json',
      'application/json',
      Buffer.from('these are my notes {'),
      /“notes.json” cannot be opened: not valid JSON/,
    ],
    ['other.json', 'application/json', Buffer.from('{"format":"drawio","version":1}'), /format: not a FastPath design/],
    [
      'future.json',
      'application/json',
      Buffer.from('{"format":"fastpath-design","version":9,"nodes":[]}'),
      /version: this design is format version 9, made by a newer FastPath Designer/,
    ],
    [
      'broken.json',
      'application/json',
      Buffer.from(
        '{"format":"fastpath-design","version":1,"nodes":[{"id":"g","kind":"gateway","props":{"sku":"Gold"}}]}',
      ),
      /nodes\[0\]/,
    ],
    [
      'huge.json',
      'application/json',
      Buffer.alloc(10 * 1024 * 1024 + 10, 0x20),
      /“huge.json” cannot be opened: it is 10.0 MB; designs are at most 10 MB/,
    ],
    ['photo.png', 'image/png', blankPng, /“photo.png” cannot be opened: this PNG holds no design/],
  ];
  for (const [name, type, buffer, message] of bad) {
    await importFile(page, name, type, buffer);
    await expect(designer.toast(message)).toBeVisible();
  }
  await expect(designer.heading).toHaveText('Hub, spoke and remote VNet on one circuit (lab)');
  expect((await exportAs(page, 'Export JSON')).toString('utf8')).toBe(before);
  await page.getByRole('button', { name: 'Designs', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Saved designs' }).getByRole('listitem')).toHaveCount(1);
});

test('a design file dropped on the canvas, or design JSON pasted, opens as a new design', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  const text = readFileSync('fixtures/examples/provider-wrong-sku.json', 'utf8');

  const dataTransfer = await page.evaluateHandle((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'wrong-sku.json', { type: 'application/json' }));
    return data;
  }, text);
  await designer.surface.dispatchEvent('drop', { dataTransfer });
  await expect(designer.toast(/Opened “wrong-sku.json” as a new design/)).toBeVisible();
  await expect(designer.heading).toHaveText(JSON.parse(text).title);

  await designer.newDesign('Empty design');
  await page.evaluate(
    (content) => {
      const data = new DataTransfer();
      data.setData('text/plain', content);
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    },
    readFileSync('fixtures/examples/direct-private-link.json', 'utf8'),
  );
  await expect(designer.toast('Opened the pasted design as a new design')).toBeVisible();
  await expect(designer.heading).toHaveText(/Direct/);
});

test('a share link opens the same design read-only, with a button to save a copy', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const designer = new DesignerPage(page);
  await designer.open();
  await expect(designer.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'fastpath');
  const original = (await exportAs(page, 'Export JSON')).toString('utf8');

  await page.getByRole('toolbar', { name: 'Share' }).getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(designer.toast(/Share link copied/)).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#share=v1\.[A-Za-z0-9_-]+$/);

  const other = await context.newPage();
  const viewer = new DesignerPage(other);
  await other.goto(link);
  await expect(other.getByRole('status', { name: 'Shared design' })).toContainText('read-only');
  await expect(viewer.heading).toHaveText('Hub, spoke and remote VNet on one circuit (lab)');
  await expect(viewer.flowEdge('f-onprem-spoke')).toHaveAttribute('data-verdict', 'gateway');
  expect((await exportAs(other, 'Export JSON')).toString('utf8')).toBe(original);

  // It looks read-only: no palette, the header says it is a shared link (not "not saved"), the
  // inspector says its values cannot be edited, and the editing tools are off.
  await expect(viewer.palette).toHaveCount(0);
  await expect(other.getByText('Shared link, read-only')).toBeVisible();
  await expect(other.getByText(/Not saved/)).toHaveCount(0);
  await expect(viewer.inspector).toContainText('Read-only: the values are shown, not editable.');
  await expect(viewer.inspector.getByLabel('Title')).toBeDisabled();
  await expect(viewer.toolbar.getByRole('button', { name: 'Flow tool' })).toBeDisabled();
  // The reviewer may still check it against another rule pack, for this visit.
  await viewer.rulesSelect.selectOption('2019-05');
  await expect(viewer.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'gateway');
  await viewer.rulesSelect.selectOption('latest');
  await expect(viewer.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'fastpath');

  // Read-only: an edit is refused and changes nothing.
  const nodes = await viewer.nodes().count();
  await viewer.canvas.click({ position: { x: 500, y: 140 } });
  await other.keyboard.press('1');
  await expect(viewer.toast(/read-only: save a copy/)).toBeVisible();
  await expect(viewer.nodes()).toHaveCount(nodes);

  // A double click keeps one copy, not two.
  await other.getByRole('button', { name: 'Save a copy' }).dblclick();
  await expect(viewer.toast(/Saved a copy to your designs/)).toBeVisible();
  await expect(other.getByRole('status', { name: 'Shared design' })).toBeHidden();
  expect(new URL(other.url()).hash).toBe('');
  await other.keyboard.press('1');
  await expect(viewer.nodes()).toHaveCount(nodes + 1);
  await other.getByRole('button', { name: 'Designs', exact: true }).click();
  await expect(other.getByRole('region', { name: 'Saved designs' }).getByRole('listitem')).toHaveCount(2);
});

test('a share link that does not decode is refused with a message, and the last design opens', async ({ page }) => {
  const designer = new DesignerPage(page);
  await page.goto('/#share=v1.this-is-not-a-design');
  await expect(designer.toast(/This share link cannot be opened: its data does not unpack/)).toBeVisible();
  await expect(designer.heading).toHaveText('Hub, spoke and remote VNet on one circuit (lab)');
  await expect(page.getByRole('status', { name: 'Shared design' })).toBeHidden();
});

test('a connection offers its deployment commands, with the verified property names', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const designer = new DesignerPage(page);
  await designer.open();
  await designer.edge(/^Connection ERGW2 – CIRCUIT_EQUINIX: FastPath off/).click();
  const deploy = designer.inspector.getByRole('region', { name: 'Deploy' });
  await expect(deploy.getByRole('tabpanel')).toContainText(
    'az network vpn-connection create --name ERGW2-to-CIRCUIT_EQUINIX',
  );
  await expect(deploy.getByRole('tabpanel')).toContainText('--express-route-gateway-bypass false');
  await expect(deploy.getByRole('tabpanel')).not.toContainText('--enable-fastpath');

  await designer.inspector.getByLabel('FastPath', { exact: true }).check();
  await deploy.getByRole('tab', { name: 'Terraform' }).click();
  await expect(deploy.getByRole('tabpanel')).toContainText(/express_route_gateway_bypass\s+= true/);
  await deploy.getByRole('button', { name: 'Copy' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    'resource "azurerm_virtual_network_gateway_connection"',
  );
});

test('the findings report and the diagram exports carry the flows and verdicts', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await expect(designer.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'fastpath');

  // Markdown: the report and the picture it shows, as two files.
  await page.getByRole('toolbar', { name: 'Share' }).getByRole('button', { name: 'Export', exact: true }).click();
  const files: string[] = [];
  page.on('download', (download) => files.push(download.suggestedFilename()));
  const first = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Report as Markdown' }).click();
  const markdown = readFileSync(await (await first).path(), 'utf8');
  await expect.poll(() => files.length).toBe(2);
  expect(files.sort()).toEqual([
    'hub-spoke-and-remote-vnet-on-one-circuit-lab-findings.md',
    'hub-spoke-and-remote-vnet-on-one-circuit-lab.png',
  ]);
  // Design text is escaped for Markdown, so it renders as written and never as a link or markup.
  expect(markdown).toContain(
    '| \\#2 On-premises \\(CE router\\) → Spoke VM | Gateway | Gateway \\(passed\\) | On-premises \\(CE router\\) → MSEE → \\* → 10.254.10.4 | 2 |',
  );
  expect(markdown).toContain(
    '![Hub, spoke and remote VNet on one circuit \\(lab\\)](hub-spoke-and-remote-vnet-on-one-circuit-lab.png)',
  );

  // The printable page holds the picture itself.
  const html = (await exportAs(page, 'Report as printable HTML')).toString('utf8');
  const report = await page.context().newPage();
  await report.setContent(html);
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('Hub, spoke and remote VNet on one circuit (lab)');
  await expect(report.getByRole('table').getByRole('row')).toHaveCount(7);
  expect(
    await report.getByRole('img', { name: 'The design' }).evaluate((img: HTMLImageElement) => img.naturalWidth),
  ).toBeGreaterThan(1000);
  await report.close();

  expect((await exportAs(page, 'Mermaid')).toString('utf8')).toMatch(
    // "#1: FastPath", with # and : as Mermaid entity codes.
    /^flowchart LR\n[\s\S]*n0 -\.->\|"#35;1#58; FastPath"\| n4/,
  );
  expect((await exportAs(page, 'draw.io')).toString('utf8')).toMatch(
    /^<mxfile host="FastPath Designer">[\s\S]*strokeColor=#16a34a/,
  );
});
