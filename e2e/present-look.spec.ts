import { expect, test, type Page } from './test.ts';
import { DesignerPage } from './pages/designer-page.ts';
import { screenshot } from './screenshots.ts';
import { seriousViolations } from './axe.ts';

// Present mode as the room sees it, on the two screens meeting rooms have, light and dark: the
// screenshots are kept for people to look at, and axe-core finds nothing serious on them.

const SCREENS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

/** Waits until the canvas stops moving: a step animates its viewport. */
async function settled(page: Page): Promise<void> {
  let before = '';
  await expect
    .poll(
      async () => {
        const now = await page
          .locator('.react-flow__viewport')
          .evaluate((element) => getComputedStyle(element).transform);
        const still = now === before;
        before = now;
        return still;
      },
      { intervals: [150] },
    )
    .toBe(true);
}

for (const screen of SCREENS) {
  for (const theme of ['light', 'dark'] as const) {
    test(`present mode at ${screen.width}×${screen.height}, ${theme}: readable, and nothing serious for axe`, async ({
      page,
    }) => {
      await page.setViewportSize(screen);
      const designer = new DesignerPage(page);
      await designer.openLab(theme);
      const name = `${screen.width}-${theme}`;

      await page.keyboard.press('p');
      const caption = page.getByRole('region', { name: 'Presented flow' });
      await expect(caption).toContainText('6 flows to review');
      await settled(page);
      await screenshot(page, `test-results/present-overview-${name}.png`);
      expect(await seriousViolations(page)).toEqual([]);

      // A step with its "why" open, and one with its notes.
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect(caption.getByLabel('Step')).toHaveText('2 / 6');
      await settled(page);
      await screenshot(page, `test-results/present-step-${name}.png`);
      await page.keyboard.press('w');
      await expect(page.getByRole('region', { name: 'Why' })).toBeVisible();
      await screenshot(page, `test-results/present-why-${name}.png`);
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('l');
      await expect(page.getByRole('region', { name: 'Agenda' })).toBeVisible();
      await screenshot(page, `test-results/present-agenda-${name}.png`);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}
