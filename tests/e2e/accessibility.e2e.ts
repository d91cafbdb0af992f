import { seriousViolations } from './harness/scanAccessibility';
import { expect, test } from './harness/test';
import { AppShellPage, type ViewLabel } from './pages/AppShellPage';
import { LibraryPage } from './pages/LibraryPage';
import { SearchPage } from './pages/SearchPage';

const views: readonly ViewLabel[] = ['Library', 'Reader', 'Compare', 'Claims', 'Dossier', 'Search', 'Audit log'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    for (const view of views) {
      test(`${view} has no serious or critical accessibility violation`, async ({ app }) => {
        // An axe scan of a full view takes a while on a loaded 2-core machine.
        test.setTimeout(90_000);
        const shell = new AppShellPage(app.page);
        const library = new LibraryPage(app.page);
        await library.expectSourceCount(5);
        await library.rows.first().click();
        await shell.show(view);
        if (view === 'Search') {
          const search = new SearchPage(app.page);
          await search.input.fill('Ukraine');
          await expect(search.hits.first()).toBeVisible();
        }
        expect(await seriousViolations(app)).toEqual([]);
      });
    }
  });
}
