import { expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type ViewLabel = 'Library' | 'Reader' | 'Compare' | 'Claims' | 'Dossier' | 'Search' | 'Audit log';

const screenshotDir = resolve(import.meta.dirname, '../../../test-results/screenshots');

/** The frame around every view: sidebar, status bar, inspector. */
export class AppShellPage {
  readonly sidebar: Locator;
  readonly statusBar: Locator;
  readonly inspector: Locator;
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.sidebar = page.getByRole('navigation', { name: 'Views' });
    this.statusBar = page.getByRole('contentinfo', { name: 'Status' });
    this.inspector = page.getByRole('complementary', { name: 'Inspector' });
    this.main = page.getByRole('main');
  }

  navItem(view: ViewLabel): Locator {
    return this.sidebar.getByRole('button', { name: new RegExp(`^${view}\\b`) });
  }

  async show(view: ViewLabel): Promise<void> {
    await this.navItem(view).click();
    await this.expectView(view);
  }

  async expectView(view: ViewLabel): Promise<void> {
    await expect(this.navItem(view)).toHaveAttribute('aria-current', 'page');
    await expect(this.main).toHaveAccessibleName(view);
  }

  /** Ctrl/⌘ + key, as the analyst would press it. */
  async pressShortcut(key: string): Promise<void> {
    await this.page.keyboard.press(`ControlOrMeta+${key}`);
  }

  /** Saves the current view in light and dark under test-results/screenshots/. */
  async saveScreenshots(name: string): Promise<void> {
    mkdirSync(screenshotDir, { recursive: true });
    for (const colorScheme of ['light', 'dark'] as const) {
      await this.page.emulateMedia({ colorScheme });
      await this.page.screenshot({ path: join(screenshotDir, `${name}-${colorScheme}.png`) });
    }
    await this.page.emulateMedia({ colorScheme: 'light' });
  }
}
