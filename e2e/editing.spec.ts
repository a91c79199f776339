import { readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { expect, test } from './test.ts';
import { DesignerPage } from './pages/designer-page.ts';
import { meanLuminance } from './screenshots.ts';

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

/** Whether two boxes on the page overlap. */
function overlapping(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test('a VM dropped on the gateway, and a duplicate, land in free space', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await expect(designer.flowEdges()).toHaveCount(6);
  const gateway = designer.nodeById('ergw1');
  const box = (await gateway.boundingBox())!;
  await designer.palette
    .getByRole('button', { name: 'Add VM', exact: true })
    .dragTo(designer.nodeById('ergw1'), { targetPosition: { x: box.width / 2, y: box.height / 2 } });
  const added = designer.nodes().last();
  await expect(designer.inspector.getByRole('heading', { level: 2 })).toHaveText(/^VM/);
  const everyNode = async () => Promise.all((await designer.nodes().all()).map((n) => n.boundingBox()));
  const addedBox = (await added.boundingBox())!;
  expect(overlapping(addedBox, (await gateway.boundingBox())!)).toBe(false);

  // Ctrl+D: the copy sits clear of every other card.
  await page.keyboard.press('ControlOrMeta+d');
  await expect(designer.nodes()).toHaveCount(12);
  const copyBox = (await designer.nodes().last().boundingBox())!;
  const boxes = await everyNode();
  const cards = boxes.filter((b) => b && b.height < 80 && b !== null) as NonNullable<(typeof boxes)[number]>[];
  const clashes = cards.filter((b) => b.x !== copyBox.x || b.y !== copyBox.y).filter((b) => overlapping(b, copyBox));
  expect(clashes).toEqual([]);
});

test('a second identical flow is refused, naming the first', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await expect(designer.flowEdges()).toHaveCount(6);
  await page.keyboard.press('f');
  await designer.drag(
    await designer.centre(designer.nodeById('onprem')),
    await designer.centre(designer.nodeById('hubvm')),
  );
  await expect(designer.toast(/^Flow #1 already goes from On-premises \(CE router\) to Hub VM/)).toBeVisible();
  await expect(designer.flowEdges()).toHaveCount(6);
});

test('box select selects no page text, and counts nodes apart from their links', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await expect(designer.flowEdges()).toHaveCount(6);
  const canvas = (await designer.canvas.boundingBox())!;
  // A click in the header leaves the caret there: a Shift+press further down would extend a text
  // selection from it across the page.
  await designer.heading.click();
  await page.keyboard.down('Shift');
  await designer.drag(
    { x: canvas.x + 5, y: canvas.y + 60 },
    { x: canvas.x + canvas.width - 5, y: canvas.y + canvas.height - 5 },
  );
  await page.keyboard.up('Shift');
  expect(await page.evaluate(() => document.getSelection()?.toString() ?? '')).toBe('');
  await expect(designer.inspector.getByRole('heading', { level: 2 })).toHaveText(
    /^\d+ nodes and \d+ links and flows selected$/,
  );
});

test('at 1280×720 the deployment tabs sit in one row and no command is cut off', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const designer = new DesignerPage(page);
  await designer.openLab();
  await designer.edge(/^Connection ERGW1/).click();
  const tabs = designer.inspector.getByRole('tab');
  await expect(tabs).toHaveCount(4);
  const tops = await tabs.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().top));
  expect(new Set(tops).size).toBe(1);
  for (const tab of await tabs.all()) {
    await tab.click();
    const code = designer.inspector.getByRole('tabpanel').locator('pre');
    const { scroll, client } = await code.evaluate((element) => ({
      scroll: element.scrollWidth,
      client: element.clientWidth,
    }));
    expect(scroll, (await tab.textContent()) ?? '').toBeLessThanOrEqual(client);
  }
});

test('the palette names every kind in full', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const designer = new DesignerPage(page);
  await designer.openLab();
  const names = designer.palette.getByRole('button', { name: /^Add / });
  for (const button of await names.all()) {
    const clipped = await button.evaluate((element) =>
      Array.from(element.querySelectorAll('span')).some((span) => span.scrollWidth > span.clientWidth + 1),
    );
    expect(clipped, (await button.getAttribute('aria-label')) ?? '').toBe(false);
  }
});

test('a notice never covers the header’s buttons', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const designer = new DesignerPage(page);
  await designer.openLab();
  await page.keyboard.press('4'); // nothing selected: a gateway needs a VNet, and the notice says so
  const notice = designer.toast(/Select a VNet first/);
  await expect(notice).toBeVisible();
  // Where it settles once it has slid in.
  const toast = page.locator('[data-sonner-toast]').first();
  await expect(toast).toHaveAttribute('data-mounted', 'true');
  for (const name of ['Designs', 'Compare']) {
    const button = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
    await expect.poll(async () => overlapping((await toast.boundingBox())!, button), { message: name }).toBe(false);
  }
});

