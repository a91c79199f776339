// npm run bench (fifth part): the built app against bare React Flow, side by side in one run, on
// the same design (a seeded hub-and-spoke estate, fixtures.ts) at the same zoom. The bare page
// (bench/bare/) is built from the same node_modules with React Flow's default nodes and edges,
// each node where and as big as the app draws it. For each side: a resource card near the middle
// of the screen dragged in a circle for 90 frames, one mouse move per animation frame, at zoom 1
// and with the whole design fitted (frame times from the requestAnimationFrame timestamps, main
// thread time from the DevTools protocol's TaskDuration), and the JS heap after a garbage
// collection. The app alone: import to every flow coloured (with its long tasks) and a connection's
// FastPath switched in the Inspector to its flows recoloured. The goals are printed beside the
// figures; the bench reports, it does not fail on them (exit code 1 only when something breaks).
//
//   npm run bench              1k: about 1,000 nodes and 1,000 flows
//   BENCH_FULL=1 or --full     1k, then 5k: about 5,000 nodes and 10,000 flows
//   BENCH_SMOKE=1              the smoke size only (about 100 nodes, 100 flows), for CI
//   BENCH_COLOURED=canvas|flow-list   how "coloured" is read (see COLOURED_BY)
//   BENCH_DRAG_BUDGET_S=120    a drag stops early (and says so) after this many seconds
//   BENCH_SCREENSHOTS=folder   screenshots of both pages at each stage, to see what was measured
//   BENCH_PROGRESS=1           each stage on stderr as it starts (always on a terminal)
//   BENCH_BARE_RENDERER=react  the bare page on React DOM (by default on Preact, as the app)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, CDPSession, Page } from '@playwright/test';
import preact from '@preact/preset-vite';
import { build, preview, type PluginOption } from 'vite';
import { evaluate, loadDesign, type Design, type EvaluationResult } from '../src/engine/index.ts';
import { VERDICT_STYLES, type FlowState } from '../src/app/verdict-style.ts';
import { ESTATE_CONNECTION, ESTATE_SIZES, largeEstate } from './fixtures.ts';
import { buildApp, freePort, importFile, launchBrowser, previewApp } from './browser-kit.ts';

type SizeName = keyof typeof ESTATE_SIZES;
type Point = { x: number; y: number };

/**
 * How the bench reads that every flow is coloured. `canvas` counts the flow edges on the canvas
 * (`data-verdict` of `.react-flow__edge[data-flow-id]`): right only while the canvas draws every
 * flow as an edge of its own, which it no longer does when zoomed out (flows between two places
 * become one line with counts) nor with off-screen edges left out. `flow-list` reads the counts
 * above the flow list (the app's own status: "519 FastPath · 180 Gateway · …" of "Flows 1000").
 */
type ColouredBy = 'canvas' | 'flow-list';
const COLOURED_BY: Record<SizeName, ColouredBy> = { smoke: 'flow-list', '1k': 'flow-list', '5k': 'flow-list' };

const WINDOW = { width: 1600, height: 1000 };
const FRAMES = 90;
/** The dragged card goes round a circle of this radius (screen pixels) and is dropped where it started. */
const CIRCLE = 60;
const DRAG_BUDGET_MS = Number(process.env.BENCH_DRAG_BUDGET_S ?? 120) * 1000;
const IMPORT_TIMEOUT_MS: Record<SizeName, number> = { smoke: 60_000, '1k': 300_000, '5k': 1_200_000 };

const GOALS = {
  frameMs: 16.7,
  frameRatio: 1.1,
  importMs: { smoke: 1_000, '1k': 1_000, '5k': 5_000 } as Record<SizeName, number>,
  longTaskMs: 50,
  editMs: 100,
  heapRatio: 2,
};

type Drag = { zoom: number; frames: number; p50: number; p95: number; cpuPerFrame: number };
type Side = { heapMB: number; fit: Drag; one: Drag };
type App = Side & {
  importMs: number;
  longTasks: number;
  longestTaskMs: number;
  editMs: number;
  flowsChanged: number;
  editNote: string;
  /** How the connection was selected. */
  selectedBy: string;
};
type Verdicts = { listed: number; counts: Record<string, number> };

const SCREENSHOTS = process.env.BENCH_SCREENSHOTS;

const here = fileURLToPath(new URL('.', import.meta.url));
const problems: string[] = [];
const consoleErrors: string[] = [];

