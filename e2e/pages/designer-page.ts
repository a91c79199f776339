import type { Locator, Page } from '@playwright/test';

/** The FastPath Designer screen, as a test sees it. */
export class DesignerPage {
  readonly heading: Locator;
  readonly legend: Locator;
  readonly flowList: Locator;
  readonly exampleSelect: Locator;
  readonly rulesSelect: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.legend = page.getByRole('list', { name: 'Legend' });
    this.flowList = page.getByRole('list', { name: 'Flows and verdicts' });
    this.exampleSelect = page.getByLabel('Example');
    this.rulesSelect = page.getByLabel('Rules as of');
  }

  async open(): Promise<void> {
    await this.page.goto('/');
  }

  /** Every flow edge drawn on the canvas. */
  flowEdges(): Locator {
    return this.page.locator('[data-flow-id]');
  }

  /** The canvas edge of one flow; it carries `data-verdict` and an accessible name. */
  flowEdge(flowId: string): Locator {
    return this.page.locator(`[data-flow-id="${flowId}"]`);
  }
}
