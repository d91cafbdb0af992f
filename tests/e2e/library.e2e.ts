import { expect, test } from './harness/test';
import { AppShellPage } from './pages/AppShellPage';
import { AuditLogPage } from './pages/AuditLogPage';
import { LibraryPage } from './pages/LibraryPage';

test('first run opens the sample case with its five sources', async ({ app }) => {
  const shell = new AppShellPage(app.page);
  const library = new LibraryPage(app.page);
  await shell.expectView('Library');
  await library.expectSourceCount(5);
  await expect(shell.sidebar).toContainText('Sample case');
  await expect(shell.statusBar).toContainText('5 sources');
  await expect(shell.statusBar.getByTestId('network-status')).toHaveText(/Offline/);
  await shell.saveScreenshots('library');
});

test('the library sorts by a column and filters by what the analyst types', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await library.expectSourceCount(5);
  await library.sortBy('Title');
  await expect(library.columnHeader('Title')).toHaveAttribute('aria-sort', 'ascending');
  const ascending = await library.titles();
  expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })));
  await library.sortBy('Title');
  await expect(library.columnHeader('Title')).toHaveAttribute('aria-sort', 'descending');
  expect(await library.titles()).toEqual([...ascending].reverse());

  await library.filter.fill('press release');
  await library.expectSourceCount(1);
  await expect(library.rows.first()).toContainText('Press release');
  await library.filter.fill('no source is called this');
  await library.expectSourceCount(0);
  await expect(app.page.getByText('No source matches')).toBeVisible();
});

test('deleting a source asks first, then removes it and logs it', async ({ app }) => {
  const shell = new AppShellPage(app.page);
  const library = new LibraryPage(app.page);
  await library.expectSourceCount(5);
  const victim = library.rows.nth(2);
  const title = (await victim.locator('td').first().innerText()).trim();
  await victim.click();
  await shell.inspector.getByRole('button', { name: 'Delete source…' }).click();
  const dialog = app.page.getByRole('dialog');
  await expect(dialog).toContainText(title);
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await expect(dialog).toBeHidden();
  await library.expectSourceCount(5);

  await shell.inspector.getByRole('button', { name: 'Delete source…' }).click();
  await app.page.getByRole('dialog').getByRole('button', { name: 'Delete source' }).click();
  await library.expectSourceCount(4);
  await expect(library.row(title)).toHaveCount(0);
  await expect(shell.statusBar).toContainText('4 sources');

  await shell.show('Audit log');
  const audit = new AuditLogPage(app.page);
  await expect(audit.rows.first()).toContainText('Deleted');
  await expect(audit.rows.first()).toContainText(title);
});