/**
 * The bare page renders as the app does, with Preact through preact/compat (see vite.config.ts), so
 * the ratios compare React Flow with and without the app on one renderer. BENCH_BARE_RENDERER=react
 * builds it with React DOM instead, to see what the renderer itself changes.
 */
function bareRendering(): PluginOption[] {
  // Left to Vite, JSX compiles for React and `react` resolves to React itself.
  return process.env.BENCH_BARE_RENDERER === 'react' ? [] : [preact({ devToolsEnabled: false })];
}

async function main(): Promise<void> {
  const full = process.argv.includes('--full') || process.env.BENCH_FULL === '1';
  const sizes: SizeName[] = process.env.BENCH_SMOKE === '1' ? ['smoke'] : full ? ['1k', '5k'] : ['1k'];
  const folder = mkdtempSync(join(tmpdir(), 'fastpath-drag-'));
  const stops: (() => Promise<void> | void)[] = [];
  try {
    const appDir = join(folder, 'app');
    const bareDir = join(folder, 'bare');
    await buildApp(appDir);
    await build({
      root: join(here, 'bare'),
      configFile: false,
      logLevel: 'error',
      plugins: bareRendering(),
      build: { outDir: bareDir, emptyOutDir: true },
    });
    const app = await previewApp(appDir);
    stops.push(app.stop);
    const bare = await preview({
      root: join(here, 'bare'),
      configFile: false,
      logLevel: 'error',
      build: { outDir: bareDir },
      preview: { host: '127.0.0.1', port: await freePort(), strictPort: true },
    });
    stops.push(() => bare.close());
    const bareBase = bare.resolvedUrls?.local[0];
    if (!bareBase) throw new Error('the bare page server has no address');
    const browser = await launchBrowser();
    stops.push(() => browser.close());

    for (const size of sizes) {
      const doc = largeEstate(ESTATE_SIZES[size]);
      const file = join(folder, `estate-${size}.json`);
      writeFileSync(file, JSON.stringify(doc));
      const loaded = loadDesign(doc);
      if (!loaded.ok) throw new Error(`the ${size} estate does not load: ${JSON.stringify(loaded).slice(0, 500)}`);
      const design = loaded.design;
      const colouredBy = (process.env.BENCH_COLOURED as ColouredBy | undefined) ?? COLOURED_BY[size];
      const appFigures = await measureApp(browser, app.base, file, design, size, colouredBy);
      const bareFigures = await measureBare(browser, bareBase, JSON.stringify(doc), size, design, appFigures);
      print(size, design, appFigures.figures, bareFigures, appFigures.dragged, colouredBy);
    }
  } finally {
    for (const stop of stops.reverse()) {
      try {
        await stop();
      } catch {
        // already gone
      }
    }
    rmSync(folder, { recursive: true, force: true });
  }
  if (consoleErrors.length > 0) {
    console.log(`\n  console errors in the app (${consoleErrors.length}, the first 5):`);
    for (const text of consoleErrors.slice(0, 5)) console.log(`    ${text.slice(0, 300)}`);
  }
  if (problems.length > 0) throw new Error(`errors in the pages:\n  ${problems.join('\n  ')}`);
}

// ---- The app ----------------------------------------------------------------------------------

