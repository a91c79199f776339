import { readFileSync } from 'node:fs';
import { expect, test } from './test.ts';
import { evaluate, loadDesign, type PackId } from '../src/engine/index.ts';
import { DesignerPage } from './pages/designer-page.ts';
import { screenshot } from './screenshots.ts';

// The analysis as an architect uses it on the lab: edit a connection, change the rule pack, compare
// two packs, read a flow's traceroute, and read the design as text (analysis-timed.spec.ts: the
// canvas stays responsive while a large design is evaluated).

test('turning FastPath off on the hub connection sends the hub flows through the gateway', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await expect(designer.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'fastpath');
  await expect(designer.flowEdge('f-remote-hub')).toHaveAttribute('data-verdict', 'fastpath');

  await designer.edge(/^Connection ERGW1 – CIRCUIT_EQUINIX: FastPath on/).click();
  await expect(designer.inspector.getByRole('heading', { level: 2 })).toHaveText('Connection: ERGW1 → CIRCUIT_EQUINIX');
  await designer.inspector.getByLabel('FastPath', { exact: true }).uncheck();

  await expect(designer.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'gateway');
  await expect(designer.flowEdge('f-remote-hub')).toHaveAttribute('data-verdict', 'gateway');
  await expect(designer.flowEdge('f-hub-onprem')).toHaveAttribute('data-verdict', 'direct');
  // The connection now carries the finding that explains it, as a marker with a count.
  await expect(designer.edge(/^Connection ERGW1 – CIRCUIT_EQUINIX: FastPath off \(\d+ findings?/)).toHaveCount(1);
  // The lab expects FastPath on the hub: both broken expectations are errors in the panel.
  const findings = page.getByRole('region', { name: 'Findings' });
  await expect(
    findings.getByRole('button', { name: /^Error: Expected FastPath, but the flow is Gateway/ }),
  ).toHaveCount(2);

  await page.keyboard.press('ControlOrMeta+z');
  await expect(designer.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'fastpath');
  await expect(findings.getByRole('button', { name: /^Error:/ })).toHaveCount(0);
});

test('an older rule pack changes the provider-circuit flows, and the comparison says why', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await expect(designer.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'fastpath');

  await designer.rulesSelect.selectOption('2019-05');
  await expect(page.getByRole('status', { name: 'Analysis' })).toContainText('Rule pack 2019-05');
  await expect(designer.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'gateway');
  await expect(designer.flowEdge('f-remote-hub')).toHaveAttribute('data-verdict', 'gateway');
  await expect(designer.flowEdge('f-onprem-spoke')).toHaveAttribute('data-verdict', 'gateway');
  await expect(designer.flowEdge('f-hub-onprem')).toHaveAttribute('data-verdict', 'direct');
  await expect(page.getByRole('img', { name: 'Flow On-premises (CE router) → Hub VM: Gateway' })).toHaveCount(1);

  await designer.rulesSelect.selectOption('latest');
  await expect(designer.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'fastpath');

  await page.getByRole('button', { name: 'Compare' }).click();
  const compare = page.getByRole('region', { name: 'Compare rule packs' });
  // Opened, it looks back past the packs under which nothing changes for this design (2025-11 has
  // the same rules for the lab) to the newest one that changes a flow.
  await expect(compare.getByRole('status')).toHaveText(/^\d+ of 6 flows change verdict under [\d-]+\.$/);
  const found = (await compare.getByRole('status').textContent())!.match(/under ([\d-]+)\./)![1]!;
  await expect(compare.getByLabel('against')).toHaveValue(found);
  expect(found).not.toBe('2025-11');
  await compare.getByLabel('against').selectOption('2019-05');
  const changes = compare
    .getByRole('list', { name: 'Flows that change verdict' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('button') });
  await expect(changes).toHaveCount(2);
  await expect(changes.first()).toHaveAccessibleName('#1 On-premises (CE router) → Hub VM: FastPath becomes Gateway');
  await expect(changes.first()).toContainText(/Under 2019-05: .*offers FastPath on ExpressRoute Direct only/);
  await expect(compare.getByRole('status')).toHaveText('2 of 6 flows change verdict under 2019-05.');

  // Against the next documentation nothing changes for the lab.
  await compare.getByLabel('against').selectOption('2025-11');
  await expect(compare.getByRole('status')).toHaveText('No flow changes verdict (6 compared).');
  await page.getByRole('button', { name: 'Close the comparison' }).click();
  await expect(compare).toBeHidden();
});

