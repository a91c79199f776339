import { expect, test } from './test.ts';
import type { Locator, Page } from '@playwright/test';
import { ESTATE_CONNECTION, ESTATE_SIZES, largeEstate } from '../bench/fixtures.ts';
import { evaluate, loadDesign } from '../src/engine/index.ts';
import { connectionVnet, summary, withFastPath } from './estate-edits.ts';
import { watchLongTasks } from './long-tasks.ts';
import { DesignerPage } from './pages/designer-page.ts';

// A design of a thousand nodes and a thousand flows, used as a person would: it opens, the view is
// panned, a VNet is dragged, and a connection's FastPath is switched until its flows show their
// new verdicts. The main thread never holds input up for more than 50 ms (a long task) meanwhile.

type Point = { x: number; y: number };

// Recording a trace snapshots the whole DOM at each step, in the page's main thread: long tasks
// of the test's own making.
test.use({ trace: 'off' });

test('a 1,000-node, 1,000-flow estate opens, pans, drags a VNet and recolours after an edit with no task over 50 ms', async ({
  page,
}) => {
  test.slow();
  const designer = new DesignerPage(page);
  const estate = largeEstate(ESTATE_SIZES['1k']);
  const loaded = loadDesign(estate);
  if (!loaded.ok) throw new Error('the 1k estate does not load');
  const connection = loaded.design.edges.find((edge) => edge.id === ESTATE_CONNECTION);
  if (connection?.kind !== 'connection') throw new Error(`no connection ${ESTATE_CONNECTION}`);
  const before = summary(evaluate(loaded.design));
  const after = summary(evaluate(withFastPath(loaded.design, !connection.props.fastPath)));
  expect(after, 'the edit changes some verdicts').not.toBe(before);
  // The app has started: its own first design drawn and evaluated, and stored for offline use.
  await designer.openLab();
  await designer.startedUp();
  // While the clock runs, the test waits by a plain check of the DOM every 250 ms: Playwright's
  // own waits and queries by role or text are work in the page's main thread as well.
  const LINE = 'section[aria-labelledby="flows-heading"] > div > p';
  const lineSays = (text: string) =>
    page.waitForFunction(
      ({ selector, text }) => document.querySelector(selector)?.textContent === text,
      { selector: LINE, text },
      { polling: 250, timeout: 60_000 },
    );
  const counted = () =>
    page.waitForFunction(() => document.querySelector('.fp-flow-group-count') !== null, undefined, { polling: 250 });

  // And the page is idle: what the start left to do (saving the lab, say) is done.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 })));
  const longTasks = await watchLongTasks(page);

  // Opens, fitted: an overview of its places with the flows counted per pair of places.
  await page.getByTestId('import-file').setInputFiles({
    name: 'estate-1k.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(estate)),
  });
  await lineSays(before);
  await counted();

  // Pans, from a point of the bare pane.
  const viewport = page.locator('.react-flow__viewport');
  const transform = () => viewport.evaluate((element) => getComputedStyle(element).transform);
  const fitted = await transform();
  const pane = await bareEnough(page, designer.surface);
  await dragBy(page, pane, { x: -120, y: -60 });
  await expect.poll(transform).not.toBe(fitted);

  // Drags the spoke VNet nearest the middle, held where it is on top.
  const spoke = designer.nodeById(await spokeNearMiddle(designer.surface));
  const from = await spoke.evaluate((element) => element.style.transform);
  await dragBy(page, await ownPoint(page, spoke), { x: 40, y: 30 });
  await expect.poll(() => spoke.evaluate((element) => element.style.transform)).not.toBe(from);

  // Edits: the gateway picked on its sketch in the hub, its connection on its line, FastPath switched.
  const gatewayTile = await designer
    .nodeById(connectionVnet(loaded.design))
    .locator('[data-testid="sketched-resources"] path.fill-indigo-200')
    .boundingBox();
  if (!gatewayTile) throw new Error('the gateway is not sketched in its VNet');
  await page.mouse.click(gatewayTile.x + gatewayTile.width / 2, gatewayTile.y + gatewayTile.height / 2);
  // The Inspector found by its label, not by its role: a role query walks the whole page.
  const inspector = page.locator('[aria-label="Inspector"]');
  await expect(inspector.getByLabel('Name', { exact: true })).toHaveValue('ER gateway 1');
  const link = page.locator(`.react-flow__edge[data-id="${ESTATE_CONNECTION}"]`);
  await page.mouse.click(...xy(await onLine(page, link)));
  const fastPath = inspector.getByRole('checkbox', { name: 'FastPath', exact: true });
  await fastPath.click();
  await lineSays(after);
  await counted();
  const seen = await longTasks();

  // What the person saw: the overview, its counts, and the connection's new FastPath setting.
  await expect(page.getByTestId('sketched-resources').first()).toBeAttached();
  await expect(page.locator('.fp-flow-group-count').first()).toBeVisible();
  await expect(fastPath).toBeChecked({ checked: !connection.props.fastPath });
  expect(seen, 'long tasks (ms) while opening, panning, dragging and editing').toEqual([]);
});