async function measureApp(
  browser: Browser,
  base: string,
  file: string,
  design: Design,
  size: SizeName,
  colouredBy: ColouredBy,
): Promise<{ figures: App; dragged: Dragged }> {
  const page = await openPage(browser, 'app');
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.addInitScript({ content: PAGE_SCRIPT });
    await page.goto(base);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Design', exact: true }).locator('.react-flow__node').first().waitFor();

    // Import to coloured.
    progress(`${size}: app, import`);
    const flows = design.edges.filter((edge) => edge.kind === 'flow').length;
    const timeout = IMPORT_TIMEOUT_MS[size];
    await startWatch(page, colouredBy, { listed: flows, counts: null });
    await importFile(page, file);
    await waitForWatch(page, timeout, `every flow coloured after the import (${colouredBy})`);
    const imported = await page.evaluate(() => {
      const bench = (window as unknown as { __bench: PageBench }).__bench;
      return { chosen: bench.marks.chosen ?? 0, done: bench.doneAt };
    });
    if (!imported.chosen) throw new Error('the file input never changed');
    await settle(page, timeout);
    const tasks = await page.evaluate(
      ({ from, to }) =>
        (window as unknown as { __bench: PageBench }).__bench.tasks.filter((t) => t.start >= from && t.start <= to),
      { from: imported.chosen, to: imported.done + 1000 },
    );
    const heapMB = await heap(cdp);
    await screenshot(page, `app-${size}-imported`);

    // Drags: fitted, then at zoom 1 around the same card.
    progress(`${size}: app, drag fitted`);
    await fitApp(page);
    // Fitted, a large design is an overview of its places (src/app/canvas/overview.ts): its spoke
    // VNets are nodes, their resources sketched inside them. The drag then takes the spoke nearest
    // the middle, and at zoom 1 its first resource card.
    const card = (await page.evaluate(nearestNode(CARD_ID))) as string | null;
    const fitted = card ?? ((await page.evaluate(nearestNode(SPOKE_ID))) as string | null);
    if (!fitted) throw new Error('no resource card or spoke VNet on the fitted canvas');
    const dragged = { fitted, card: card ?? `${fitted}-0` };
    const fit = await drag(page, cdp, dragged.fitted);
    await settle(page, timeout);
    await fitApp(page);
    await wheelZoomTo(page, await centreOf(page, dragged.fitted), 1);
    progress(`${size}: app, drag at zoom 1`);
    await screenshot(page, `app-${size}-zoom-1`);
    const one = await drag(page, cdp, dragged.card);
    await settle(page, timeout);

    progress(`${size}: app, edit`);
    const edit = await editConnection(page, size, design, colouredBy, timeout);
    return {
      figures: {
        heapMB,
        fit,
        one,
        importMs: imported.done - imported.chosen,
        longTasks: tasks.length,
        longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
        ...edit,
      },
      dragged,
    };
  } finally {
    await page.close();
  }
}

/**
 * Selects ESTATE_CONNECTION by clicking its line (zoomed to 1 around it), fits the design again so
 * every flow is drawn, and switches FastPath in the Inspector: ms from the click on the checkbox
 * to every flow showing its new verdict, checked against the engine's own answer.
 */
async function editConnection(
  page: Page,
  size: SizeName,
  design: Design,
  colouredBy: ColouredBy,
  timeout: number,
): Promise<Pick<App, 'editMs' | 'flowsChanged' | 'editNote' | 'selectedBy'>> {
  const before = evaluate(design);
  const toggled: Design = {
    ...design,
    edges: design.edges.map((edge) =>
      edge.id === ESTATE_CONNECTION && edge.kind === 'connection'
        ? { ...edge, props: { ...edge.props, fastPath: !edge.props.fastPath } }
        : edge,
    ),
  };
  const after = evaluate(toggled);
  const flowsChanged = Object.keys(before.flows).filter(
    (id) => before.flows[id]?.verdict !== after.flows[id]?.verdict,
  ).length;

  await fitApp(page);
  const middle = await page.evaluate(LINE_POINTS, { id: ESTATE_CONNECTION, visibleOnly: false });
  // In the overview the gateway is sketched inside its VNet, and the link is in the links' layer:
  // zoom in on that VNet instead.
  const connection = design.edges.find((edge) => edge.id === ESTATE_CONNECTION);
  const gatewayVnet = design.nodes.find((node) => node.id === connection?.source)?.parentId;
  const zoomAt = middle[0] ?? (gatewayVnet ? await centreOf(page, gatewayVnet) : undefined);
  if (!zoomAt) throw new Error(`the connection ${ESTATE_CONNECTION} is not drawn on the fitted canvas`);
  await wheelZoomTo(page, zoomAt, 1);
  const points = await page.evaluate(LINE_POINTS, { id: ESTATE_CONNECTION, visibleOnly: true });
  const at = points[0];
  let selectedBy = 'a click on its line';
  if (at) await page.mouse.click(at.x, at.y);
  else {
    // Flows are drawn over links: when they cover every visible point of it, a click in script.
    selectedBy = 'a click dispatched to its line (flows cover all of it)';
    await page
      .locator(`.react-flow__edge[data-id="${ESTATE_CONNECTION}"] .react-flow__edge-interaction`)
      .dispatchEvent('click');
  }
  const checkbox = page.getByRole('region', { name: 'Inspector' }).getByRole('checkbox', {
    name: 'FastPath',
    exact: true,
  });
  await checkbox.waitFor({ timeout: 30_000 });
  await fitApp(page);
  await settle(page, timeout);

  const shown = await verdicts(page, colouredBy);
  const expected = histogram(before);
  let target: Verdicts = { listed: shown.listed, counts: histogram(after) };
  let editNote = '';
  if (!sameCounts(shown.counts, expected)) {
    // The page does not show what the engine says: wait for any change instead, and say so.
    editNote = ` (app showed ${JSON.stringify(shown.counts)}, engine ${JSON.stringify(expected)}: timed to the first change)`;
    target = { listed: shown.listed, counts: { ...shown.counts, __changed: 1 } };
  }
  await startWatch(page, colouredBy, target, shown.counts);
  await checkbox.click();
  await waitForWatch(page, timeout, 'the flows recoloured after the FastPath switch');
  const edited = await page.evaluate(() => {
    const bench = (window as unknown as { __bench: PageBench }).__bench;
    return { toggled: bench.marks.toggled ?? 0, done: bench.doneAt };
  });
  if (!edited.toggled) throw new Error('the FastPath checkbox was never clicked');
  await settle(page, timeout);
  await screenshot(page, `app-${size}-edited`);
  return { editMs: edited.done - edited.toggled, flowsChanged, editNote, selectedBy };
}

