import { seriousViolations } from './harness/scanAccessibility';
import { expect, test } from './harness/test';
import { AppShellPage } from './pages/AppShellPage';
import { ComparePage } from './pages/ComparePage';

// The sample case is the five seed articles imported in file order (ids 1–5) and analysed:
// #4 is the press release, #2 and #3 rewrite it, #5 is a spun copy of an earlier story.
const pressRelease = 4;
const rewrites = [2, 3];
const healeyQuote = /stepping up on European security/;

test('the reuse matrix shows shares and a cell opens that pair side by side, the Healey quote verbatim', async ({ app }) => {
  const shell = new AppShellPage(app.page);
  const compare = new ComparePage(app.page);
  await shell.show('Compare');
  await expect(compare.matrix).toBeVisible();
  // Numbers are visible in the cells, and the full breakdown is in the cell's name.
  const cell = compare.cell(3, pressRelease);
  await expect(cell).toHaveText(/^\d+$/);
  await cell.hover();
  await expect(app.page.locator('.cell-detail')).toHaveText(/of #3 .* is found in #4 .*verbatim \d+%/);
  await expect(compare.cell(pressRelease, pressRelease)).toHaveCount(1);
  await shell.saveScreenshots('compare-overview');

  await cell.click();
  await expect(compare.tab('Side by side')).toHaveAttribute('aria-selected', 'true');
  await expect(compare.leftPicker).toHaveValue('3');
  await expect(compare.rightPicker).toHaveValue(String(pressRelease));
  const left = compare.sentences(compare.leftColumn, healeyQuote);
  const right = compare.sentences(compare.rightColumn, healeyQuote);
  await expect(left).toHaveAttribute('data-label', 'verbatim');
  await expect(right).toHaveAttribute('data-label', 'verbatim');
  // Unique text is marked as unique, not left blank.
  expect(await compare.leftColumn.locator('.cmp-sentence[data-label="unique"]').count()).toBeGreaterThan(0);
});

test('the matrix is walked with the arrow keys and Enter opens the pair', async ({ app }) => {
  const shell = new AppShellPage(app.page);
  const compare = new ComparePage(app.page);
  await shell.show('Compare');
  const first = compare.matrix.locator('[role=gridcell][tabindex="0"]');
  await first.focus();
  const start = await first.getAttribute('data-pair');
  await app.page.keyboard.press('ArrowRight');
  const moved = compare.matrix.locator('[role=gridcell]:focus');
  await expect(moved).toHaveCount(1);
  expect(await moved.getAttribute('data-pair')).not.toBe(start);
  // Home/End reach the ends of the row, Ctrl+End the last cell; the cell says where it is in the grid.
  const columns = await compare.matrix.getAttribute('aria-colcount');
  const rows = await compare.matrix.getAttribute('aria-rowcount');
  await app.page.keyboard.press('End');
  await expect(compare.matrix.locator('[role=gridcell]:focus')).toHaveAttribute('aria-colindex', columns ?? '');
  await app.page.keyboard.press('Control+End');
  await expect(compare.matrix.locator('[role=gridcell]:focus').locator('xpath=..')).toHaveAttribute('aria-rowindex', rows ?? '');
  await app.page.keyboard.press('Control+Home');
  await expect(compare.matrix.locator('[role=gridcell]:focus')).toHaveAttribute('aria-colindex', '2');
  await app.page.keyboard.press('ArrowRight');
  await expect(app.page.locator('.cell-detail')).toHaveText(/ is found in /);
  const pair = (await moved.getAttribute('data-pair')) ?? '';
  const [row, column] = pair.split('-');
  await app.page.keyboard.press('Enter');
  await expect(compare.leftPicker).toHaveValue(row ?? '');
  await expect(compare.rightPicker).toHaveValue(column ?? '');
});

test('the origin graph runs from the press release to its rewrites, with evidence, and an edge opens the pair', async ({ app }) => {
  const shell = new AppShellPage(app.page);
  const compare = new ComparePage(app.page);
  await shell.show('Compare');
  for (const copy of rewrites) {
    await expect(compare.edge(pressRelease, copy)).toHaveCount(1);
    await expect(compare.edge(copy, pressRelease)).toHaveCount(0);
  }
  await expect(compare.evidence).toContainText('press release');
  const edge = compare.edge(pressRelease, 2);
  await edge.focus();
  await expect(app.page.locator('.edge-detail')).toContainText('press release');
  await app.page.keyboard.press('Enter');
  await expect(compare.leftPicker).toHaveValue(String(pressRelease));
  await expect(compare.rightPicker).toHaveValue('2');
  await expect(compare.sentences(compare.leftColumn, healeyQuote)).toHaveAttribute('data-label', 'verbatim');
  await expect(compare.sentences(compare.rightColumn, healeyQuote)).toHaveAttribute('data-label', 'verbatim');
});

test('side by side links matches, shows the word diff on hover and keeps the columns level', async ({ app }) => {
  const shell = new AppShellPage(app.page);
  const compare = new ComparePage(app.page);
  await shell.show('Compare');
  await compare.cell(pressRelease, 2).click();
  await expect(compare.leftColumn.locator('.cmp-sentence[data-matched="true"]').first()).toBeVisible();
  await expect(app.page.locator('.gutter-link').first()).toBeAttached();

  // A lightly edited or paraphrased sentence shows struck and inserted words when hovered.
  const edited = compare.leftColumn.locator('.cmp-sentence[data-label="near"], .cmp-sentence[data-label="paraphrase"]').first();
  await edited.hover();
  await expect(app.page.locator('.pair-detail .match-chip')).toHaveText(/Lightly edited|Paraphrase/);
  expect(await compare.leftColumn.locator('del.diff-del').count() + (await compare.rightColumn.locator('ins.diff-ins').count())).toBeGreaterThan(0);

  // Selecting the Healey quote on the left brings its counterpart level on the right.
  const quote = compare.sentences(compare.leftColumn, healeyQuote);
  await quote.click();
  const leftBox = await quote.boundingBox();
  const rightBox = await compare.sentences(compare.rightColumn, healeyQuote).boundingBox();
  expect(Math.abs((leftBox?.y ?? 0) - (rightBox?.y ?? 1000))).toBeLessThan(4);
  // ←/→ cross to the counterpart.
  await quote.press('ArrowRight');
  await expect(compare.rightColumn.locator('.cmp-sentence:focus')).toContainText(healeyQuote);
  await app.page.mouse.move(0, 0);
  await shell.saveScreenshots('compare-side-by-side');
});

test('collation lays each passage of the base beside every source that carries it', async ({ app }) => {
  const shell = new AppShellPage(app.page);
  const compare = new ComparePage(app.page);
  await shell.show('Compare');
  await compare.showMode('Collation');
  await app.page.getByLabel('Base').selectOption(String(pressRelease));
  await expect(compare.collation).toBeVisible();
  const heads = compare.collation.locator('thead th');
  await expect(heads.filter({ hasText: '#2' })).toHaveCount(1);
  await expect(heads.filter({ hasText: '#3' })).toHaveCount(1);
  const row = compare.collation.locator('tbody tr').filter({ hasText: healeyQuote });
  await expect(row).toHaveCount(1);
  await expect(row.locator('td[data-label="verbatim"]')).toHaveCount(2);
  await expect(row.locator('td.carried')).toHaveText(/^2\//);

  // Adding a source that shares nothing gives it a column of dashes.
  await app.page.locator('.column-chooser summary').click();
  await app.page.locator('.chooser-panel').getByRole('checkbox', { name: /#5/ }).check();
  await expect(heads.filter({ hasText: '#5' })).toHaveCount(1);
  await app.page.locator('.column-chooser summary').click();
  await app.page.getByLabel('Only passages another source carries').check();
  expect(await compare.collation.locator('tbody tr.is-unique').count()).toBe(0);
  await shell.saveScreenshots('compare-collation');
});

test('Run analysis is offered and reports progress', async ({ app }) => {
  const shell = new AppShellPage(app.page);
  const compare = new ComparePage(app.page);
  await shell.show('Compare');
  await compare.runAnalysis.click();
  await expect(compare.runAnalysis).toBeEnabled();
  await expect(compare.matrix).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every Compare mode passes an axe scan in the ${colorScheme} theme`, async ({ app }) => {
    test.setTimeout(90_000);
    await app.page.emulateMedia({ colorScheme });
    const shell = new AppShellPage(app.page);
    const compare = new ComparePage(app.page);
    await shell.show('Compare');
    const severe: string[] = [];
    for (const mode of ['Reuse overview', 'Side by side', 'Collation'] as const) {
      await compare.showMode(mode);
      if (mode === 'Reuse overview') await expect(compare.matrix).toBeVisible();
      if (mode === 'Side by side') await expect(compare.leftColumn.locator('.cmp-sentence').first()).toBeVisible();
      if (mode === 'Collation') await expect(compare.collation.locator('tbody tr').first()).toBeVisible();
      severe.push(...(await seriousViolations(app, `${mode}: `)));
    }
    expect(severe).toEqual([]);
  });
}