test('pointing at a flow in the list brings it forward on the canvas: the others fade until the pointer leaves', async ({
  page,
}) => {
  const designer = new DesignerPage(page);
  await designer.open();
  const opacity = (flowId: string) =>
    designer
      .flowEdge(flowId)
      .locator('.fp-flow-body')
      .evaluate((body) => Number(getComputedStyle(body).opacity));
  await expect.poll(() => opacity('f-remote-hub')).toBe(1);

  await designer.flowList.getByRole('listitem', { name: /^#2 On-premises \(CE router\) → Spoke VM/ }).hover();
  // Flow #2 is drawn whole and its caption shows; every other flow fades.
  const pointed = page.locator('.react-flow__edge:has(.fp-flow-focused)');
  await expect(pointed).toHaveCount(1);
  const pointedId = await pointed.getAttribute('data-flow-id');
  expect(pointedId).not.toBe('f-remote-hub');
  await expect(page.locator('.fp-flow-chip')).toHaveText(/^#2 · Gateway$/);
  await expect.poll(() => opacity(pointedId ?? '')).toBe(1);
  await expect.poll(() => opacity('f-remote-hub')).toBeCloseTo(0.18);

  await page.mouse.move(5, 5);
  await expect.poll(() => opacity('f-remote-hub')).toBe(1);
});

test('selecting a flow shows its verdict, traceroute and path, and whether it meets its expectation', async ({
  page,
}) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await designer.flowList.getByRole('listitem', { name: /^#2 On-premises \(CE router\) → Spoke VM/ }).click();

  const details = page.getByRole('region', { name: 'Flow details' });
  await expect(details.getByTestId('flow-verdict')).toHaveText('Gateway');
  await expect(details.getByTestId('flow-expectation')).toHaveText('Expected Gateway: passed');
  const trace = details.getByRole('figure', { name: 'Traceroute' });
  await expect(trace.getByRole('listitem')).toHaveText([
    /^1\s*MSEE\s*CIRCUIT_EQUINIX/,
    /^2\s*\* \* \*\s*ERGW1: the gateway does not answer/,
    /^3\s*10\.254\.10\.4\s*Spoke VM/,
  ]);
  await expect(details).toContainText('Spoke VNet" is peered to the hub');

  // The path on the canvas: the source, then each hop numbered as in the traceroute.
  await expect(designer.nodeById('onprem').getByTestId('hop-badge')).toHaveText('S');
  await expect(designer.nodeById('circuit').getByTestId('hop-badge')).toHaveText('1');
  await expect(designer.nodeById('ergw1').getByTestId('hop-badge')).toHaveText('2');
  await expect(designer.nodeById('spokevm').getByTestId('hop-badge')).toHaveText('3');
  await expect(designer.nodeById('hubvm').getByTestId('hop-badge')).toHaveCount(0);
  await screenshot(page, 'test-results/flow-details.png');

  // Expect FastPath instead: the expectation fails, and says so here and in the findings.
  await designer.inspector.getByLabel('Expected verdict').selectOption('fastpath');
  await expect(details.getByTestId('flow-expectation')).toHaveText('Expected FastPath: failed');
  await expect(
    page
      .getByRole('region', { name: 'Findings' })
      .getByRole('button', { name: /^Error: Expected FastPath, but the flow is Gateway/ }),
  ).toHaveCount(1);
});

test('the text view lists the design and its verdicts, and selects from there', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await expect(designer.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'fastpath');
  await designer.canvas.click({ position: { x: 600, y: 120 } });
  await page.keyboard.press('t');

  const text = page.getByRole('region', { name: 'Text view' });
  await expect(text.getByRole('heading', { name: 'VNets' })).toBeVisible();
  await expect(text).toContainText('Connection ERGW2 – CIRCUIT_EQUINIX: FastPath: off');
  const rows = text.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(7);
  await expect(rows.filter({ hasText: 'On-premises (CE router) → Remote VM' })).toContainText('Gateway');
  await expect(rows.filter({ hasText: 'On-premises (CE router) → Remote VM' })).toContainText('MSEE → * → 10.253.10.4');

  await text.getByRole('button', { name: 'Remote VM → Hub VM' }).click();
  await expect(page.getByRole('region', { name: 'Flow details' }).getByTestId('flow-verdict')).toHaveText('FastPath');
  await page.getByRole('button', { name: 'Text view' }).click();
  await expect(text).toBeHidden();
});

test("every verdict on the canvas is the checker's, for each example and several rule packs", async ({ page }) => {
  test.slow();
  const designer = new DesignerPage(page);
  await designer.open();
  const examples = [
    ['Hub, spoke and remote VNet lab', 'hub-spoke-lab'],
    ['ER Direct with Private Link', 'direct-private-link'],
    ['Provider circuit, wrong SKU', 'provider-wrong-sku'],
  ] as const;
  const packs: PackId[] = ['latest', '2019-05', '2020-03', '2023-01'];
  for (const [name, file] of examples) {
    const loaded = loadDesign(readFileSync(`fixtures/examples/${file}.json`, 'utf8'));
    if (!loaded.ok) throw new Error(`${file} does not load`);
    await designer.newDesign(name);
    for (const pack of packs) {
      await designer.rulesSelect.selectOption(pack);
      // The answer for this pack is in; the canvas converges on it.
      await expect(page.getByRole('status', { name: 'Analysis' })).toContainText(
        new RegExp(`^Evaluated\\|Rule pack ${pack}\\b`),
      );
      const expected = evaluate(loaded.design, { rulesAsOf: pack });
      for (const [flowId, outcome] of Object.entries(expected.flows)) {
        await expect(designer.flowEdge(flowId), `${file} under ${pack}: ${flowId}`).toHaveAttribute(
          'data-verdict',
          outcome.verdict,
        );
      }
    }
  }
});
