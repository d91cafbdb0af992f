import type { Locator, Page } from '@playwright/test';

export class AuditLogPage {
  readonly table: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Audit log' });
    this.rows = this.table.locator('tbody tr');
  }
}
