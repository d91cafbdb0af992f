import type { Locator, Page } from '@playwright/test';

export class ReaderPage {
  readonly title: Locator;
  readonly text: Locator;
  readonly sentences: Locator;
  readonly currentSentence: Locator;
  readonly removedToggle: Locator;
  readonly removedLines: Locator;

  constructor(readonly page: Page) {
    this.title = page.locator('#reader-title');
    this.text = page.getByRole('region', { name: 'Text' });
    this.sentences = this.text.locator('.sentence');
    this.currentSentence = this.text.locator('.sentence[aria-current="true"]');
    this.removedToggle = page.getByRole('button', { name: /removed page furniture/ });
    this.removedLines = page.getByRole('region', { name: 'Removed page furniture' });
  }
}
