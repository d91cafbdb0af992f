// The Electron main process: lifecycle, the one window, security, menus and dialogs.
// The Workbench itself runs in a worker thread (workbenchWorker) so this loop never blocks.
import { app, BrowserWindow, dialog, Menu, session, shell } from 'electron';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiEventName, BridgeEventName, ShellCommand } from '../shared/api';
import { registerBridgeHandlers, type ShellHandlers } from './api/registerBridgeHandlers';
import { buildAppMenu } from './buildAppMenu';
import { CaseHistory } from './caseHistory';
import { createMainWindow } from './createMainWindow';
import { createDossierExport } from './dossier/exportDossier';
import { printDossierInHiddenWindow } from './dossier/printDossierInHiddenWindow';
import { findResourcesDir } from '../core/resources/resourcesDir';
import { resolveNativeBinding } from './resolveNativeBinding';
import { denyNavigation } from './security/denyNavigation';
import { hardenSession, type NetworkGuard } from './security/hardenSession';
import { registerAppScheme, serveRenderer } from './security/registerAppProtocol';
import workerPath from './workbenchWorker/workbenchWorker?modulePath';
import { WorkbenchWorkerClient } from './workbenchWorker/WorkbenchWorkerClient';

const isMac = process.platform === 'darwin';
const caseExtension = 'tri';
const caseFilters = [{ name: 'Triangulate case', extensions: [caseExtension] }];
const importFilters = [
  { name: 'Articles', extensions: ['txt', 'text', 'md', 'markdown', 'html', 'htm'] },
  { name: 'All files', extensions: ['*'] },
];

// Tests (and analysts who keep several profiles) may point the app elsewhere.
if (process.env.TRIANGULATE_USER_DATA) app.setPath('userData', process.env.TRIANGULATE_USER_DATA);

registerAppScheme();
denyNavigation(app);
app.enableSandbox();

let mainWindow: BrowserWindow | undefined;

function broadcast(event: BridgeEventName, payload: unknown): void {
  for (const window of BrowserWindow.getAllWindows()) window.webContents.send(event, payload);
}

async function start(): Promise<void> {
  const appPath = app.getAppPath();
  const history = new CaseHistory(app.getPath('userData'));
  const guard: NetworkGuard = hardenSession(session.defaultSession, (current) =>
    broadcast('shell:did-block-request', { isOffline: true, ...current }),
  );
  serveRenderer(join(__dirname, '../renderer'));

  const nativeBinding = resolveNativeBinding(appPath);
  const resources = foundResourcesDir();
  const workbench = new WorkbenchWorkerClient(workerPath, {
    ...(resources ? { resourcesDir: resources } : {}),
    parseWorker: join(__dirname, 'parseWorker.cjs'),
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  workbench.onEvent((event: ApiEventName, payload) => broadcast(event, payload));

  const refreshMenu = () => Menu.setApplicationMenu(buildAppMenu(menuActions, history.recentCases(), isMac));
  const openCase = async (path: string, isSample = false): Promise<boolean> => {
    const result = await workbench.openCase(path, isSample);
    if (!result.ok) {
      // The sample case is only opened when nothing else is: the window itself then says why
      // it is empty (every call answers with this failure), so no dialog stands in its way.
      if (isSample) return false;
      await dialog.showMessageBox({ type: 'error', message: 'The case could not be opened.', detail: result.error.message });
      return false;
    }
    history.remember(path);
    refreshMenu();
    mainWindow?.setTitle(`${result.value.name} — Triangulate`);
    broadcast('case:did-change', { reason: 'open' });
    return true;
  };
  const send = (command: ShellCommand) => broadcast('shell:did-request-command', { command });

  const menuActions = {
    newCase: async () => {
      const choice = await dialog.showSaveDialog({ title: 'New case', defaultPath: `Untitled case.${caseExtension}`, filters: caseFilters });
      if (!choice.canceled && choice.filePath) await openCase(choice.filePath);
    },
    openCase: async () => {
      const choice = await dialog.showOpenDialog({ title: 'Open case', properties: ['openFile'], filters: caseFilters });
      const path = choice.filePaths[0];
      if (!choice.canceled && path) await openCase(path);
    },
    openRecent: (path: string) => void openCase(path),
    send,
    showCaseFile: () => {
      if (workbench.casePath) shell.showItemInFolder(workbench.casePath);
    },
  };

  const dossierExport = createDossierExport({
    request: (method, input) => workbench.request(method, input),
    chooseSavePath: async ({ defaultName, filters }) => {
      const options = { title: 'Export dossier', defaultPath: join(app.getPath('documents'), defaultName), filters };
      const choice = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
      return choice.canceled || !choice.filePath ? null : choice.filePath;
    },
    printPdf: printDossierInHiddenWindow,
    progress: (format, step) => broadcast('dossier:did-export-progress', { format, step }),
  });
  const shellHandlers: ShellHandlers = {
    'dialog:choose-import': async ({ kind }) => {
      const options = {
        title: kind === 'files' ? 'Import files' : 'Import a folder',
        properties: kind === 'files' ? (['openFile', 'multiSelections'] as const) : (['openDirectory'] as const),
        ...(kind === 'files' ? { filters: importFilters } : {}),
      };
      const choice = mainWindow
        ? await dialog.showOpenDialog(mainWindow, { ...options, properties: [...options.properties] })
        : await dialog.showOpenDialog({ ...options, properties: [...options.properties] });
      return { paths: choice.canceled ? [] : choice.filePaths };
    },
    'shell:network-status': async () => ({ isOffline: true, ...guard }),
    'dossier:export': (input) => dossierExport.run(input),
    'dossier:cancel-export': async () => dossierExport.cancel(),
  };
  registerBridgeHandlers(workbench, shellHandlers);

  // First run opens the bundled sample case; later runs reopen the last case.
  const requested = process.env.TRIANGULATE_CASE;
  const lastCase = history.read().lastCase;
  const samplePath = join(app.getPath('userData'), 'cases', `Sample case.${caseExtension}`);
  mkdirSync(join(app.getPath('userData'), 'cases'), { recursive: true });
  const isOpen = requested
    ? await openCase(requested, !existsSync(requested))
    : lastCase && existsSync(lastCase)
      ? await openCase(lastCase)
      : await openCase(samplePath, true);
  if (!isOpen && !requested) await openCase(samplePath, true);
  refreshMenu();

  const iconPath = join(resources ?? join(appPath, 'resources'), 'icon.png');
  mainWindow = createMainWindow(join(__dirname, '../preload/index.cjs'), existsSync(iconPath) ? iconPath : undefined);
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });

  app.on('window-all-closed', () => {
    void workbench.dispose().then(() => app.quit());
  });
}

/** resources/ wherever the app runs from; none found is reported when the sample case is made. */
function foundResourcesDir(): string | undefined {
  try {
    return findResourcesDir();
  } catch {
    return undefined;
  }
}

const cliAt = process.argv.indexOf('--cli');
if (cliAt !== -1) {
  // The CLI is a chunk of its own, loaded only here: the window never loads it.
  void import('./runCliInApp').then(({ runCliInApp }) => runCliInApp(process.argv.slice(cliAt + 1), join(__dirname, 'parseWorker.cjs')));
} else {
  app.whenReady().then(start, (error: unknown) => {
    console.error('[main] could not start', error);
    app.exit(1);
  });
}
