import { expect, test } from './harness/test';
import { AppShellPage } from './pages/AppShellPage';
import { ReaderPage } from './pages/ReaderPage';
import { SearchPage } from './pages/SearchPage';

test('every view is reachable from the keyboard alone', async ({ app }) => {
  const shell = new AppShellPage(app.page);
  const reader = new ReaderPage(app.page);
  const search = new SearchPage(app.page);
  await shell.expectView('Library');

  const shortcuts = [
    ['2', 'Reader'],
    ['3', 'Compare'],
    ['4', 'Claims'],
    ['5', 'Dossier'],
    ['k', 'Search'],
    ['l', 'Audit log'],
    ['1', 'Library'],
  ] as const;
  for (const [key, view] of shortcuts) {
    await shell.pressShortcut(key);
    await shell.expectView(view);
  }

  // Library: the table takes focus; ↓ moves the selection, Enter opens the Reader.
  const rows = app.page.getByRole('grid', { name: 'Sources' }).locator('tbody tr');
  await expect(rows.first()).toBeFocused();
  await app.page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  const title = (await rows.nth(1).locator('td').first().innerText()).trim();
  await app.page.keyboard.press('Enter');
  await shell.expectView('Reader');
  await expect(app.page.getByRole('combobox', { name: 'Source' })).toHaveValue(/\d+/);
  await expect(reader.title).toHaveText(title.replace(/…$/, '') ? new RegExp(escape(title.replace(/…$/, ''))) : /./);

  // Search: type, ↓ into the results, Enter opens the hit.
  await shell.pressShortcut('k');
  await expect(search.input).toBeFocused();
  await app.page.keyboard.type('Healey');
  await expect(search.hits.first()).toBeVisible();
  await app.page.keyboard.press('ArrowDown');
  await expect(search.hits.first()).toBeFocused();
  await app.page.keyboard.press('Enter');
  await shell.expectView('Reader');
  await expect(reader.currentSentence).toContainText('Healey');

  // The sidebar is a list: Tab reaches it, ↑↓ move, Enter shows a view; focus is visible.
  await shell.navItem('Library').focus();
  await app.page.keyboard.press('ArrowDown');
  await expect(shell.navItem('Reader')).toBeFocused();
  const outline = await shell.navItem('Reader').evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe('none');
  await app.page.keyboard.press('ArrowDown');
  await app.page.keyboard.press('Enter');
  await shell.expectView('Compare');
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
