import { expect, test } from './test.ts';
import { hubAndSpokes } from '../bench/fixtures.ts';
import { DesignerPage } from './pages/designer-page.ts';
import { seriousViolations } from './axe.ts';

// A design with a thousand flows: zoomed out, where no flow's name can be read, flows are drawn as
// one line per pair of places with their counts by verdict; zooming in, or clicking a count,
// draws them one by one again.

test('zoomed out over 1,000 flows, the canvas counts flows per pair of places; zoomed in, it draws each', async ({
  page,
}) => {
  test.slow();
  const designer = new DesignerPage(page);
  await designer.open();
  const design = hubAndSpokes(100, 9, 1000);
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'estate.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(design)) });
  await expect(designer.heading).toHaveText('bench');
  await expect(page.getByText('Evaluated', { exact: true })).toBeVisible({ timeout: 60_000 });
  // The flow list draws only the rows in view, each saying where it is in the thousand; the last
  // one is a scroll away.
  const rows = designer.flowList.getByRole('listitem');
  await expect(rows.first()).toHaveAttribute('aria-posinset', '1');
  await expect(rows.first()).toHaveAttribute('aria-setsize', '1000');
  expect(await rows.count()).toBeLessThan(60);
  await expect(
    page.getByRole('region', { name: /^Flows \d/ }).getByRole('button', { name: /^Show \d+ more/ }),
  ).toHaveCount(0);
  const details = page.getByRole('complementary', { name: 'Details' });
  // Rows are measured as they are drawn, so the list's end may move once: scroll to it again then.
  await expect(async () => {
    await designer.flowList.evaluate((list) => list.scrollIntoView({ block: 'end' }));
    await expect(rows.last()).toHaveAttribute('aria-posinset', '1000', { timeout: 1000 });
    await expect(rows.last()).toBeInViewport({ timeout: 1000 });
  }).toPass();
  expect(await rows.count()).toBeLessThan(60);
  // So does the findings panel, with hundreds of findings: every one a scroll away, none behind
  // "Show more"; filtered down to a few, it lists them whole.
  const findings = page.getByRole('region', { name: 'Findings' });
  const total = Number((await findings.getByRole('heading', { level: 2 }).textContent())?.replace(/\D/g, ''));
  expect(total).toBeGreaterThan(100);
  const cards = findings.getByRole('listitem');
  await expect(async () => {
    await findings.evaluate((panel) => panel.scrollIntoView({ block: 'end' }));
    await expect(cards.last()).toHaveAttribute('aria-posinset', String(total), { timeout: 1000 });
    await expect(cards.last()).toBeInViewport({ timeout: 1000 });
  }).toPass();
  expect(await cards.count()).toBeLessThan(40);
  await expect(findings.getByRole('button', { name: /^Show \d+ more/ })).toHaveCount(0);
  expect(await seriousViolations(page, 'aside[aria-label="Details"]')).toEqual([]);
  await findings.getByLabel('Show').selectOption('error');
  await expect(cards.first()).not.toHaveAttribute('aria-setsize');
  await findings.getByLabel('Show').selectOption('all');
  await details.evaluate((panel) => panel.scrollTo({ top: 0 }));
  // So does the text view, section by section.
  await page.getByRole('button', { name: 'Text view' }).click();
  const text = page.getByRole('region', { name: 'Text view' });
  const flowRows = text.getByRole('table').getByRole('row');
  await expect(flowRows).toHaveCount(201);
  await text.getByRole('button', { name: 'Show 200 more (800 not shown)' }).click();
  await expect(flowRows).toHaveCount(401);
  await page.getByRole('button', { name: 'Text view' }).click();
  await expect(text).toBeHidden();

  const zoom = () =>
    page
      .locator('.react-flow__viewport')
      .evaluate((element) => new DOMMatrixReadOnly(getComputedStyle(element).transform).a);
  expect(await zoom()).toBeLessThan(0.45);

  // Group lines in one layer, the busiest with their counts named by verdict; no flow is an edge of its own.
  await expect(page.getByTestId('flow-groups').locator('path').first()).toBeAttached();
  await expect(page.getByText(/^[\d,]+ flows drawn as [\d,]+ lines between places\./)).toBeAttached();
  const groups = page.getByRole('img', { name: /^\d+ flows? between .+ and .+: / });
  await expect(groups.first()).toBeVisible();
  await expect(designer.flowEdges()).toHaveCount(0);
  const names = await groups.evaluateAll((chips) => chips.map((chip) => chip.getAttribute('aria-label') ?? ''));
  for (const name of names) {
    const [, total, parts] = /^(\d+) flows? between .+: (.+)$/.exec(name)!;
    const counted = parts!.split(', ').reduce((sum, part) => sum + Number(part.split(' ')[0]), 0);
    expect(counted, name).toBe(Number(total));
  }
  // The chips never cover one another, however many pairs there are.
  const chips = await page
    .locator('.fp-flow-group-count')
    .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect));
  for (const [i, a] of chips.entries())
    for (const b of chips.slice(i + 1))
      expect(a.x < b.right && b.x < a.right && a.y < b.bottom && b.y < a.bottom, 'two chips overlap').toBe(false);

  // Clicking a group line zooms in on it, where flows are drawn one by one, with their verdicts.
  // A chip sits on its line's middle: the pointer goes through it to the line.
  const canvas = (await designer.surface.boundingBox())!;
  const spot = await page.locator('.fp-flow-group-count').evaluateAll((elements, box) => {
    for (const element of elements) {
      const rect = element.getBoundingClientRect();
      const x = rect.x + rect.width / 2;
      const y = rect.y + rect.height / 2;
      const inView = x > box.x + 60 && x < box.x + box.width - 60 && y > box.y + 80 && y < box.y + box.height - 80;
      const under = document.elementFromPoint(x, y);
      if (inView && under?.closest('.react-flow__pane') && !under.closest('.react-flow__node, .react-flow__edge'))
        return { x, y };
    }
    return undefined;
  }, canvas);
  expect(spot, 'a group line in view and on top').toBeDefined();
  await page.mouse.click(spot!.x, spot!.y);
  await expect.poll(zoom).toBeGreaterThanOrEqual(0.55);
  await expect(designer.flowEdges().first()).toBeAttached();
  await expect(groups).toHaveCount(0);
  await expect(page.getByTestId('flow-groups')).toHaveCount(0);
  await expect(designer.flowEdges().first()).not.toHaveAttribute('data-verdict', 'pending');
});
