import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

/** The Dossier view: options, the sandboxed preview, the export buttons. */
export class DossierPage {
  readonly options: Locator;
  readonly preview: FrameLocator;
  readonly previewFrame: Locator;
  readonly fingerprint: Locator;
  readonly savedPath: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.options = page.getByRole('form', { name: 'Dossier options' });
    this.previewFrame = page.getByTitle('Dossier preview');
    this.preview = page.frameLocator('iframe[title="Dossier preview"]');
    this.fingerprint = page.getByTestId('dossier-fingerprint');
    this.savedPath = page.getByTestId('dossier-saved-path');
    this.status = page.getByRole('group', { name: 'Export the dossier' }).locator('xpath=following-sibling::*[@role="status"]');
  }

  async expectLoaded(): Promise<void> {
    await expect(this.previewFrame).toBeVisible();
    await expect(this.preview.locator('body')).toContainText(/\S/);
    await expect(this.page.getByRole('region', { name: 'Dossier preview' })).toHaveAttribute('aria-busy', 'false');
  }

  filter(label: 'All claims' | 'Contested claims' | 'Flagged claims'): Locator {
    return this.options.getByRole('radio', { name: label });
  }

  exportButton(format: 'PDF' | 'HTML' | 'Markdown' | 'CSV' | 'JSON'): Locator {
    return this.page.getByRole('button', { name: `Export ${format}…` });
  }

  async previewText(): Promise<string> {
    return this.preview.locator('body').innerText();
  }
}
