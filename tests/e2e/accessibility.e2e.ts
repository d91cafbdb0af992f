import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './harness/test';
import { AppShellPage, type ViewLabel } from './pages/AppShellPage';
import { LibraryPage } from './pages/LibraryPage';
import { SearchPage } from './pages/SearchPage';

const views: readonly ViewLabel[] = ['Library', 'Reader', 'Compare', 'Claims', 'Dossier', 'Search', 'Audit log'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('no view has a serious or critical accessibility violation', async ({ app }) => {
      // Seven axe scans; a loaded machine needs more than the default 30 s.
      test.setTimeout(120_000);
      const severe: string[] = [];
      const shell = new AppShellPage(app.page);
      const library = new LibraryPage(app.page);
      await library.expectSourceCount(5);
      await library.rows.first().click();
      for (const view of views) {
        await shell.show(view);
        if (view === 'Search') {
          const search = new SearchPage(app.page);
          await search.input.fill('Ukraine');
          await expect(search.hits.first()).toBeVisible();
        }
        const results = await new AxeBuilder({ page: app.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
        severe.push(
          ...results.violations
            .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
            .map((violation) => `${view}: ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`),
        );
      }
      expect(severe).toEqual([]);
    });
  });
}

