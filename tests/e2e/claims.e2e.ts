import { seriousViolations } from './harness/scanAccessibility';
import { expect, test } from './harness/test';
import { AppShellPage } from './pages/AppShellPage';
import { ClaimsPage } from './pages/ClaimsPage';

test('claims sort by supporting sources and filter by kind, status and words', async ({ app }) => {
  const shell = new AppShellPage(app.page);
  const claims = new ClaimsPage(app.page);
  await shell.show('Claims');
  await claims.expectLoaded();
  const total = Number((await claims.count.innerText()).match(/[\d,]+/)?.[0]?.replace(/,/g, ''));
  expect(total).toBeGreaterThan(10);

  await claims.sortBy('Origins');
  if ((await claims.table.getByRole('columnheader', { name: 'Origins' }).getAttribute('aria-sort')) !== 'descending') await claims.sortBy('Origins');
  const origins = (await claims.columnTexts('origins')).map(Number);
  expect(origins.length).toBeGreaterThan(0);
  expect(origins).toEqual([...origins].sort((a, b) => b - a));
  await expect(claims.table.getByRole('columnheader', { name: 'Origins' })).toHaveAttribute('aria-sort', 'descending');

  await claims.filterSelect('Kind').selectOption('quote');
  expect(new Set(await claims.columnTexts('kind'))).toEqual(new Set(['Quote']));
  await expect(claims.count).toContainText(`of ${total.toLocaleString('en')} claims`);

  await claims.filterSelect('Kind').selectOption('');
  await claims.filterSelect('Status').selectOption('contested');
  expect(new Set(await claims.columnTexts('status'))).toEqual(new Set(['Contested']));
  expect(await claims.rows.count()).toBeGreaterThan(0);

  await claims.filterSelect('Status').selectOption('');
  await claims.filter.fill('Kallas');
  await expect(claims.rowAt(0)).toContainText('Kallas');
  for (const text of await claims.rows.allInnerTexts()) expect(text.toLowerCase()).toContain('kallas');

  await claims.filter.fill('');
  await claims.filterSelect('Group by').selectOption('kind');
  await expect(claims.table.locator('.group-row').first()).toContainText('Kind:');
});

test('a contested claim opens with every mention in context and the differing words marked', async ({ app }) => {
  const shell = new AppShellPage(app.page);
  const claims = new ClaimsPage(app.page);
  await shell.show('Claims');
  await claims.expectLoaded();
  await claims.filterSelect('Kind').selectOption('quote');
  await claims.filterSelect('Status').selectOption('contested');
  const row = claims.rowAt(0);
  await row.click();
  await row.press('Enter');
  await expect(claims.detail).toBeVisible();
  const mentions = claims.detail.getByRole('list', { name: 'Mentions' }).getByRole('listitem');
  expect(await mentions.count()).toBeGreaterThan(1);
  // The altered quote: its changed word is underlined (inserted) against the reference wording.
  await expect(claims.detail.locator('.mention-card.is-contradicts ins').first()).toBeVisible();
  await expect(claims.detail.locator('.mention-reason').first()).toContainText(/quote variant|different/);
  await expect(claims.detail.locator('.origin-graph svg')).toBeVisible();
  await expect(claims.detail.locator('.origin-graph figcaption')).toContainText('independent');
  await shell.saveScreenshots('claims');

  await claims.detail.press('Escape');
  await expect(claims.detail).toHaveCount(0);

  // A figure is shown inside its sentence, and the other source's figure is marked as differing.
  await claims.filterSelect('Kind').selectOption('quantity');
  await claims.rowAt(0).click();
  const contradicting = claims.detail.locator('.mention-card.is-contradicts');
  await expect(contradicting.first()).toBeVisible();
  // The surrounding sentence arrives with the source's text, a moment after the card itself.
  const span = await contradicting.first().locator('.mention-span').innerText();
  await expect
    .poll(async () => (await contradicting.first().locator('.mention-context').innerText()).length)
    .toBeGreaterThan(span.length);
  await expect(contradicting.first().locator('.mention-span ins').first()).toBeVisible();
  await expect(contradicting.first().locator('.mention-reason')).toContainText('different');
});

test('arrow keys move through the claims and Enter opens the detail', async ({ app }) => {
  const shell = new AppShellPage(app.page);
  const claims = new ClaimsPage(app.page);
  await shell.show('Claims');
  await claims.expectLoaded();
  await claims.rowAt(0).click();
  await app.page.keyboard.press('ArrowDown');
  await expect(claims.rowAt(1)).toHaveAttribute('aria-selected', 'true');
  await expect(claims.rowAt(1)).toBeFocused();
  await app.page.keyboard.press('Enter');
  await expect(claims.detail.getByRole('heading', { level: 2 })).toBeFocused();
});

test('hidden and reordered columns are kept for the case', async ({ app }) => {
  const shell = new AppShellPage(app.page);
  const claims = new ClaimsPage(app.page);
  await shell.show('Claims');
  await claims.expectLoaded();
  await app.page.getByText('Columns', { exact: true }).click();
  await app.page.getByRole('group', { name: 'Columns' }).getByRole('checkbox', { name: 'Note' }).uncheck();
  await expect(claims.table.getByRole('columnheader', { name: 'Note' })).toHaveCount(0);
  await app.page.reload();
  await shell.show('Claims');
  await claims.expectLoaded();
  await expect(claims.table.getByRole('columnheader', { name: 'Note' })).toHaveCount(0);
  await expect(claims.table.getByRole('columnheader', { name: 'Tags' })).toHaveCount(1);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the claim desk has no serious accessibility violation (${colorScheme})`, async ({ app }) => {
    test.setTimeout(60_000);
    await app.page.emulateMedia({ colorScheme });
    const shell = new AppShellPage(app.page);
    const claims = new ClaimsPage(app.page);
    await shell.show('Claims');
    await claims.expectLoaded();
    await claims.rowAt(0).click();
    await expect(claims.detail).toBeVisible();
    expect(await seriousViolations(app)).toEqual([]);
  });
}
