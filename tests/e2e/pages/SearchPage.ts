import type { Locator, Page } from '@playwright/test';

export class SearchPage {
  readonly input: Locator;
  readonly results: Locator;
  readonly hits: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByRole('searchbox', { name: 'Search the case' });
    this.results = page.getByRole('list', { name: 'Search results' });
    this.hits = this.results.getByRole('button');
  }
}