const xy = (point: Point): [number, number] => [point.x, point.y];

/** Presses at `at`, moves by `by` in 20 steps (a mouse event a frame, as a hand does), releases. */
async function dragBy(page: Page, at: Point, by: Point): Promise<void> {
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  for (let step = 1; step <= 20; step++) {
    await page.mouse.move(at.x + (by.x * step) / 20, at.y + (by.y * step) / 20);
    await page.evaluate(() => new Promise(requestAnimationFrame));
  }
  await page.mouse.up();
}

/** A point of the canvas where nothing but the pane is under the pointer, away from the edges. */
async function bareEnough(page: Page, surface: Locator): Promise<Point> {
  const box = await surface.boundingBox();
  if (!box) throw new Error('the canvas is not on screen');
  const point = await page.evaluate((box) => {
    for (let y = box.y + 100; y < box.y + box.height - 100; y += 7)
      for (let x = box.x + 100; x < box.x + box.width - 250; x += 7)
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
    return null;
  }, box);
  if (!point) throw new Error('no bare point of the pane');
  return point;
}

/** A point inside `node` where it is on top (no line or other node over it). */
async function ownPoint(page: Page, node: Locator): Promise<Point> {
  const point = await node.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    for (let y = rect.top + 3; y < rect.bottom - 3; y += 3)
      for (let x = rect.left + 3; x < rect.right - 3; x += 3) {
        const under = document.elementFromPoint(x, y);
        if (under && under.closest('.react-flow__node') === element) return { x, y };
      }
    return null;
  });
  if (!point) throw new Error('the node is covered everywhere');
  return point;
}

/** A point on `edge`'s line where the line itself is under the pointer. */
async function onLine(page: Page, edge: Locator): Promise<Point> {
  const point = await edge.evaluate((element) => {
    const path = element.querySelector<SVGPathElement>('path.react-flow__edge-interaction');
    if (!path) return null;
    const length = path.getTotalLength();
    const matrix = path.getScreenCTM();
    if (!matrix) return null;
    for (let at = length * 0.1; at <= length * 0.9; at += length / 40) {
      const { x, y } = path.getPointAtLength(at).matrixTransform(matrix);
      if (element.contains(document.elementFromPoint(x, y))) return { x, y };
    }
    return null;
  });
  if (!point) throw new Error('the line is covered everywhere');
  return point;
}

/** The id of the spoke VNet whose centre is nearest the canvas's middle. */
async function spokeNearMiddle(surface: Locator): Promise<string> {
  const id = await surface.evaluate((canvas) => {
    const box = canvas.getBoundingClientRect();
    const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    let best: { id: string; distance: number } | null = null;
    for (const node of canvas.querySelectorAll<HTMLElement>('.react-flow__node-vnet[data-id^="spoke"]')) {
      const rect = node.getBoundingClientRect();
      const distance = Math.hypot(rect.x + rect.width / 2 - middle.x, rect.y + rect.height / 2 - middle.y);
      if (!best || distance < best.distance) best = { id: node.dataset.id ?? '', distance };
    }
    return best?.id ?? null;
  });
  if (!id) throw new Error('no spoke VNet on the canvas');
  return id;
}
