import { expect, test } from './test.ts';
import { DesignerPage } from './pages/designer-page.ts';

// Offline: once the built app has been opened, its service worker keeps the app shell, the engine
// worker and the lazily loaded chunks (vite.config.ts, src/app/offline/), so the app opens,
// evaluates and edits with the network gone.

test('after the first visit the app opens, evaluates, edits and compares with no network', async ({
  page,
  context,
}) => {
  const designer = new DesignerPage(page);
  await designer.openLab();
  await expect(page.getByText('Saved in this browser')).toBeVisible();

  // The first visit installs the service worker, which stores the whole app, and says so once.
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL)).toMatch(/\/sw\.js$/);
  await expect(page.getByText('Ready to work offline')).toBeVisible();
  // It does not take over the page it was installed from: that page stays with the network
  // (which keeps single-load tests, and what they stub, as they were); the next load is its.
  expect(await page.evaluate(() => navigator.serviceWorker.controller === null)).toBe(true);
  await page.reload();
  await expect(designer.heading).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');

  await context.setOffline(true);
  await page.reload();
  // The network is gone: a request the service worker does not answer fails. (navigator.onLine is
  // not a sure sign: some Chromium builds keep it true in a page loaded under offline emulation.)
  const reached = await page.evaluate(() =>
    fetch(`/not-stored-${Date.now()}.txt`, { cache: 'no-store' }).then(
      () => 'reached',
      () => 'failed',
    ),
  );
  expect(reached, 'a request past the service worker, offline').toBe('failed');
  await expect(designer.heading).toHaveText('Hub, spoke and remote VNet on one circuit (lab)');
  // The engine worker's script comes from the cache: the flows get their verdicts.
  await expect(designer.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'fastpath');

  // An edit is made and kept.
  const title = designer.inspector.getByLabel('Title');
  await title.fill('Lab, edited offline');
  await title.press('Enter');
  await expect(designer.heading).toHaveText('Lab, edited offline');
  await expect(page.getByText('Saved in this browser')).toBeVisible();

  // Compare was never opened online: its chunk too comes from the cache, and it evaluates.
  await page.getByRole('button', { name: 'Compare' }).click();
  const compare = page.getByRole('region', { name: 'Compare rule packs' });
  await expect(compare).toBeVisible();
  await expect(compare.getByRole('status')).toHaveText(/^(\d+ of 6 flows change|No flow changes) verdict/);

  // And the edited design opens again, still offline.
  await page.reload();
  await expect(designer.heading).toHaveText('Lab, edited offline');
  await expect(designer.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'fastpath');
});
