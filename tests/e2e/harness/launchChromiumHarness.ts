import type { Browser } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiHandlers } from '../../../src/core/createApiHandlers';
import { ensureSampleCase } from '../../../src/core/sample/ensureSampleCase';
import { invokeApiHandler, isApiMethod } from '../../../src/main/api/invokeApiHandler';
import { bridgeApi, bridgeEvents, shellApi, type NetworkStatus, type Result } from '../../../src/shared/api';
import type { AppHarness } from './AppHarness';
import { serveBuiltRenderer, testOrigin } from './serveBuiltRenderer';

/**
 * The built renderer in Chromium, with `window.workbench` bridged to a real Workbench on
 * a temp case in this process — through createApiHandlers, exactly as main's worker does.
 * The shell's own methods (native dialogs, the network guard) are answered here.
 */
export async function launchChromiumHarness(browser: Browser, rendererDir: string, colorScheme: 'light' | 'dark'): Promise<AppHarness> {
  const folder = mkdtempSync(join(tmpdir(), 'triangulate-e2e-'));
  const casePath = join(folder, 'Sample case.tri');
  const workbench = await ensureSampleCase(casePath);
  const handlers = createApiHandlers(workbench);
  const context = await browser.newContext({ colorScheme });
  const page = await context.newPage();
  const leaked: string[] = [];
  let importSelection: string[] = [];

  const networkStatus = (): NetworkStatus => ({
    isOffline: true,
    blockedRequests: leaked.length,
    lastBlockedUrl: leaked.at(-1) ?? null,
  });

  const answerShell = (method: string, input: unknown): Result<unknown> => {
    if (method === 'dialog:choose-import') {
      const parsed = shellApi['dialog:choose-import'].input.safeParse(input);
      if (!parsed.success) return { ok: false, error: { code: 'invalid-input', message: parsed.error.message } };
      const paths = importSelection;
      importSelection = [];
      return { ok: true, value: { paths } };
    }
    if (method === 'shell:network-status') return { ok: true, value: networkStatus() };
    return { ok: false, error: { code: 'unknown-method', message: `No such method: ${method}.` } };
  };

  await page.exposeBinding('__triangulateCall', async (_source, method: string, input: unknown) =>
    isApiMethod(method) ? invokeApiHandler(handlers, method, input) : answerShell(method, input),
  );
  await page.addInitScript(
    ({ methods, events }) => {
      type Listener = (payload: unknown) => void;
      const listeners = new Map<string, Set<Listener>>();
      const call = (window as unknown as { __triangulateCall: (method: string, input: unknown) => Promise<unknown> })
        .__triangulateCall;
      const bridge: Record<string, unknown> = {
        on(event: string, listener: Listener) {
          if (!events.includes(event)) throw new Error(`Unknown event: ${event}`);
          const set = listeners.get(event) ?? new Set<Listener>();
          set.add(listener);
          listeners.set(event, set);
          return () => set.delete(listener);
        },
        // Files dropped in a plain browser have no path on disk.
        pathForFile: () => '',
      };
      for (const method of methods) bridge[method] = (input: unknown) => call(method, input);
      Object.defineProperty(window, 'workbench', { value: Object.freeze(bridge) });
      Object.defineProperty(window, '__triangulateEmit', {
        value: (event: string, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload)),
      });
    },
    { methods: Object.keys(bridgeApi), events: Object.keys(bridgeEvents) },
  );
  const stopEvents = workbench.onEvent((event, payload) => {
    void page
      .evaluate(
        ([name, data]) => (window as unknown as { __triangulateEmit: (e: string, p: unknown) => void }).__triangulateEmit(name, data),
        [event, payload] as const,
      )
      .catch(() => undefined);
  });

  await serveBuiltRenderer(page, rendererDir, leaked);
  await page.goto(`${testOrigin}/index.html`);

  return {
    mode: 'chromium',
    page,
    casePath,
    setImportSelection: async (paths) => {
      importSelection = [...paths];
    },
    networkStatus: async () => networkStatus(),
    leakedRequests: () => leaked,
    close: async () => {
      stopEvents();
      await context.close();
      workbench.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
