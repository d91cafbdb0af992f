import { expect, type Locator, type Page } from '@playwright/test';

export class InspectorPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('complementary', { name: 'Inspector' });
  }

  field(name: string): Locator {
    return this.root.locator(`[data-field="${name}"]`);
  }

  async editField(name: string, label: string, value: string): Promise<void> {
    await this.root.getByRole('button', { name: `Edit ${label}` }).click();
    const input = this.field(name).getByRole('textbox');
    await input.fill(value);
    await input.press('Enter');
    await expect(this.field(name).getByRole('textbox')).toHaveCount(0);
  }

  get hash(): Locator {
    return this.root.getByLabel('SHA-256 of the original bytes');
  }
}
