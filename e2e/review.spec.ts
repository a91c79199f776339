import { readFileSync } from 'node:fs';
import { evaluate, loadDesign, type EvaluationResult } from '../src/engine/index.ts';
import { expect, test, type Page } from './test.ts';
import { DesignerPage } from './pages/designer-page.ts';
import { screenshot } from './screenshots.ts';

// A design review on a meeting room's projector: present the lab, step through every flow with the
// keyboard, record decisions, and find them again after a reload and in the exported design.

test.use({ viewport: { width: 1280, height: 720 } });

const loaded = loadDesign(readFileSync('fixtures/examples/hub-spoke-lab.json', 'utf8'));
if (!loaded.ok) throw new Error('the lab example does not load');
const lab = loaded.design;
const checker: EvaluationResult = evaluate(lab);
const flows = lab.edges.filter((edge) => edge.kind === 'flow');

/** The canvas's zoom, from the viewport's transform. */
async function zoom(page: Page): Promise<number> {
  return page
    .locator('.react-flow__viewport')
    .evaluate((element) => new DOMMatrixReadOnly(getComputedStyle(element).transform).a);
}

/** Rendered size (font size × zoom) of every node name and detail that is on screen, above the caption. */
async function renderedText(page: Page, captionTop: number) {
  const scale = await zoom(page);
  const sizes = await page.locator('.fp-node-name, .fp-node-detail').evaluateAll(
    (elements, bottom) =>
      elements
        .filter((element) => {
          const box = element.getBoundingClientRect();
          return box.width > 0 && box.bottom > 0 && box.top < bottom && box.right > 0 && box.left < innerWidth;
        })
        .map((element) => ({
          name: element.classList.contains('fp-node-name'),
          size: parseFloat(getComputedStyle(element).fontSize),
          text: element.textContent ?? '',
        })),
    captionTop,
  );
  return sizes.map((entry) => ({ ...entry, rendered: entry.size * scale }));
}

async function stepCaption(page: Page) {
  const caption = page.getByRole('region', { name: 'Presented flow' });
  return {
    caption,
    number: caption.getByTestId('present-number'),
    name: caption.getByTestId('present-name'),
    verdict: caption.getByTestId('present-verdict'),
    reason: caption.getByTestId('present-reason'),
  };
}

