import type { Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './harness/test';
import { AppShellPage } from './pages/AppShellPage';
import { AuditLogPage } from './pages/AuditLogPage';
import { ClaimsPage } from './pages/ClaimsPage';
import { InspectorPage } from './pages/InspectorPage';
import { LibraryPage } from './pages/LibraryPage';
import { ReaderPage } from './pages/ReaderPage';

/** Selects `length` characters of the article text from the start of its `index`-th marked piece. */
async function selectText(page: Page, index: number, length: number): Promise<string> {
  return page.evaluate(
    ([at, size]) => {
      const pieces = [...document.querySelectorAll('.reading-text [data-offset]')].filter((piece) => (piece.textContent ?? '').length > size);
      const node = pieces[at]?.firstChild;
      if (!node) throw new Error('No text to select.');
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, size);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return range.toString();
    },
    [index, length] as const,
  );
}

test('grading a source, a verdict and a note are undone, redone and logged', async ({ app }) => {
  const shell = new AppShellPage(app.page);
  const library = new LibraryPage(app.page);
  const inspector = new InspectorPage(app.page);
  const claims = new ClaimsPage(app.page);

  await library.rows.first().click();
  const grade = inspector.root.getByRole('combobox', { name: 'Reliability grade' });
  await expect(grade).toHaveValue('F');
  await grade.selectOption('B');
  await expect(grade).toHaveValue('B');

  await shell.show('Claims');
  await claims.expectLoaded();
  const row = claims.rowAt(0);
  await row.click();
  await inspector.root.getByRole('combobox', { name: 'Verdict' }).selectOption('2');
  await expect(row.getByRole('combobox')).toHaveValue('2');
  await inspector.root.getByLabel('Note').fill('Checked against the ministry transcript.');
  await inspector.root.getByRole('button', { name: 'Save note' }).click();
  await expect(row.locator('.cell-note')).toContainText('Checked against the ministry transcript.');

  await expect(claims.undoButton).toContainText('Set note of a claim');
  await claims.undoButton.click();
  await expect(row.locator('.cell-note')).not.toContainText('Checked against');
  await expect(claims.redoButton).toContainText('Set note of a claim');
  await claims.redoButton.click();
  await expect(row.locator('.cell-note')).toContainText('Checked against');
  // The keyboard does the same, outside a text field.
  await row.click();
  await app.page.keyboard.press('ControlOrMeta+z');
  await expect(row.locator('.cell-note')).not.toContainText('Checked against');
  await app.page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(row.locator('.cell-note')).toContainText('Checked against');

  await shell.show('Audit log');
  const audit = new AuditLogPage(app.page);
  await expect(audit.table).toContainText('Graded source');
  await expect(audit.table).toContainText('Judged claim');
  await expect(audit.table).toContainText('Undid');
  await expect(audit.table).toContainText('Redid');
  await expect(audit.table).toContainText('Checked against the ministry transcript.');
});

test('a passage highlighted in the Reader carries a note and is tied to a claim', async ({ app }) => {
  const shell = new AppShellPage(app.page);
  const library = new LibraryPage(app.page);
  const reader = new ReaderPage(app.page);
  const inspector = new InspectorPage(app.page);
  await library.row('Wire').dblclick();
  await shell.expectView('Reader');
  await expect(reader.text.locator('.claim-mark').first()).toBeVisible();
  await expect(reader.text.locator('.align-label').first()).toBeVisible();

  const quote = await selectText(app.page, 3, 40);
  const highlight = app.page.getByRole('button', { name: /^Highlight/ });
  await expect(highlight).toBeEnabled();
  await highlight.click();
  const mark = reader.text.locator('.annotation-mark');
  await expect(mark.first()).toBeVisible();
  expect((await mark.allInnerTexts()).join('')).toBe(quote);

  const panel = inspector.root.getByRole('region', { name: 'Highlight' });
  await expect(panel).toContainText(quote);
  await panel.getByLabel('Note').fill('The wire dates the meeting itself.');
  await panel.getByRole('button', { name: 'Save note' }).click();
  await panel.getByRole('combobox', { name: 'Add a tag to the highlight' }).fill('dating');
  await panel.getByRole('combobox', { name: 'Add a tag to the highlight' }).press('Enter');
  await expect(panel.locator('.tag')).toContainText('dating');
  const claimSelect = panel.getByRole('combobox', { name: 'Claim' });
  const firstClaim = await claimSelect.locator('option').nth(1).getAttribute('value');
  await claimSelect.selectOption(firstClaim ?? '');
  await expect(claimSelect).toHaveValue(firstClaim ?? '');
  await shell.saveScreenshots('reader-annotations');

  const annotations = await app.page.evaluate(async () => {
    const result = await window.workbench['annotations:list']({});
    return result.ok ? result.value : [];
  });
  expect(annotations).toHaveLength(1);
  expect(annotations[0]).toMatchObject({ quote, note: 'The wire dates the meeting itself.', tags: ['dating'], claimId: firstClaim });

  await shell.show('Audit log');
  await expect(new AuditLogPage(app.page).table).toContainText('Highlighted passage');
});

