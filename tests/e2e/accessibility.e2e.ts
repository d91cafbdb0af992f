import AxeBuilder from '@axe-core/playwright';
import { chromiumOnly, expect, test } from './harness/test';
import { AppShellPage, type ViewLabel } from './pages/AppShellPage';
import { LibraryPage } from './pages/LibraryPage';
import { SearchPage } from './pages/SearchPage';

const views: readonly ViewLabel[] = ['Library', 'Reader', 'Compare', 'Claims', 'Dossier', 'Search', 'Audit log'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    for (const view of views) {
      test(`${view} has no serious or critical accessibility violation`, chromiumOnly, async ({ app }) => {
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
        // The dossier preview's frame runs no script, so axe cannot be injected there (dossier.e2e scans the view around it).
        const results = await new AxeBuilder({ page: app.page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
          .exclude('.dossier-frame')
          .analyze();
        const severe = results.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
        expect(severe).toEqual([]);
      });
    }
  });
}
