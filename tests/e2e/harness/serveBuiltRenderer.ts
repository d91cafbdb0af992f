import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { contentSecurityPolicy } from '../../../src/main/security/contentSecurityPolicy';

/** The origin the built renderer is served from in Chromium mode; nothing is listening there. */
export const testOrigin = 'http://triangulate.test';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Answers every request of the page: files of out/renderer for our origin, with the same
 * CSP the app sends; anything else is aborted and recorded, so a spec can assert that no
 * request left the page.
 */
export async function serveBuiltRenderer(page: Page, rendererDir: string, leaked: string[]): Promise<void> {
  const root = normalize(rendererDir + sep);
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== testOrigin) {
      leaked.push(route.request().url());
      await route.abort('blockedbyclient');
      return;
    }
    const file = normalize(join(root, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
    if (!file.startsWith(root)) {
      await route.fulfill({ status: 404, body: 'Not found' });
      return;
    }
    try {
      await route.fulfill({
        status: 200,
        body: await readFile(file),
        headers: {
          'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
          'Content-Security-Policy': contentSecurityPolicy,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      await route.fulfill({ status: 404, body: 'Not found' });
    }
  });
  page.on('websocket', (socket) => leaked.push(socket.url()));
}