test('two claims merge into one and a claim splits in two', async ({ app }) => {
  const shell = new AppShellPage(app.page);
  const claims = new ClaimsPage(app.page);
  const inspector = new InspectorPage(app.page);
  await shell.show('Claims');
  await claims.expectLoaded();
  const total = async () => Number((await claims.count.innerText()).match(/([\d,]+) claims/)?.[1]?.replace(/,/g, ''));
  const before = await total();

  await claims.filterSelect('Kind').selectOption('quote');
  await claims.rowAt(0).getByRole('checkbox').check();
  await claims.rowAt(1).getByRole('checkbox').check();
  const mentionsOfFirst = await claims.rowAt(0).locator('.cell-supporting .source-chip').count();
  await expect(claims.mergeButton).toHaveText('Merge 2 claims');
  await claims.mergeButton.click();
  await expect.poll(total).toBe(before - 1);

  // The merged claim is selected: split one of its mentions off again.
  const mentions = inspector.root.getByRole('region', { name: 'Mentions' });
  expect(await mentions.getByRole('checkbox').count()).toBeGreaterThan(mentionsOfFirst > 0 ? 1 : 0);
  await mentions.getByRole('checkbox').first().check();
  await mentions.getByRole('button', { name: /^Split 1 mention/ }).click();
  await expect.poll(total).toBe(before);

  await shell.show('Audit log');
  const audit = new AuditLogPage(app.page);
  await expect(audit.table).toContainText('Merged claims');
  await expect(audit.table).toContainText('Split claim');
});

test('re-running the analysis after a new import keeps every decision', async ({ app }) => {
  test.setTimeout(90_000);
  const shell = new AppShellPage(app.page);
  const claims = new ClaimsPage(app.page);
  const library = new LibraryPage(app.page);
  const inspector = new InspectorPage(app.page);
  await shell.show('Claims');
  await claims.expectLoaded();
  await claims.filterSelect('Kind').selectOption('role');
  const row = claims.rowAt(0);
  const claimText = await row.locator('.cell-text').innerText();
  await row.click();
  await inspector.root.getByRole('combobox', { name: 'Verdict' }).selectOption('1');
  // Let the verdict land (the views refetch) before typing a tag into the Inspector.
  await expect(row.getByRole('combobox')).toHaveValue('1');
  await inspector.root.getByRole('combobox', { name: 'Add a tag to the claim' }).fill('title');
  await inspector.root.getByRole('combobox', { name: 'Add a tag to the claim' }).press('Enter');
  // Let the tag land before typing the note, so the note is not typed into a view about to refresh.
  await expect(row.locator('.cell-tags')).toContainText('title');
  await inspector.root.getByLabel('Note').fill('Official biography agrees.');
  const saveNote = inspector.root.getByRole('button', { name: 'Save note' });
  await expect(saveNote).toBeEnabled();
  await saveNote.click();
  await expect(row.locator('.cell-note')).toContainText('Official biography agrees.');
  const sourceGrade = inspector.root.getByRole('region', { name: 'Source grades' }).getByRole('combobox').first();
  await sourceGrade.selectOption('A');

  // A new article arrives; the analysis is re-run over the grown case.
  const folder = mkdtempSync(join(tmpdir(), 'triangulate-desk-'));
  try {
    const file = join(folder, 'late-report.txt');
    writeFileSync(
      file,
      'Ministers meet again\n\nThe two ministers met again on Friday in Brussels, officials said. Defence Secretary John Healey said talks would continue. More than 30 countries were represented.\n',
    );
    await shell.show('Library');
    await app.setImportSelection([file]);
    await library.importFilesButton.click();
    await library.expectSourceCount(6);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  await shell.show('Claims');
  await app.page.getByRole('button', { name: 'Re-run analysis' }).click();
  await expect(app.page.getByRole('status').filter({ hasText: 'Analysis brought up to date' })).toContainText('1 source re-read');

  await claims.filterSelect('Kind').selectOption('role');
  const kept = claims.row(claimText);
  await expect(kept.getByRole('combobox')).toHaveValue('1');
  await expect(kept.locator('.cell-note')).toContainText('Official biography agrees.');
  await expect(kept.locator('.cell-tags')).toContainText('title');
  await expect(kept.locator('.chip-grade', { hasText: 'A' }).first()).toBeVisible();
});
