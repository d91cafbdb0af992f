import { expect, type Locator, type Page } from '@playwright/test';

/** The claim table, its filters and the detail pane of the selected claim. */
export class ClaimsPage {
  readonly table: Locator;
  readonly rows: Locator;
  readonly filter: Locator;
  readonly count: Locator;
  readonly detail: Locator;
  readonly mergeButton: Locator;
  readonly undoButton: Locator;
  readonly redoButton: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('grid', { name: 'Claims' });
    this.rows = this.table.locator('[role="row"][data-claim-id]');
    this.filter = page.getByRole('searchbox', { name: 'Filter claims' });
    this.count = page.getByTestId('claim-count');
    this.detail = page.getByRole('region', { name: 'Claim detail' });
    this.mergeButton = page.getByRole('main').getByRole('button', { name: /^Merge/ });
    this.undoButton = page.getByRole('main').getByRole('button', { name: /^↶ Undo/ });
    this.redoButton = page.getByRole('main').getByRole('button', { name: /^↷ Redo/ });
  }

  /**
   * The row at a place in the table, 0 being the top one. Row elements are recycled while the
   * table scrolls and stay in the page in their own order, so place is read from aria-rowindex.
   */
  rowAt(place: number): Locator {
    return this.table.locator(`[role="row"][data-claim-id][aria-rowindex="${place + 2}"]`);
  }

  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  filterSelect(label: 'Kind' | 'Status' | 'Source' | 'Tag' | 'Group by'): Locator {
    return this.page.getByRole('group', { name: 'Claim filters' }).getByRole('combobox', { name: label, exact: true });
  }

  async sortBy(column: string): Promise<void> {
    await this.table.getByRole('columnheader', { name: column }).getByRole('button').click();
  }

  /** The texts of one column, top to bottom. */
  async columnTexts(columnId: string): Promise<string[]> {
    const cells = await this.rows.evaluateAll(
      (rows, id) =>
        rows.map((row) => ({
          place: Number(row.getAttribute('aria-rowindex')),
          text: (row.querySelector<HTMLElement>(`.cell-${id}`)?.innerText ?? '').trim(),
        })),
      columnId,
    );
    return cells.sort((a, b) => a.place - b.place).map((cell) => cell.text);
  }

  async expectLoaded(): Promise<void> {
    await expect(this.rows.first()).toBeVisible();
  }
}