test('a review on a projector: present, step through every flow, decide, and keep the decisions', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await expect(designer.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'fastpath');

  await page.keyboard.press('p');
  const { caption, number, name, verdict, reason } = await stepCaption(page);
  await expect(caption).toBeVisible();
  await expect(designer.heading).toBeHidden();
  await expect(designer.palette).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Details' })).toBeHidden();
  await expect(page.getByRole('img', { name: 'Minimap' })).toHaveCount(0);
  await expect(caption).toContainText(`${flows.length} flows to review`);
  const captionTop = (await caption.boundingBox())!.y;

  // The overview: every name and detail on screen reads from the back of the room.
  await expect.poll(() => zoom(page)).toBeGreaterThanOrEqual(0.8);
  const overview = await renderedText(page, captionTop);
  expect(overview.filter((t) => t.name).length).toBeGreaterThanOrEqual(lab.nodes.length);
  for (const text of overview) expect(text.rendered, text.text).toBeGreaterThanOrEqual(text.name ? 14 : 12);
  const glyph = await page.locator('.fp-flow-badge circle').first().boundingBox();
  expect(glyph!.width).toBeGreaterThanOrEqual(16);
  await screenshot(page, 'test-results/present-overview-1280.png');

  // Step through every flow with the keyboard (→, Space and Page Down, as clickers send).
  const seen: string[] = [];
  const keys = ['ArrowRight', ' ', 'PageDown'];
  for (let i = 0; i < flows.length; i++) {
    await page.keyboard.press(keys[i % keys.length]!);
    await expect(caption.getByLabel('Step')).toHaveText(`${i + 1} / ${flows.length}`);
    const shown = Number((await number.textContent())!.slice(1));
    const flow = flows[shown - 1]!;
    seen.push(flow.id);
    const outcome = checker.flows[flow.id]!;
    const expected = { fastpath: 'FastPath', gateway: 'Gateway', direct: 'Direct', unreachable: 'Unreachable' };
    await expect(verdict).toHaveText(expected[outcome.verdict]);
    await expect(designer.flowEdge(flow.id)).toHaveAttribute('data-verdict', outcome.verdict);
    const nodes = new Map(lab.nodes.map((node) => [node.id, node.label]));
    await expect(name).toHaveText(`${nodes.get(flow.source)} → ${nodes.get(flow.target)}`);
    const decisive = outcome.findings.find((finding) => finding.decisive);
    if (decisive) await expect(reason).toContainText(decisive.message);
    // The flow's path is on screen, clear of the caption, once the step's animation has run.
    await expect
      .poll(async () => {
        for (const hop of outcome.path) {
          const box = await designer.nodeById(hop.nodeId).boundingBox();
          if (!box || box.x < 0 || box.y < 0 || box.x + box.width > 1280 || box.y + box.height > captionTop)
            return `${hop.nodeId} is not in view`;
        }
        return 'in view';
      })
      .toBe('in view');
    const scale = await zoom(page);
    expect(scale).toBeGreaterThanOrEqual(0.8 - 1e-6);
    if (i === 1) await screenshot(page, 'test-results/present-step-1280.png');
  }
  expect(new Set(seen).size).toBe(flows.length);
  // The agenda puts failed expectations first; the lab has none, so gateways come before FastPath.
  const verdicts = seen.map((id) => checker.flows[id]!.verdict);
  expect(verdicts.indexOf('gateway')).toBeLessThan(verdicts.indexOf('fastpath'));

  // Decisions from the caption: the first asks for the reviewer's name once.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('a');
  const ask = page.getByRole('dialog', { name: 'Your name for the review' });
  await ask.getByLabel('Name').fill('Ana Reviewer');
  await ask.getByRole('button', { name: 'Save and continue' }).click();
  await expect(caption.getByTestId('decision')).toHaveAccessibleName(/^Accepted by Ana Reviewer/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('a');
  await expect(caption.getByTestId('decision')).toHaveAccessibleName(/^Accepted by Ana Reviewer/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('r');
  await expect(caption.getByTestId('decision')).toHaveAccessibleName(/^Change requested by Ana Reviewer/);
  await caption.getByLabel('Decision note').fill('Enable FastPath on the spoke connection');
  await caption.getByLabel('Decision note').press('Enter');
  const decided = seen.slice(0, 3);

  // A note on the presented flow, written during the meeting without leaving the step.
  await page.keyboard.press('n');
  const presentedNotes = page.getByRole('region', { name: 'Presented notes' });
  await presentedNotes.getByLabel(/^Add a note on flow #\d+/).fill('Ask the network team for the UDR export');
  await presentedNotes.getByRole('button', { name: 'Add note' }).click();
  await expect(presentedNotes.getByRole('article', { name: 'Note by Ana Reviewer' })).toContainText('UDR export');
  await expect(caption.getByRole('button', { name: /^Notes \(1\)/ })).toBeVisible();
  await page.keyboard.press('n');
  await expect(presentedNotes).toBeHidden();

  // The agenda, rearranged by dragging: the last flow to the top is the next step after the overview.
  await page.keyboard.press('l');
  const agenda = page.getByRole('list', { name: 'Flows in presenting order' }).getByRole('listitem');
  const last = agenda.last();
  const lastTitle = (await last.getByRole('button').first().textContent())!;
  await last.dragTo(agenda.first());
  await expect(agenda.first().getByRole('button').first()).toHaveText(lastTitle);
  await page.keyboard.press('l');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(number).toHaveText(lastTitle.split(' ')[0]!);
  await screenshot(page, 'test-results/present-decided-1280.png');

  await page.keyboard.press('Escape');
  await expect(designer.heading).toBeVisible();
  await expect(caption).toBeHidden();

  // The flow list says how far the review has come and filters by it.
  await expect(page.getByTestId('review-progress')).toHaveText(`3 of ${flows.length} flows reviewed`);
  const filter = page.getByLabel('Show flows by review status');
  await filter.selectOption({ label: 'Change requested' });
  await expect(designer.flowList.getByRole('listitem')).toHaveCount(1);
  await expect(designer.flowList.getByRole('listitem')).toHaveAccessibleName(/: \w+, change requested$/);
  await filter.selectOption({ label: 'Not reviewed yet' });
  await expect(designer.flowList.getByRole('listitem')).toHaveCount(flows.length - 3);
  await filter.selectOption({ label: 'All flows' });

  // A reload keeps every decision; the exported design carries them.
  await page.reload();
  await expect(designer.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'fastpath');
  await page.getByRole('toolbar', { name: 'Share' }).getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON', exact: true }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
    review?: { agenda?: string[]; decisions?: { flowId: string; status: string; text: string; author: string }[] };
  };
  const decisions = new Map(exported.review?.decisions?.map((d) => [d.flowId, d]));
  expect(decisions.get(decided[0]!)).toMatchObject({ status: 'accepted', author: 'Ana Reviewer' });
  expect(decisions.get(decided[1]!)).toMatchObject({ status: 'accepted' });
  expect(decisions.get(decided[2]!)).toMatchObject({
    status: 'changesRequested',
    text: 'Enable FastPath on the spoke connection',
  });
  expect(exported.review?.agenda).toHaveLength(flows.length);

  // The printable report carries each decision with who and when, and the notes.
  await page.getByRole('toolbar', { name: 'Share' }).getByRole('button', { name: 'Export', exact: true }).click();
  const reportDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Report as printable HTML' }).click();
  const html = readFileSync(await (await reportDownload).path(), 'utf8');
  const report = await page.context().newPage();
  await report.setContent(html);
  const review = report.getByRole('table').filter({ has: report.getByRole('columnheader', { name: 'Decision' }) });
  await expect(review.getByRole('row')).toHaveCount(flows.length + 1);
  await expect(review.getByRole('row').filter({ hasText: 'Accepted' })).toHaveCount(2);
  const changed = review.getByRole('row').filter({ hasText: 'Change requested' });
  await expect(changed).toContainText('Enable FastPath on the spoke connection');
  await expect(changed).toContainText('Ana Reviewer');
  await expect(changed).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
  await expect(report.getByText(`3 of ${flows.length} flows reviewed`)).toBeVisible();
  await expect(report.getByText('Ask the network team for the UDR export')).toBeVisible();
  await report.close();
});

test('a shared, read-only design can be presented, and says that decisions need a saved copy', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const designer = new DesignerPage(page);
  await designer.open();
  await page.getByRole('toolbar', { name: 'Share' }).getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  // The link is written to the clipboard once it is made: read it only then.
  await expect(designer.toast(/Share link copied/)).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#share=v1\./);

  const other = await context.newPage();
  await other.setViewportSize({ width: 1280, height: 720 });
  const viewer = new DesignerPage(other);
  await other.goto(link);
  // The first tab's service worker may still be storing the app for offline use: a slower start.
  await expect(other.getByRole('status', { name: 'Shared design' })).toContainText('read-only', { timeout: 15_000 });
  await other.getByRole('button', { name: 'Present' }).click();
  const { caption } = await stepCaption(other);
  await expect(caption).toContainText(`${flows.length} flows to review`);
  await other.keyboard.press('ArrowRight');
  await expect(caption.getByLabel('Step')).toHaveText(`1 / ${flows.length}`);
  await other.keyboard.press('a');
  await expect(viewer.toast(/read-only: choose “Save a copy” to record decisions/)).toBeVisible();
  await expect(caption.getByTestId('decision')).toHaveCount(0);
});