function histogram(result: EvaluationResult): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const outcome of Object.values(result.flows)) counts[outcome.verdict] = (counts[outcome.verdict] ?? 0) + 1;
  return counts;
}

function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? 0) === (b[key] ?? 0));
}

/** The app's Fit button (the canvas toolbar), then a wait until the view has stopped moving. */
async function fitApp(page: Page): Promise<void> {
  await page.getByRole('toolbar', { name: 'Canvas tools' }).getByRole('button', { name: 'Fit to screen' }).click();
  await settle(page, 60_000);
}

/** Zooms with the mouse wheel over `at` until the zoom is within 2 % of `target`, as a person would. */
async function wheelZoomTo(page: Page, at: Point, target: number): Promise<void> {
  await page.mouse.move(at.x, at.y);
  for (let i = 0; i < 8; i++) {
    const zoom = await zoomOf(page);
    if (Math.abs(zoom / target - 1) < 0.02) break;
    // React Flow zooms by 2^(−deltaY × 0.002) for a wheel in pixels.
    await page.mouse.wheel(0, -Math.log2(target / zoom) / 0.002);
    await settle(page, 60_000);
  }
  await settle(page, 60_000);
}

// ---- The bare page ----------------------------------------------------------------------------

async function measureBare(
  browser: Browser,
  base: string,
  text: string,
  size: SizeName,
  design: Design,
  app: { figures: App; dragged: Dragged },
): Promise<Side> {
  progress(`${size}: bare, load`);
  const page = await openPage(browser, 'bare');
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.addInitScript({ content: PAGE_SCRIPT });
    await page.goto(base);
    await page.waitForFunction(() => typeof (window as unknown as BareWindow).__loadDesign === 'function');
    await page.evaluate((json) => (window as unknown as BareWindow).__loadDesign(json), text);
    await page.waitForFunction(
      ({ nodes, edges }) =>
        document.querySelectorAll('.react-flow__node').length === nodes &&
        document.querySelectorAll('.react-flow__edge').length === edges,
      { nodes: design.nodes.length, edges: design.edges.length },
      { timeout: 300_000, polling: 200 },
    );
    await settle(page, 60_000);
    const heapMB = await heap(cdp);

    await page.evaluate((zoom) => {
      const bare = window as unknown as BareWindow;
      bare.__setViewport(bare.__centredViewport(zoom));
    }, app.figures.fit.zoom);
    await settle(page, 60_000);
    progress(`${size}: bare, drags`);
    await screenshot(page, `bare-${size}-fitted`);
    const fit = await drag(page, cdp, app.dragged.fitted);
    await settle(page, 60_000);
    await page.evaluate(
      ({ zoom, id }) => {
        const bare = window as unknown as BareWindow;
        bare.__setViewport(bare.__centredViewport(zoom, id));
      },
      { zoom: app.figures.one.zoom, id: app.dragged.card },
    );
    await settle(page, 60_000);
    await screenshot(page, `bare-${size}-zoom-1`);
    const one = await drag(page, cdp, app.dragged.card);
    for (const [which, bareZoom, appZoom] of [
      ['fitted', fit.zoom, app.figures.fit.zoom],
      ['zoom 1', one.zoom, app.figures.one.zoom],
    ] as const) {
      if (Math.abs(bareZoom / appZoom - 1) > 0.05)
        throw new Error(`${which}: the bare page is at zoom ${bareZoom.toFixed(3)}, the app at ${appZoom.toFixed(3)}`);
    }
    return { heapMB, fit, one };
  } finally {
    await page.close();
  }
}

