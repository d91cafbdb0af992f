import type { Browser } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printHtmlToPdf } from '../../../src/cli/printDossierPdf';
import { isApiMethod } from '../../../src/main/api/invokeApiHandler';
import { toApiError } from '../../../src/main/api/toApiError';
import { createDossierExport } from '../../../src/main/dossier/exportDossier';
import { bridgeApi, bridgeEvents, shellApi, type NetworkStatus, type Result } from '../../../src/shared/api';
import type { AppHarness } from './AppHarness';
import { startBuiltWorkbench } from './builtApp';
import { copyCase } from './sampleCaseTemplate';
import { serveBuiltRenderer, testOrigin } from './serveBuiltRenderer';

/**
 * The built renderer in Chromium, with `window.workbench` bridged to a real Workbench on
 * a temp case: the app's own worker thread (createApiHandlers behind it), driven from this
 * process as main drives it. The shell's methods (native dialogs, network guard) are
 * answered here.
 */
export async function launchChromiumHarness(
  browser: Browser,
  rendererDir: string,
  colorScheme: 'light' | 'dark',
  templateCase: string,
): Promise<AppHarness> {
  const folder = mkdtempSync(join(tmpdir(), 'triangulate-e2e-'));
  const casePath = copyCase(templateCase, folder);
  const workbench = startBuiltWorkbench();
  const opened = await workbench.openCase(casePath, false);
  if (!opened.ok) throw new Error(`The test case could not be opened: ${opened.error.message}`);
  const context = await browser.newContext({ colorScheme });
  const page = await context.newPage();
  const leaked: string[] = [];
  let importSelection: string[] = [];
  let saveSelection: string | null = null;
  const emit = (event: string, payload: unknown) =>
    page
      .evaluate(
        ([name, data]) => (window as unknown as { __triangulateEmit: (e: string, p: unknown) => void }).__triangulateEmit(name, data),
        [event, payload] as const,
      )
      .catch(() => undefined);

  const networkStatus = (): NetworkStatus => ({
    isOffline: true,
    blockedRequests: leaked.length,
    lastBlockedUrl: leaked.at(-1) ?? null,
  });

  // Main's own export, with the save dialog answered by the spec and the PDF printed by
  // playwright-core (the CLI's printer) instead of a hidden Electron window.
  const dossierExport = createDossierExport({
    request: (method, input) => workbench.request(method, input),
    chooseSavePath: async () => {
      const selected = saveSelection;
      saveSelection = null;
      return selected;
    },
    printPdf: printHtmlToPdf,
    progress: (format, step) => void emit('dossier:did-export-progress', { format, step }),
  });

  const answerShell = async (method: string, input: unknown): Promise<Result<unknown>> => {
    if (method === 'dialog:choose-import') {
      const parsed = shellApi['dialog:choose-import'].input.safeParse(input);
      if (!parsed.success) return { ok: false, error: { code: 'invalid-input', message: parsed.error.message } };
      const paths = importSelection;
      importSelection = [];
      return { ok: true, value: { paths } };
    }
    if (method === 'shell:network-status') return { ok: true, value: networkStatus() };
    if (method === 'dossier:export') {
      const parsed = shellApi['dossier:export'].input.safeParse(input);
      if (!parsed.success) return { ok: false, error: { code: 'invalid-input', message: parsed.error.message } };
      try {
        const value = await dossierExport.run(parsed.data);
        return { ok: true, value };
      } catch (error) {
        return { ok: false, error: toApiError(error) };
      }
    }
    if (method === 'dossier:cancel-export') return { ok: true, value: dossierExport.cancel() };
    return { ok: false, error: { code: 'unknown-method', message: `No such method: ${method}.` } };
  };

  await page.exposeBinding('__triangulateCall', async (_source, method: string, input: unknown) =>
    isApiMethod(method) ? workbench.call(method, input) : answerShell(method, input),
  );
  await page.addInitScript({ content: bridgeScript(Object.keys(bridgeApi), Object.keys(bridgeEvents)) });
  const stopEvents = workbench.onEvent((event, payload) => void emit(event, payload));

  await serveBuiltRenderer(page, rendererDir, leaked);
  await page.goto(`${testOrigin}/index.html`);

  return {
    mode: 'chromium',
    page,
    casePath,
    setImportSelection: async (paths) => {
      importSelection = [...paths];
    },
    setSaveSelection: async (path) => {
      saveSelection = path;
    },
    networkStatus: async () => networkStatus(),
    leakedRequests: () => leaked,
    close: async () => {
      stopEvents();
      await context.close();
      await workbench.dispose();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}


/**
 * The page side of the test bridge, as the preload would build it: one function per
 * contract key, `on` for events, nothing else. Plain text so no transpiler helper leaks in.
 */
function bridgeScript(methods: readonly string[], events: readonly string[]): string {
  return `(() => {
    const methods = ${JSON.stringify(methods)};
    const events = ${JSON.stringify(events)};
    const listeners = new Map();
    const call = window.__triangulateCall;
    const bridge = {
      on(event, listener) {
        if (!events.includes(event)) throw new Error('Unknown event: ' + event);
        const set = listeners.get(event) ?? new Set();
        set.add(listener);
        listeners.set(event, set);
        return () => { set.delete(listener); };
      },
      // Files dropped in a plain browser have no path on disk.
      pathForFile: () => '',
    };
    for (const method of methods) bridge[method] = (input) => call(method, input);
    Object.defineProperty(window, 'workbench', { value: Object.freeze(bridge) });
    Object.defineProperty(window, '__triangulateEmit', {
      value: (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload)),
    });
  })();`;
}
