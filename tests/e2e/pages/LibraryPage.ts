import { expect, type Locator, type Page } from '@playwright/test';

export class LibraryPage {
  readonly table: Locator;
  readonly rows: Locator;
  readonly filter: Locator;
  readonly importFolderButton: Locator;
  readonly importFilesButton: Locator;
  readonly importReport: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('grid', { name: 'Sources' });
    this.rows = this.table.locator('tbody tr');
    this.filter = page.getByRole('searchbox', { name: 'Filter sources' });
    this.importFolderButton = page.getByRole('button', { name: 'Import folder…' });
    this.importFilesButton = page.getByRole('main').getByRole('button', { name: 'Import files…' });
    this.importReport = page.getByRole('status', { name: 'Import report' });
    this.count = page.getByRole('main').locator('.view-toolbar .muted');
  }

  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  async expectSourceCount(count: number): Promise<void> {
    await expect(this.rows).toHaveCount(count);
  }

  async titles(): Promise<string[]> {
    return this.rows.locator('td:first-child').allInnerTexts();
  }

  async sortBy(column: string): Promise<void> {
    await this.table.getByRole('columnheader', { name: column }).getByRole('button').click();
  }

  columnHeader(column: string): Locator {
    return this.table.getByRole('columnheader', { name: column });
  }
}
