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
    this.rows = this.table.locator('tbody tr[data-claim-id]');
    this.filter = page.getByRole('searchbox', { name: 'Filter claims' });
    this.count = page.getByTestId('claim-count');
    this.detail = page.getByRole('region', { name: 'Claim detail' });
    this.mergeButton = page.getByRole('main').getByRole('button', { name: /^Merge/ });
    this.undoButton = page.getByRole('main').getByRole('button', { name: /^↶ Undo/ });
    this.redoButton = page.getByRole('main').getByRole('button', { name: /^↷ Redo/ });
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

  async columnTexts(columnId: string): Promise<string[]> {
    return this.rows.locator(`td.cell-${columnId}`).allInnerTexts();
  }

  async expectLoaded(): Promise<void> {
    await expect(this.rows.first()).toBeVisible();
  }
}
