// Which Chromium prints PDFs (the CLI's export, the tests): found before anything is built, so
// a machine without a browser hears in one sentence what to install instead of Playwright's
// "Executable doesn't exist at …" from deep inside an export.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { WorkbenchError } from '../core/WorkbenchError';

export const noChromiumMessage =
  'No Chromium or Chrome was found to print with: install one (`npx playwright install chromium`, or your system\'s package, e.g. `apt install chromium`) or set TRIANGULATE_CHROMIUM to its executable.';

const commandNames = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'];
const applicationPaths = [
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** A system Chromium or Chrome: the first on $PATH, else where macOS and Windows install them. */
export function systemChromium(searchPath: string = process.env.PATH ?? ''): string | undefined {
  const folders = searchPath.split(delimiter).filter(Boolean);
  const onPath = folders.flatMap((folder) => commandNames.map((name) => join(folder, name)));
  return [...onPath, ...applicationPaths].find((candidate) => existsSync(candidate));
}

/** The Chromium playwright-core downloaded for itself (`npx playwright install chromium`), if it did. */
async function playwrightChromium(): Promise<string | undefined> {
  // Loaded only here: playwright-core takes longer to load than the rest of the CLI together.
  const { chromium } = await import('playwright-core');
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    // A platform Playwright has no browser build for.
    return undefined;
  }
}

/**
 * $TRIANGULATE_CHROMIUM if set (a wrong one is an error, not silently replaced), else
 * Playwright's own Chromium, the build playwright-core is tested with, else the system's.
 */
export async function findChromium(): Promise<string> {
  const named = process.env.TRIANGULATE_CHROMIUM;
  if (named) {
    if (existsSync(named)) return named;
    throw new WorkbenchError('not-found', `TRIANGULATE_CHROMIUM names ${named}, which does not exist: point it at a Chromium or Chrome executable, or unset it.`);
  }
  const found = (await playwrightChromium()) ?? systemChromium();
  if (!found) throw new WorkbenchError('not-found', noChromiumMessage);
  return found;
}
