import { expect, type Locator, type Page } from '@playwright/test';

type Point = { x: number; y: number };

/** The FastPath Designer screen, as a test sees it. */
export class DesignerPage {
  readonly heading: Locator;
  readonly legend: Locator;
  readonly flowList: Locator;
  readonly rulesSelect: Locator;
  readonly canvas: Locator;
  /** React Flow's own element inside the canvas region: the drawing, and where files are dropped. */
  readonly surface: Locator;
  readonly inspector: Locator;
  readonly palette: Locator;
  readonly toolbar: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.legend = page.getByRole('list', { name: 'Legend' });
    this.flowList = page.getByRole('list', { name: 'Flows and verdicts' });
    this.rulesSelect = page.getByRole('combobox', { name: 'Rules as of' });
    this.canvas = page.getByRole('region', { name: 'Design', exact: true });
    this.surface = this.canvas.getByRole('application', { name: /^Design canvas/ });
    this.inspector = page.getByRole('region', { name: 'Inspector' });
    this.palette = page.getByRole('complementary', { name: 'Palette' });
    this.toolbar = page.getByRole('toolbar', { name: 'Canvas tools' });
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.heading).toBeVisible();
  }

  /**
   * Waits until the service worker has stored the app for offline use: the last of the app's
   * start-up work. Tests that time the main thread start after it, as on two cores that work
   * slows whatever runs beside it.
   */
  async startedUp(): Promise<void> {
    await expect(this.page.getByText('Ready to work offline')).toBeVisible({ timeout: 30_000 });
  }

  /** Opens the app on the lab, evaluated, in the given theme. */
  async openLab(theme: 'light' | 'dark' = 'light'): Promise<void> {
    await this.open();
    await expect(this.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'fastpath');
    if (theme === 'dark') {
      await this.page.getByRole('button', { name: 'Dark mode' }).click();
      await expect(this.page.locator('html')).toHaveClass(/dark/);
    }
  }

  /** Starts a new design from a template in the designs dialog ("Empty design", an example…). */
  async newDesign(template: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Designs', exact: true }).click();
    await this.page
      .getByRole('region', { name: 'New design' })
      .getByRole('button', { name: new RegExp(`^${template}`) })
      .click();
    await expect(this.page.getByRole('dialog')).toBeHidden();
  }

  /** Asks the designs dialog for a new design from a template, leaving any question it raises open. */
  async newDesignFromList(template: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Designs', exact: true }).click();
    await this.page
      .getByRole('region', { name: 'New design' })
      .getByRole('button', { name: new RegExp(`^${template}`) })
      .click();
  }

  /** Every flow edge drawn on the canvas. */
  flowEdges(): Locator {
    return this.page.locator('[data-flow-id]');
  }

  /** The flow edges drawn with one verdict (or `pending`): an attribute query, cheap on a large design. */
  flowEdgesShowing(verdict: string): Locator {
    return this.page.locator(`[data-flow-id][data-verdict="${verdict}"]`);
  }

  /** The canvas edge of one flow; it carries `data-verdict` and an accessible name. */
  flowEdge(flowId: string): Locator {
    return this.page.locator(`[data-flow-id="${flowId}"]`);
  }

  /** A node on the canvas by its accessible name ("VNet Hub VNet", "VM 1: VM"). */
  node(name: string | RegExp): Locator {
    return this.page.getByRole('group', { name });
  }

  /** Every node drawn on the canvas (React Flow's test ids, `rf__node-<id>`). */
  nodes(): Locator {
    return this.page.getByTestId(/^rf__node-/);
  }

  /** A node by its id in the document (React Flow's test id), for nodes that get renamed. */
  nodeById(id: string): Locator {
    return this.page.getByTestId(`rf__node-${id}`);
  }

  /** A structural edge or flow on the canvas by its accessible name. */
  edge(name: string | RegExp): Locator {
    return this.page.getByRole('group', { name }).or(this.page.getByRole('img', { name }));
  }

  toast(text: string | RegExp): Locator {
    return this.page.getByRole('region', { name: /Notifications/ }).getByText(text);
  }

  /** Drags a kind from the palette to a point of the canvas (relative to its top-left corner). */
  async dropFromPalette(kind: string, at: Point): Promise<void> {
    await this.palette
      .getByRole('button', { name: `Add ${kind}`, exact: true })
      .dragTo(this.canvas, { targetPosition: at });
  }

  /** The centre of a locator's box, in page coordinates. */
  async centre(locator: Locator): Promise<Point> {
    const box = await locator.boundingBox();
    if (!box) throw new Error('not visible');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /** Drags with the mouse from one page point to another, in small steps as a hand would. */
  async drag(from: Point, to: Point): Promise<void> {
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 8 });
    await this.page.mouse.move(to.x, to.y, { steps: 8 });
    await this.page.mouse.up();
  }

  /** Drags from a node's connect dot onto another node. */
  async connect(from: Locator, fromLabel: string, to: Locator): Promise<void> {
    await from.hover();
    const dot = this.page.getByLabel(`Connect from ${fromLabel}`, { exact: true });
    await this.drag(await this.centre(dot), await this.centre(to));
  }
}