// ---- Shared by both sides ---------------------------------------------------------------------

function progress(stage: string): void {
  if (process.stderr.isTTY || process.env.BENCH_PROGRESS === '1') process.stderr.write(`  … ${stage}\n`);
}

async function screenshot(page: Page, name: string): Promise<void> {
  if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

async function openPage(browser: Browser, side: 'app' | 'bare'): Promise<Page> {
  const page = await browser.newPage({ viewport: WINDOW });
  page.on('pageerror', (error) => problems.push(`${side}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && side === 'app') consoleErrors.push(message.text());
  });
  return page;
}

/**
 * Drags the card `id` from its centre round a circle back to where it started, one mouse move per
 * animation frame: after each move, the next requestAnimationFrame's timestamp is read in the page.
 * Chrome hands mouse moves to the page aligned with its frames and acknowledges one only once it is
 * handed over, at the next frame: waiting for that before asking for the frame would make every
 * frame two (33 ms even on an empty page). So the move is sent, the frame that handles it is
 * asked for, and then the acknowledgement is awaited.
 */
async function drag(page: Page, cdp: CDPSession, id: string): Promise<Drag> {
  const zoom = await zoomOf(page);
  const centre = await grabPoint(page, id);
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.down();
  // React Flow starts a drag once the pointer has moved past a threshold, and moves the card from
  // there: this first step starts it, so the circle from here brings the card back where it was.
  const at = { x: centre.x, y: centre.y + 4 };
  await page.mouse.move(at.x, at.y);
  await nextFrame(page);
  const stamps = [await nextFrame(page)];
  const cpuBefore = await taskSeconds(cdp);
  const started = Date.now();
  for (let i = 1; i <= FRAMES; i++) {
    const angle = (2 * Math.PI * i) / FRAMES;
    const moved = page.mouse.move(at.x + CIRCLE * (1 - Math.cos(angle)), at.y + CIRCLE * Math.sin(angle));
    stamps.push(await nextFrame(page));
    await moved;
    if (Date.now() - started > DRAG_BUDGET_MS) break;
  }
  const cpu = (await taskSeconds(cdp)) - cpuBefore;
  const dragging = await page.evaluate((nodeId) => {
    const node = document.querySelector(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`);
    return node?.classList.contains('dragging') ?? false;
  }, id);
  await page.mouse.up();
  if (!dragging) throw new Error(`the card ${id} was not being dragged (no .dragging class)`);
  const frames = stamps.slice(1).map((stamp, i) => stamp - (stamps[i] as number));
  const sorted = [...frames].sort((a, b) => a - b);
  return {
    zoom,
    frames: frames.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    cpuPerFrame: (cpu * 1000) / frames.length,
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}

function nextFrame(page: Page): Promise<number> {
  return page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(resolve)));
}

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? NaN;
}

async function heap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1e6;
}

function zoomOf(page: Page): Promise<number> {
  return page
    .locator('.react-flow__viewport')
    .first()
    .evaluate((element) => new DOMMatrixReadOnly(getComputedStyle(element).transform).a);
}