test('a picture is light by default even from the dark theme, dark on request, and writes subtitles in full', async ({
  page,
}) => {
  const designer = new DesignerPage(page);
  await designer.openLab('dark');
  const exportPicture = async (name: 'Export PNG' | 'Export SVG', background?: 'Light' | 'Dark') => {
    await page.getByRole('toolbar', { name: 'Share' }).getByRole('button', { name: 'Export', exact: true }).click();
    if (background)
      await page.getByRole('group', { name: 'Picture background' }).getByRole('button', { name: background }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name, exact: true }).click();
    return readFileSync(await (await download).path());
  };
  const light = await exportPicture('Export PNG');
  writeFileSync('test-results/picture-light-from-dark.png', light);
  expect(meanLuminance(PNG.sync.read(light))).toBeGreaterThan(0.8);
  expect(meanLuminance(PNG.sync.read(await exportPicture('Export PNG', 'Dark')))).toBeLessThan(0.3);
  // The screen is still dark afterwards.
  await expect(page.locator('html')).toHaveClass(/dark/);

  // The circuit's subtitle ends in "…" on the card; the picture's copy of it is not cut.
  const svg = (await exportPicture('Export SVG', 'Light')).toString('utf8');
  const detail =
    /<span[^>]*class="fp-node-detail[^"]*"[^>]*style="([^"]*)"[^>]*>Provider · 1 Gbps · Standard<\/span>/.exec(svg);
  expect(detail, 'the circuit subtitle in the SVG').not.toBeNull();
  expect(detail![1]).not.toMatch(/text-overflow:\s*ellipsis/);
});

test('every flow of the lab shows along its whole length: none passes under a card', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.openLab();
  // Hide what floats over the canvas, so only cards can cover a line.
  await page.addStyleTag({ content: '.react-flow__minimap, .react-flow__panel { display: none !important; }' });
  const covered = await page.locator('.react-flow__edge[data-flow-id]').evaluateAll((edges) =>
    edges.flatMap((edge) => {
      const path = edge.querySelector<SVGPathElement>('path.react-flow__edge-path');
      if (!path) return [`${edge.getAttribute('data-flow-id')}: no path`];
      const length = path.getTotalLength();
      const matrix = path.getScreenCTM()!;
      const hidden: string[] = [];
      // The whole curve but its last few pixels at each end, which touch its own cards' borders.
      for (let at = 8; at <= length - 8; at += 6) {
        const point = path.getPointAtLength(at).matrixTransform(matrix);
        const top = document.elementFromPoint(point.x, point.y);
        const card = top?.closest('.react-flow__node:not(.react-flow__node-vnet)');
        if (card)
          hidden.push(
            `${edge.getAttribute('data-flow-id')} under ${card.getAttribute('data-id')} at ${Math.round(at)} px`,
          );
      }
      return hidden;
    }),
  );
  expect(covered).toEqual([]);
});

test('a connection’s caption stays whole between two cards standing close', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.openLab();
  const zoom = await page
    .locator('.react-flow__viewport')
    .evaluate((element) => new DOMMatrixReadOnly(getComputedStyle(element).transform).a);
  // The circuit 60 px (in the design) nearer the site: 28 px between the cards.
  const circuit = designer.nodeById('circuit');
  const from = await designer.centre(circuit);
  await designer.drag(from, { x: from.x - 60 * zoom, y: from.y });
  const site = (await designer.nodeById('onprem').boundingBox())!;
  const moved = (await circuit.boundingBox())!;
  expect(moved.x - (site.x + site.width)).toBeLessThan(35 * zoom);

  const caption = page.locator('.fp-edge-caption', { hasText: 'Private peering' });
  await expect(caption).toBeVisible();
  // Every part of the caption is on top: no card covers its words. (The caption lets the pointer
  // through to the canvas; for this check it takes it, so the page says what is on top.)
  const hidden = await caption.evaluate((element: HTMLElement) => {
    element.style.pointerEvents = 'auto';
    const box = element.getBoundingClientRect();
    const misses: string[] = [];
    for (let x = box.left + 2; x < box.right - 1; x += 4) {
      const top = document.elementFromPoint(x, box.top + box.height / 2);
      if (!top || !element.contains(top)) misses.push(`${Math.round(x - box.left)} px: ${top?.className ?? 'nothing'}`);
    }
    return misses;
  });
  expect(hidden).toEqual([]);
});
