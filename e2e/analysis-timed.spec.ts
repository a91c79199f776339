import { expect, test } from './test.ts';
import { hubAndSpokes } from '../bench/fixtures.ts';
import { evaluate, loadDesign, type Design, type PackId } from '../src/engine/index.ts';
import { watchLongTasks } from './long-tasks.ts';
import { DesignerPage } from './pages/designer-page.ts';

// The canvas stays responsive while a large design is evaluated. Timed, so without a trace: a
// trace snapshots the whole page at each step, in the page's main thread (long tasks of the
// test's own making).
test.use({ trace: 'off' });

test('evaluating a 300-flow design never blocks the main thread for more than 50 ms', async ({ page }) => {
  test.slow();
  const designer = new DesignerPage(page);
  await designer.open();
  await designer.startedUp();
  await designer.newDesign('Empty design');
  // Paste a large design, as if everything had been copied from another tab (the clipboard field
  // marks copied elements; a whole design arrives by import instead).
  const bench = hubAndSpokes(20, 12, 300);
  const big = { ...bench, fastpathClipboard: { context: [] } };
  const loaded = loadDesign(JSON.stringify(bench));
  if (!loaded.ok) throw new Error('the bench design does not load');
  const verdicts = packChange(loaded.design, 'latest', '2019-05');
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, JSON.stringify(big));
  await expect(designer.flowEdges()).toHaveCount(300);
  await expect(designer.flowEdgesShowing('pending')).toHaveCount(0);
  await expect(page.getByRole('status', { name: 'Analysis' })).toContainText('Evaluated');
  expect(await designer.flowEdgesShowing('fastpath').count()).toBeGreaterThan(100);

  // An edit that changes most verdicts: the rules of May 2019 (no FastPath to peered spokes).
  // While watching, the test itself only runs cheap CSS queries: role queries over thousands of
  // elements are long tasks of their own.
  // The pack is chosen from the keyboard, as a person would (Home picks the first, 2019-05):
  // the change runs in a task of its own, not inside a scripted selection.
  await designer.rulesSelect.focus();
  const status = page.locator('[role="status"][aria-label="Analysis"]');
  const fastpath = designer.flowEdgesShowing('fastpath');
  const stop = await watchLongTasks(page);
  await page.keyboard.press('Home');
  await expect(status).toContainText('Rule pack 2019-05');
  await expect(status).toContainText('Evaluated');
  // The drawing has ended when every flow shows its new verdict (see packChange): no FastPath left,
  // and each verdict on as many flows as the engine gives it.
  await expect(fastpath).toHaveCount(0);
  for (const [verdict, count] of verdicts) {
    await expect(designer.flowEdgesShowing(verdict), `flows shown as ${verdict}`).toHaveCount(count);
  }
  // Then one frame more: a second animation frame begins only once the frame that paints the last
  // slice (its style, layout and paint) is over, so any long task in it has been recorded.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))),
  );
  const longTasks = await stop();
  test.info().annotations.push({ type: 'long tasks (ms)', description: JSON.stringify(longTasks) });
  expect(longTasks.filter((duration) => duration > 50)).toEqual([]);
});

/**
 * What a rule-pack change does to the canvas of `design`, worked out by the engine: how many flows
 * show each verdict afterwards. The canvas redraws changed flows a slice at a time, in design
 * order (stepped-result.ts: a flow is redrawn when its verdict, finding count or expectation
 * changes). The test reads the end of that drawing from the verdicts, so this checks the two
 * facts that make it a sound signal for this design: every verdict that changes leaves FastPath
 * (no FastPath left means every flow shows its new verdict), and the last flow redrawn is one of
 * them (so the last slice has been drawn too, not only the last verdict change).
 */
function packChange(design: Design, from: PackId, to: PackId): Map<string, number> {
  const before = evaluate(design, { rulesAsOf: from });
  const after = evaluate(design, { rulesAsOf: to });
  const verdicts = new Map<string, number>();
  let lastRedrawn: { was: string; now: string } | undefined;
  for (const [id, now] of Object.entries(after.flows)) {
    verdicts.set(now.verdict, (verdicts.get(now.verdict) ?? 0) + 1);
    const was = before.flows[id];
    if (!was) throw new Error(`flow ${id} has no result under ${from}`);
    if (was.verdict !== now.verdict) expect(was.verdict, `flow ${id} changes verdict from FastPath`).toBe('fastpath');
    if (
      was.verdict !== now.verdict ||
      was.findings.length !== now.findings.length ||
      was.expectationMet !== now.expectationMet
    ) {
      lastRedrawn = { was: was.verdict, now: now.verdict };
    }
  }
  expect(lastRedrawn, 'the last flow redrawn changes verdict').toBeDefined();
  expect(lastRedrawn?.now, 'the last flow redrawn changes verdict').not.toBe(lastRedrawn?.was);
  expect(verdicts.get('fastpath') ?? 0).toBe(0);
  return verdicts;
}
