import { expect, test } from './test.ts';
import { DesignerPage } from './pages/designer-page.ts';
import { seriousViolations } from './axe.ts';

// axe-core on every main view, light and dark: nothing serious or critical on the main screen,
// with a flow selected, in the text view, the comparison, the designs list and the shortcuts.

for (const theme of ['light', 'dark'] as const) {
  test(`every main view, ${theme}: no serious accessibility violation`, async ({ page }) => {
    test.slow(); // axe takes a few seconds a view
    const designer = new DesignerPage(page);
    await designer.openLab(theme);
    const views: Record<string, string[]> = {};

    views['main screen'] = await seriousViolations(page);

    await designer.flowList.getByRole('listitem').nth(1).click();
    await expect(designer.inspector.getByRole('region', { name: 'Flow details' })).toBeVisible();
    views['a selected flow'] = await seriousViolations(page);

    await designer.nodeById('hubvnet').click({ position: { x: 40, y: 14 } });
    await expect(designer.inspector.getByLabel('Address space')).toBeVisible();
    views['a selected VNet'] = await seriousViolations(page);

    await designer.edge(/^Connection ERGW1/).click();
    await expect(designer.inspector.getByRole('heading', { name: /^Connection/ })).toBeVisible();
    views['a selected connection, with its deployment commands'] = await seriousViolations(page);

    // A note and a decision: their cards, markers and badges.
    await page.keyboard.press('Escape');
    await designer.inspector.getByLabel('Add a note on the design').fill('Agree the failover test date');
    await designer.inspector.getByRole('button', { name: 'Add note' }).click();
    const ask = page.getByRole('dialog', { name: 'Your name for the review' });
    await ask.getByLabel('Name').fill('Ana Reviewer');
    views['the reviewer question'] = await seriousViolations(page);
    await ask.getByRole('button', { name: 'Save and continue' }).click();
    await designer.flowList.getByRole('listitem').first().click();
    await designer.inspector
      .getByRole('region', { name: 'Review decision' })
      .getByRole('button', { name: 'Accept' })
      .click();
    await designer.inspector.getByLabel(/^Add a note on flow/).fill('Keep FastPath on here');
    await designer.inspector.getByRole('button', { name: 'Add note' }).click();
    await expect(designer.inspector.getByRole('article')).toBeVisible();
    views['notes and a decision'] = await seriousViolations(page);

    await page.keyboard.press('Escape');
    await page.keyboard.press('t');
    await expect(page.getByRole('region', { name: 'Text view' })).toBeVisible();
    views['text view'] = await seriousViolations(page);
    await page.keyboard.press('t');

    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page.getByRole('region', { name: /^Compare/ })).toBeVisible();
    views['compare'] = await seriousViolations(page);
    await page.getByRole('button', { name: 'Compare' }).click();

    await page.getByRole('button', { name: 'Designs', exact: true }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    views['designs'] = await seriousViolations(page);
    await page.keyboard.press('Escape');

    await page.keyboard.press('?');
    await expect(page.getByRole('dialog')).toBeVisible();
    views['shortcuts'] = await seriousViolations(page);

    expect(views).toEqual(Object.fromEntries(Object.keys(views).map((view) => [view, []])));
  });
}

test('skip links lead past the header, and the node picked from the keyboard shows the focus', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await expect(designer.flowEdges()).toHaveCount(6);
  await page.keyboard.press('Tab');
  const toCanvas = page.getByRole('link', { name: 'Skip to the canvas' });
  await expect(toCanvas).toBeFocused();
  await expect(toCanvas).toBeInViewport();
  await page.keyboard.press('Tab');
  await page.getByRole('link', { name: 'Skip to the inspector' }).press('Enter');
  await expect(designer.inspector).toBeFocused();

  // The canvas is one tab stop; Ctrl+arrow picks a node, which shows the keyboard is on it.
  await page.getByRole('link', { name: 'Skip to the canvas' }).focus();
  await page.keyboard.press('Enter');
  await expect(designer.surface).toBeFocused();
  await page.keyboard.press('ControlOrMeta+ArrowRight');
  const picked = page.locator('.react-flow__node.selected');
  await expect(picked).toHaveCount(1);
  const outline = await picked.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).toBe('solid');
});
