import { expect, type Locator, type Page } from '@playwright/test';

/** The Compare view: reuse overview (matrix, origin graph), side by side, collation. */
export class ComparePage {
  readonly main: Locator;
  readonly matrix: Locator;
  readonly graph: Locator;
  readonly evidence: Locator;
  readonly leftColumn: Locator;
  readonly rightColumn: Locator;
  readonly leftPicker: Locator;
  readonly rightPicker: Locator;
  readonly collation: Locator;
  readonly runAnalysis: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.matrix = page.getByRole('grid', { name: /^Reuse matrix/ });
    this.graph = page.getByRole('group', { name: 'Origin graph' });
    this.evidence = page.getByRole('table', { name: 'Copying evidence' });
    this.leftColumn = page.getByRole('region', { name: /^Left/ });
    this.rightColumn = page.getByRole('region', { name: /^Right/ });
    this.leftPicker = page.getByLabel('Left source');
    this.rightPicker = page.getByLabel('Right source');
    this.collation = page.getByRole('table', { name: 'Collation' });
    this.runAnalysis = this.main.getByRole('button', { name: 'Run analysis' });
  }

  tab(name: 'Reuse overview' | 'Side by side' | 'Collation'): Locator {
    return this.page.getByRole('tablist', { name: 'Compare mode' }).getByRole('tab', { name });
  }

  async showMode(name: 'Reuse overview' | 'Side by side' | 'Collation'): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  /**
   * The matrix cell: share of `row`'s text found in `column` (sources by id). Only the cells in
   * sight (and the keyboard cursor) are in the page, which a case of a few sources always is.
   */
  cell(row: number, column: number): Locator {
    return this.matrix.locator(`[data-pair="${row}-${column}"]`);
  }

  edge(from: number, to: number): Locator {
    return this.graph.locator(`[data-edge="${from}-${to}"]`);
  }

  /** Sentences of one column whose text contains `text`. */
  sentences(column: Locator, text: string | RegExp): Locator {
    return column.locator('.cmp-sentence').filter({ hasText: text });
  }
}
