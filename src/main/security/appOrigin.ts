/** The renderer is served from `app://workbench/`, never from file:// or the network. */
export const appScheme = 'app';
export const appHost = 'workbench';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/** Requests the app serves itself; everything else is cancelled and counted. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === `${appScheme}:`) return parsed.host === appHost;
    // DevTools and Chromium's internal pages never leave the machine.
    return parsed.protocol === 'devtools:' || parsed.protocol === 'chrome-extension:' || parsed.protocol === 'data:';
  } catch {
    return false;
  }
}
