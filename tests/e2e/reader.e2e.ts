import { expect, test } from './harness/test';
import { AppShellPage } from './pages/AppShellPage';
import { AuditLogPage } from './pages/AuditLogPage';
import { InspectorPage } from './pages/InspectorPage';
import { LibraryPage } from './pages/LibraryPage';
import { ReaderPage } from './pages/ReaderPage';

test('a source opens in the Reader with its text, provenance, hash and removed furniture', async ({ app }) => {
  const shell = new AppShellPage(app.page);
  const library = new LibraryPage(app.page);
  const reader = new ReaderPage(app.page);
  const inspector = new InspectorPage(app.page);
  const wire = library.row('Wire');
  await wire.dblclick();
  await shell.expectView('Reader');
  await expect(reader.title).toHaveText(/\S/);
  expect(await reader.sentences.count()).toBeGreaterThan(3);
  await expect(inspector.hash).toHaveText(/^[0-9a-f]{64}$/);
  await expect(inspector.field('outlet').locator('.provenance')).toHaveText(/^from /);

  await reader.removedToggle.click();
  await expect(reader.removedLines).toBeVisible();
  expect(await reader.removedLines.getByRole('listitem').count()).toBeGreaterThan(0);

  await reader.sentences.nth(2).click();
  await expect(reader.currentSentence).toHaveCount(1);
  await expect(inspector.root.getByRole('region', { name: 'Selected sentence' })).toContainText('Sentence 3');
  await shell.saveScreenshots('reader');
});

test('editing the outlet in the inspector is logged in the audit trail', async ({ app }) => {
  const shell = new AppShellPage(app.page);
  const library = new LibraryPage(app.page);
  const inspector = new InspectorPage(app.page);
  await library.rows.first().dblclick();
  await shell.expectView('Reader');
  await inspector.editField('outlet', 'outlet', 'The Harbour Gazette');
  await expect(inspector.field('outlet')).toContainText('The Harbour Gazette');
  await expect(inspector.field('outlet').locator('.provenance')).toHaveText('set by the analyst');

  await shell.show('Library');
  await expect(library.rows.first()).toContainText('The Harbour Gazette');

  await shell.show('Audit log');
  const audit = new AuditLogPage(app.page);
  await expect(audit.rows.first()).toContainText('Edited metadata');
  await expect(audit.rows.first()).toContainText('The Harbour Gazette');
  await shell.saveScreenshots('audit-log');
});

test('an invalid date is refused with a sentence that says what to type', async ({ app }) => {
  const library = new LibraryPage(app.page);
  const inspector = new InspectorPage(app.page);
  await library.rows.first().click();
  await inspector.root.getByRole('button', { name: 'Edit published' }).click();
  const input = inspector.field('publishedAt').getByRole('textbox');
  await input.fill('last Tuesday');
  await input.press('Enter');
  await expect(inspector.field('publishedAt').getByRole('alert')).toContainText('YYYY-MM-DD');
  await input.press('Escape');
  await expect(inspector.field('publishedAt').getByRole('textbox')).toHaveCount(0);
});
