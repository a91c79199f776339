import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './browser.ts';
import { expect, test, type Page } from './test.ts';
import { DesignerPage } from './pages/designer-page.ts';

// What an unlucky person meets: a reload right after an edit, a crashed tab, storage that
// fails, an analysis that hangs or cannot start, a panel that breaks, a tab that froze while
// opening a design. None of it may lose an edit or take the rest of the app down.

/** Lets a test make the engine worker hang, answer nothing readable, or fail to load. */
async function controllableWorker(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Mode = 'hang' | 'empty' | 'load-fail';
    const w = window as unknown as { __fastpathWorkerMode?: Mode };
    // A mode set before a reload lives in sessionStorage.
    w.__fastpathWorkerMode ??= (sessionStorage.getItem('fastpathWorkerMode') as Mode | null) ?? undefined;
    const Real = window.Worker;
    window.Worker = class extends Real {
      readonly engine: boolean;
      constructor(url: string | URL, options?: WorkerOptions) {
        const engine = options?.name === 'fastpath-engine';
        super(engine && w.__fastpathWorkerMode === 'load-fail' ? '/no-such-engine-worker.js' : url, options);
        this.engine = engine;
      }
      override postMessage(message: unknown, transfer?: unknown) {
        const mode = this.engine ? w.__fastpathWorkerMode : undefined;
        if (mode === 'hang') return; // like a worker in an endless loop, or one that closed itself
        if (mode === 'empty') {
          const id = (message as { id?: string }).id;
          queueMicrotask(() =>
            this.dispatchEvent(new MessageEvent('message', { data: { id, type: 'RAW', value: undefined } })),
          );
          return;
        }
        super.postMessage(message, transfer as Transferable[]);
      }
    };
  });
}

async function renameHubVm(designer: DesignerPage, name: string): Promise<void> {
  await designer.nodeById('hubvm').click();
  await designer.inspector.getByLabel('Name', { exact: true }).fill(name);
  await designer.inspector.getByLabel('Name', { exact: true }).press('Enter');
}

async function exportJson(page: Page, within = page.getByRole('toolbar', { name: 'Share' })): Promise<string> {
  const download = page.waitForEvent('download');
  await within.getByRole('button', { name: 'Export JSON', exact: true }).click();
  return readFileSync(await (await download).path(), 'utf8');
}

test('an edit followed at once by a reload is still there', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await expect(designer.flowEdges()).toHaveCount(6);
  // The page asks before leaving with a save pending; the person chooses to reload anyway.
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.accept();
  });
  await designer.canvas.click({ position: { x: 500, y: 140 } });
  await page.keyboard.press('3');
  await expect(designer.nodeById('vnet-1')).toBeVisible();
  await page.reload();
  await expect(designer.heading).toHaveText('Hub, spoke and remote VNet on one circuit (lab)');
  await expect(designer.nodeById('vnet-1')).toBeVisible();
  for (const type of asked) expect(type).toBe('beforeunload');
});

test('a reload while the save cannot finish asks first, and the edit comes back from the recovery copy', async ({
  page,
}) => {
  const designer = new DesignerPage(page);
  await designer.open();
  // The lab is stored before it opens: once its flows show, storage can be made to fail.
  await expect(designer.flowEdges()).toHaveCount(6);
  await expect(page.getByText('Saved in this browser')).toBeVisible();
  // The save that follows the edit never completes, as when the page goes before it could.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => new Promise(() => undefined) as unknown as IDBRequest;
  });
  await renameHubVm(designer, 'Hub VM, renamed before the reload');
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  expect(asked).toEqual(['beforeunload']);
  await expect(
    designer.toast(/Recovered changes to “Hub, spoke and remote VNet on one circuit \(lab\)”/),
  ).toBeVisible();
  await expect(designer.node(/^Hub VM, renamed before the reload/)).toBeVisible();
});

test('a browser closed right after an edit gives the edit back at the next start, with a notice', async ({
  browserName: _,
  baseURL,
}) => {
  // A browser of its own, with a profile on disk, so that it can be closed and started again.
  const profile = mkdtempSync(join(tmpdir(), 'fastpath-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
      baseURL,
      viewport: { width: 1440, height: 900 },
    });
  try {
    let context = await launch();
    const page = context.pages()[0] ?? (await context.newPage());
    const designer = new DesignerPage(page);
    await designer.open();
    await expect(designer.flowEdges()).toHaveCount(6);
    await expect(page.getByText('Saved in this browser')).toBeVisible();
    // The save that follows the edit never completes: the browser goes before it could.
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = () => new Promise(() => undefined) as unknown as IDBRequest;
    });
    await renameHubVm(designer, 'Hub VM, renamed before the crash');
    await context.close();

    context = await launch();
    const next = new DesignerPage(context.pages()[0] ?? (await context.newPage()));
    await next.open();
    await expect(
      next.toast(
        /Recovered changes to “Hub, spoke and remote VNet on one circuit \(lab\)” that were not saved when the page closed/,
      ),
    ).toBeVisible();
    await expect(next.node(/^Hub VM, renamed before the crash/)).toBeVisible();
    // The recovered edit is one undoable change on top of what was stored.
    await next.canvas.click({ position: { x: 500, y: 140 } });
    await next.page.keyboard.press('Control+z');
    await expect(next.node(/^Hub VM: /)).toBeVisible();
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('when storage fails the change shows as not saved, stays in the tab, and can be exported', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  // The lab is stored before it opens: once its flows show, storage can be made to fail.
  await expect(designer.flowEdges()).toHaveCount(6);
  await expect(page.getByText('Saved in this browser')).toBeVisible();
  await page.evaluate(() => {
    const fail = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = fail;
    IDBObjectStore.prototype.add = fail;
  });
  await renameHubVm(designer, 'Hub VM, not saved');
  const alert = page.getByRole('alert').filter({ hasText: 'The last change could not be saved' });
  await expect(alert).toContainText('Browser storage is full');
  await expect(page.getByText('Not saved', { exact: true })).toBeVisible();
  await expect(designer.node(/^Hub VM, not saved/)).toBeVisible();
  expect(await exportJson(page, alert)).toContain('"label": "Hub VM, not saved"');
});