async function centreOf(page: Page, id: string): Promise<Point> {
  const box = await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox();
  if (!box) throw new Error(`the card ${id} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Where a person would take hold of node `id`: its centre, or the nearest point of a grid over it
 * where the node itself is on top (the app draws flows over nodes; a line may cross the centre).
 */
async function grabPoint(page: Page, id: string): Promise<Point> {
  const box = await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox();
  if (!box) throw new Error(`the node ${id} is not on screen`);
  const points: Point[] = [];
  for (let i = 1; i < 8; i++)
    for (let j = 1; j < 8; j++) points.push({ x: box.x + (box.width * i) / 8, y: box.y + (box.height * j) / 8 });
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  points.sort((a, b) => Math.hypot(a.x - centre.x, a.y - centre.y) - Math.hypot(b.x - centre.x, b.y - centre.y));
  const free = await page.evaluate(
    ({ candidates, nodeId }) =>
      candidates.find(
        ({ x, y }) => document.elementFromPoint(x, y)?.closest('.react-flow__node')?.getAttribute('data-id') === nodeId,
      ) ?? null,
    { candidates: points, nodeId: id },
  );
  return free ?? centre;
}

/** Waits until the page has drawn frames with no gap over 50 ms, and nothing is busy, for half a second. */
async function settle(page: Page, timeout: number): Promise<void> {
  const quiet = await page.evaluate(
    (ms) => (window as unknown as { __bench: PageBench }).__bench.settle(500, ms),
    timeout,
  );
  if (!quiet) throw new Error(`the page did not settle within ${Math.round(timeout / 1000)} s`);
}

const WORDS = Object.fromEntries(
  (Object.entries(VERDICT_STYLES) as [FlowState, { word: string }][]).map(([state, style]) => [style.word, state]),
);

function verdicts(page: Page, by: ColouredBy): Promise<Verdicts> {
  return page.evaluate(({ by, words }) => (window as unknown as { __bench: PageBench }).__bench.verdicts(by, words), {
    by,
    words: WORDS,
  });
}

/** Starts watching, every frame, for the flows to show `target` (`counts: null`: all coloured). */
async function startWatch(
  page: Page,
  by: ColouredBy,
  target: { listed: number; counts: Record<string, number> | null },
  before?: Record<string, number>,
): Promise<void> {
  await page.evaluate((args) => (window as unknown as { __bench: PageBench }).__bench.watch(args), {
    by,
    words: WORDS,
    target,
    before: before ?? null,
  });
}

async function waitForWatch(page: Page, timeout: number, what: string): Promise<void> {
  try {
    await page.waitForFunction(() => (window as unknown as { __bench: PageBench }).__bench.doneAt > 0, undefined, {
      timeout,
      polling: 250,
    });
  } catch {
    const by = await page.evaluate(() => (window as unknown as { __bench: PageBench }).__bench.lastSeen);
    const hint = what.includes('(canvas)')
      ? ' (if the canvas now leaves off-screen flows out, read the flow list: BENCH_COLOURED=flow-list)'
      : '';
    throw new Error(
      `timed out after ${Math.round(timeout / 1000)} s waiting for ${what}; last seen ${JSON.stringify(by)}${hint}`,
    );
  }
}

type PageBench = {
  tasks: { start: number; duration: number }[];
  marks: { chosen?: number; toggled?: number };
  doneAt: number;
  lastSeen: Verdicts | null;
  verdicts: (by: ColouredBy, words: Record<string, string>) => Verdicts;
  watch: (args: {
    by: ColouredBy;
    words: Record<string, string>;
    target: { listed: number; counts: Record<string, number> | null };
    before: Record<string, number> | null;
  }) => void;
  settle: (quietMs: number, timeoutMs: number) => Promise<boolean>;
};

/** What the bare page (bench/bare/main.tsx) exposes. */
type BareWindow = {
  __loadDesign: (jsonText: string) => void;
  __setViewport: (viewport: { x: number; y: number; zoom: number }) => void;
  __centredViewport: (zoom: number, nodeId?: string) => { x: number; y: number; zoom: number };
};

/**
 * In the page, before anything else runs: long tasks, when a file was chosen and a checkbox
 * clicked (capturing listeners on the document run before the app's own), the flows' verdicts as
 * the canvas or the flow list shows them, a watch that checks them every frame, and a wait for
 * quiet. Plain JavaScript text: the page must not depend on how this file was compiled.
 */
const PAGE_SCRIPT = `(() => {
  if (window.__bench) return;
  const bench = { tasks: [], marks: {}, doneAt: 0, lastSeen: null };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('change', (event) => {
    const t = event.target;
    if (t instanceof HTMLInputElement && t.type === 'file') bench.marks.chosen = performance.now();
  }, true);
  document.addEventListener('click', (event) => {
    const t = event.target;
    if (t instanceof HTMLInputElement && t.type === 'checkbox') bench.marks.toggled = performance.now();
  }, true);
  bench.verdicts = (by, words) => {
    const counts = {};
    if (by === 'canvas') {
      const edges = document.querySelectorAll('.react-flow__edge[data-flow-id]');
      for (let i = 0; i < edges.length; i++) {
        const verdict = edges[i].getAttribute('data-verdict') || 'none';
        counts[verdict] = (counts[verdict] || 0) + 1;
      }
      return { listed: edges.length, counts };
    }
    const heading = document.getElementById('flows-heading');
    const number = heading && heading.querySelector('span');
    const listed = number ? Number(number.textContent.replace(/[^0-9]/g, '')) : 0;
    const summary = heading && heading.nextElementSibling;
    let sum = 0;
    if (summary && summary.tagName === 'P') {
      for (const part of summary.textContent.split('·')) {
        const match = part.trim().match(/^([0-9,]+) (.+)$/);
        if (!match || !words[match[2]]) continue;
        const count = Number(match[1].replace(/,/g, ''));
        counts[words[match[2]]] = count;
        sum += count;
      }
    }
    if (listed > sum) counts.pending = listed - sum;
    return { listed, counts };
  };
  const matches = (seen, target, before) => {
    if (seen.listed !== target.listed) return false;
    if (target.counts === null) return !seen.counts.pending && !seen.counts.none;
    const keys = new Set([...Object.keys(seen.counts), ...Object.keys(target.counts)]);
    if (target.counts.__changed) {
      for (const key of Object.keys(before || {})) keys.add(key);
      return [...keys].some((key) => key !== '__changed' && (seen.counts[key] || 0) !== ((before || {})[key] || 0));
    }
    return [...keys].every((key) => (seen.counts[key] || 0) === (target.counts[key] || 0));
  };
  bench.watch = ({ by, words, target, before }) => {
    bench.doneAt = 0;
    const tick = () => {
      const seen = bench.verdicts(by, words);
      bench.lastSeen = seen;
      if (matches(seen, target, before)) bench.doneAt = performance.now();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  bench.settle = (quietMs, timeoutMs) => new Promise((resolve) => {
    const start = performance.now();
    let last = start;
    let quietSince = start;
    const tick = () => {
      const now = performance.now();
      if (now - last > 50 || document.querySelector('[aria-busy="true"]')) quietSince = now;
      last = now;
      if (now - quietSince >= quietMs) resolve(true);
      else if (now - start > timeoutMs) resolve(false);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  window.__bench = bench;
})();`;

/** What is dragged: fitted (a card, or in the overview its spoke VNet), and at zoom 1 (a card). */
type Dragged = { fitted: string; card: string };

/** A spoke's resource card (a VM or private endpoint), and a spoke VNet, by id (fixtures.ts). */
const CARD_ID = '^spoke[0-9]+-[0-9]+$';
const SPOKE_ID = '^spoke[0-9]+$';

/** In the page: the node whose id matches `pattern` nearest the middle of the pane. */
const nearestNode = (pattern: string) => `(() => {
  const wanted = new RegExp(${JSON.stringify(pattern)});
  const pane = document.querySelector('.react-flow').getBoundingClientRect();
  const cx = pane.x + pane.width / 2;
  const cy = pane.y + pane.height / 2;
  let best = null;
  let bestDistance = Infinity;
  for (const node of document.querySelectorAll('.react-flow__node')) {
    const id = node.getAttribute('data-id') || '';
    if (!wanted.test(id)) continue;
    const box = node.getBoundingClientRect();
    const distance = Math.hypot(box.x + box.width / 2 - cx, box.y + box.height / 2 - cy);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = id;
    }
  }
  return best;
})()`;

/**
 * In the page: points along an edge's line, in page coordinates, from its middle outwards; with
 * visibleOnly, only those where a click lands on the edge itself (nothing drawn over it).
 */
const LINE_POINTS = ({ id, visibleOnly }: { id: string; visibleOnly: boolean }): Point[] => {
  const selector = `.react-flow__edge[data-id="${CSS.escape(id)}"]`;
  const path = document.querySelector(selector)?.querySelector('path.react-flow__edge-path') as
    SVGPathElement | null | undefined;
  const matrix = path?.getScreenCTM();
  const pane = document.querySelector('.react-flow__pane')?.getBoundingClientRect();
  if (!path || !matrix || !pane) return [];
  const length = path.getTotalLength();
  const found: Point[] = [];
  // From the middle outwards, every 0.2 % of the line, and a few pixels either side of it.
  for (let step = 0; step <= 500 && found.length < 3; step++) {
    const t = 0.5 + (step % 2 === 0 ? 1 : -1) * Math.ceil(step / 2) * 0.002;
    const p = path.getPointAtLength(length * t);
    const q = path.getPointAtLength(Math.min(length, length * t + 1));
    const x = matrix.a * p.x + matrix.c * p.y + matrix.e;
    const y = matrix.b * p.x + matrix.d * p.y + matrix.f;
    if (x < pane.left + 60 || y < pane.top + 60 || x > pane.right - 60 || y > pane.bottom - 60) continue;
    if (!visibleOnly) return [{ x, y }];
    const along = Math.hypot(q.x - p.x, q.y - p.y) || 1;
    const normal = { x: -(q.y - p.y) / along, y: (q.x - p.x) / along };
    for (const offset of [0, 3, -3, 6, -6]) {
      const at = { x: x + normal.x * offset, y: y + normal.y * offset };
      if (document.elementFromPoint(at.x, at.y)?.closest(selector)) {
        found.push(at);
        break;
      }
    }
  }
  return found;
};

// ---- The table --------------------------------------------------------------------------------

function print(size: SizeName, design: Design, app: App, bare: Side, dragged: Dragged, colouredBy: ColouredBy): void {
  const flows = design.edges.filter((edge) => edge.kind === 'flow').length;
  const n = (value: number) => value.toLocaleString('en');
  console.log(
    `\ndrag: ${size}, ${n(design.nodes.length)} nodes, ${n(design.edges.length)} edges (${n(flows)} flows); app and bare React Flow, ${WINDOW.width}×${WINDOW.height}`,
  );
  console.log(`${''.padEnd(46)}${'app'.padStart(10)}${'bare'.padStart(10)}${'app/bare'.padStart(10)}   goal`);
  const row = (label: string, a: string, b = '', ratio = '', goal = '') =>
    console.log(`  ${label.padEnd(44)}${a.padStart(10)}${b.padStart(10)}${ratio.padStart(10)}   ${goal}`);
  const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
  const met = (ok: boolean) => (ok ? 'met' : 'NOT MET');
  for (const [name, a, b] of [
    [`zoom ${a1(app.one.zoom)}`, app.one, bare.one],
    [`fit, zoom ${app.fit.zoom.toFixed(3)}`, app.fit, bare.fit],
  ] as const) {
    const cut = a.frames < FRAMES ? ` (${a.frames} frames)` : '';
    row(`drag ${name}: frame p50 ms${cut}`, ms(a.p50), ms(b.p50), ratio(a.p50, b.p50));
    const ok = a.p95 <= GOALS.frameRatio * b.p95 && a.p95 <= GOALS.frameMs;
    row(
      `drag ${name}: frame p95 ms`,
      ms(a.p95),
      ms(b.p95),
      ratio(a.p95, b.p95),
      `≤ ${GOALS.frameRatio}× bare, ≤ ${GOALS.frameMs} ms: ${met(ok)}`,
    );
    row(
      `drag ${name}: main thread ms/frame`,
      ms(a.cpuPerFrame),
      ms(b.cpuPerFrame),
      ratio(a.cpuPerFrame, b.cpuPerFrame),
    );
  }
  const importGoal = GOALS.importMs[size];
  row(
    `import to coloured ms (by ${colouredBy})`,
    n(Math.round(app.importMs)),
    '',
    '',
    `≤ ${n(importGoal)} ms: ${met(app.importMs <= importGoal)}`,
  );
  row(
    '  long tasks (longest ms)',
    `${app.longTasks} (${Math.round(app.longestTaskMs)})`,
    '',
    '',
    `none over ${GOALS.longTaskMs} ms: ${met(app.longTasks === 0)}`,
  );
  row(
    `edit to recoloured ms (${n(app.flowsChanged)} flows change)`,
    n(Math.round(app.editMs)),
    '',
    '',
    `≤ ${GOALS.editMs} ms: ${met(app.editMs <= GOALS.editMs)}`,
  );
  row(
    'JS heap after GC MB (main thread)',
    app.heapMB.toFixed(1),
    bare.heapMB.toFixed(1),
    ratio(app.heapMB, bare.heapMB),
    `≤ ${GOALS.heapRatio}× bare: ${met(app.heapMB <= GOALS.heapRatio * bare.heapMB)}`,
  );
  console.log(`  edited ${ESTATE_CONNECTION}, selected by ${app.selectedBy}`);
  console.log(
    `  dragged ${dragged.fitted} fitted, ${dragged.card} at zoom 1; zoom app/bare ${a1(app.one.zoom)}/${a1(bare.one.zoom)} and ${app.fit.zoom.toFixed(3)}/${bare.fit.zoom.toFixed(3)}${app.editNote}`,
  );
}

function a1(zoom: number): string {
  return zoom.toFixed(2);
}

function ratio(a: number, b: number): string {
  return b > 0 ? `${(a / b).toFixed(a / b >= 10 ? 0 : 2)}×` : '';
}

try {
  await main();
} catch (error) {
  console.error(`\ndrag bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
