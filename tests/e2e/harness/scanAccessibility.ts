import AxeBuilder from '@axe-core/playwright';
import type { AppHarness } from './AppHarness';

/**
 * The serious and critical WCAG 2.2 AA violations axe finds in the app's window, one line each.
 * Legacy mode runs axe in the window itself: its default opens a page of its own to merge frame
 * results, which Electron cannot, and the views have no frame axe could enter (the dossier
 * preview's frame runs no script; it is left out).
 */
export async function seriousViolations(app: AppHarness, label = ''): Promise<string[]> {
  const results = await new AxeBuilder({ page: app.page })
    .setLegacyMode(true)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .exclude('.dossier-frame')
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${label}${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}
