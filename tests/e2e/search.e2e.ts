import { expect, test } from './harness/test';
import { AppShellPage } from './pages/AppShellPage';
import { ReaderPage } from './pages/ReaderPage';
import { SearchPage } from './pages/SearchPage';

test('search highlights matches and a hit opens the Reader at that sentence', async ({ app }) => {
  const shell = new AppShellPage(app.page);
  const search = new SearchPage(app.page);
  const reader = new ReaderPage(app.page);
  await shell.pressShortcut('k');
  await shell.expectView('Search');
  await expect(search.input).toBeFocused();
  await search.input.fill('sanctions');
  await expect(search.hits.first()).toBeVisible();
  const marks = search.results.locator('mark');
  expect(await marks.count()).toBeGreaterThan(0);
  for (const text of await marks.allInnerTexts()) expect(text.toLowerCase()).toContain('sanction');
  await shell.saveScreenshots('search');

  const hitText = await search.hits.nth(1).locator('.hit-snippet').innerText();
  await search.hits.nth(1).click();
  await shell.expectView('Reader');
  await expect(reader.currentSentence).toHaveCount(1);
  await expect(reader.currentSentence).toBeInViewport();
  await expect(reader.currentSentence).toHaveText(hitText.trim());
});

test('search says so when nothing matches', async ({ app }) => {
  const shell = new AppShellPage(app.page);
  const search = new SearchPage(app.page);
  await shell.show('Search');
  await search.input.fill('zeppelinmoonbase');
  await expect(app.page.getByText('No sentence contains “zeppelinmoonbase”.')).toBeVisible();
});
