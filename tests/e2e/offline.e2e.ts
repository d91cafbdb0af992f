import { expect, test } from './harness/test';
import { AppShellPage } from './pages/AppShellPage';

test('the page cannot reach the network, and the status bar says it is offline', async ({ app }) => {
  const shell = new AppShellPage(app.page);
  await expect(shell.statusBar.getByTestId('network-status')).toHaveAttribute('data-offline', 'true');
  // CSP (connect-src 'none') stops the page's own attempt before any request is made.
  const outcome = await app.page.evaluate(async () => {
    try {
      await fetch('https://example.com/beacon');
      return 'reached';
    } catch {
      return 'refused';
    }
  });
  expect(outcome).toBe('refused');
  const image = await app.page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const element = new Image();
        element.onload = () => resolve('loaded');
        element.onerror = () => resolve('refused');
        element.src = 'https://example.com/pixel.png';
      }),
  );
  expect(image).toBe('refused');
  expect((await app.networkStatus()).blockedRequests).toBe(0);
});