test('a hanging analysis stops within its time limit, keeps the last verdicts and can be retried', async ({ page }) => {
  await controllableWorker(page);
  const designer = new DesignerPage(page);
  await designer.open();
  const status = page.getByRole('status', { name: 'Analysis' });
  await expect(status).toContainText('Evaluated');
  await page.evaluate(() => Object.assign(window, { __fastpathWorkerMode: 'hang', __fastpathWatchdogMs: 1500 }));
  await renameHubVm(designer, 'Hub VM during a hang');
  await expect(status).toContainText('Analysis stopped');
  await expect(status).toContainText('took longer than 1.5 s');
  await expect(designer.canvas).toHaveAttribute('aria-busy', 'false');
  await expect(designer.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'fastpath');

  await page.evaluate(() => delete (window as unknown as { __fastpathWorkerMode?: string }).__fastpathWorkerMode);
  await page.getByRole('button', { name: 'Retry analysis' }).click();
  await expect(status).toContainText('Evaluated');
});

test('an unreadable answer and a worker that cannot load are reported as such, and the app keeps working', async ({
  page,
}) => {
  await controllableWorker(page);
  const designer = new DesignerPage(page);
  await designer.open();
  const status = page.getByRole('status', { name: 'Analysis' });
  await expect(status).toContainText('Evaluated');
  await page.evaluate(() => Object.assign(window, { __fastpathWorkerMode: 'empty' }));
  await renameHubVm(designer, 'Hub VM, empty answer');
  await expect(status).toContainText('The analysis sent an answer the app cannot read');
  await expect(designer.heading).toBeVisible();

  await page.evaluate(() => sessionStorage.setItem('fastpathWorkerMode', 'load-fail'));
  await page.reload();
  await expect(status).toContainText('The analysis could not start: its script failed to load');
  await expect(page.getByText(/Missing queryFn/)).toHaveCount(0);
  await expect(designer.node(/^Hub VM, empty answer/)).toBeVisible();
});

test('a panel that breaks leaves the canvas and the other panels working', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await expect(designer.flowEdges()).toHaveCount(6);
  await page.evaluate(() => Object.assign(window, { __fastpathFailPanel: 'Inspector' }));
  await designer.nodeById('hubvm').click();
  const broken = page.getByRole('alert').filter({ hasText: 'Inspector stopped working: test failure.' });
  await expect(broken).toBeVisible();
  expect(await exportJson(page, broken)).toContain('"format": "fastpath-design"');

  // The canvas still edits, and the flow list still lists.
  await designer.canvas.click({ position: { x: 500, y: 140 } });
  await page.keyboard.press('3');
  await expect(designer.nodeById('vnet-1')).toBeVisible();
  await expect(designer.flowList.getByRole('listitem')).toHaveCount(6);

  await page.evaluate(() => delete (window as unknown as { __fastpathFailPanel?: string }).__fastpathFailPanel);
  await broken.getByRole('button', { name: 'Try again' }).click();
  await expect(designer.inspector).toBeVisible();
});

test('a design that did not finish opening last time is not reopened without asking', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await expect(designer.flowEdges()).toHaveCount(6);
  // As if the tab had frozen while opening it: the marker the app sets before opening stays.
  const id = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('fastpath-designer');
        open.onsuccess = () => {
          // A first visit keeps one design: the lab.
          const read = open.result.transaction('designs').objectStore('designs').getAllKeys();
          read.onsuccess = () => resolve(String(read.result[0]));
          read.onerror = () => reject(read.error);
        };
      }),
  );
  // A frozen tab never gets to cross the marker out, so it is still there at the next start.
  await page.addInitScript((designId) => localStorage.setItem('fastpath-designer:opening', designId), id);
  await page.reload();
  const question = page.getByRole('dialog', { name: 'Open this design again?' });
  await expect(question).toContainText('did not finish opening last time');
  await question.getByRole('button', { name: 'Open it anyway' }).click();
  await expect(designer.heading).toHaveText('Hub, spoke and remote VNet on one circuit (lab)');
  await expect(designer.flowEdges()).toHaveCount(6);
});
