import { expect, test } from './test.ts';
import { DesignerPage } from './pages/designer-page.ts';
import { screenshot } from './screenshots.ts';

const LAB_VERDICTS = {
  'f-onprem-hub': 'fastpath',
  'f-remote-hub': 'fastpath',
  'f-onprem-spoke': 'gateway',
  'f-onprem-remote': 'gateway',
  'f-remote-spoke': 'gateway',
  'f-hub-onprem': 'direct',
} as const;

test('the first screen shows the lab with every flow coloured by its verdict', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

  const designer = new DesignerPage(page);
  await designer.open();

  await expect(page).toHaveTitle('FastPath Designer');
  await expect(designer.heading).toHaveText('Hub, spoke and remote VNet on one circuit (lab)');
  await expect(designer.legend.getByRole('listitem')).toHaveText(['FastPath', 'Gateway', 'Direct', 'Unreachable']);

  // The worker answers asynchronously: wait on the verdicts themselves.
  await expect(designer.flowEdges()).toHaveCount(Object.keys(LAB_VERDICTS).length);
  for (const [flowId, verdict] of Object.entries(LAB_VERDICTS)) {
    await expect(designer.flowEdge(flowId)).toHaveAttribute('data-verdict', verdict);
  }
  await expect(page.getByRole('img', { name: 'Flow On-premises (CE router) → Hub VM: FastPath' })).toHaveAttribute(
    'data-flow-id',
    'f-onprem-hub',
  );
  await expect(designer.flowList.getByRole('listitem')).toHaveCount(6);
  await expect(page.getByRole('status')).toContainText('Evaluated');

  await screenshot(page, 'test-results/first-screen.png');
  expect(problems).toEqual([]);
});

test('clicking a finding selects what it is about', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  const findings = page.getByRole('region', { name: 'Findings' });
  await expect(findings.getByRole('button').first()).toBeVisible();
  const first = findings.getByRole('button').first();
  const name = (await first.getAttribute('aria-label')) ?? '';
  const subject = /\(([^()]+)\)$/.exec(name)?.[1] ?? '';
  expect(subject).not.toBe('');
  await first.click();
  await expect(designer.inspector.getByRole('heading', { level: 2 })).toContainText(subject);

  // Filtered by severity, only that severity is left.
  const all = await findings.getByRole('button').count();
  await findings.getByLabel('Show', { exact: true }).selectOption('info');
  const labels = await findings
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
  expect(labels.length).toBeGreaterThan(0);
  expect(labels.length).toBeLessThanOrEqual(all);
  for (const label of labels) expect(label).toMatch(/^Info: /);
});
