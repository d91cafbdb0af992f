import { Menu, type MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';
import type { ShellCommand } from '../shared/api';

export interface MenuActions {
  newCase(): void;
  openCase(): void;
  openRecent(path: string): void;
  send(command: ShellCommand): void;
  showCaseFile(): void;
}

/** The native menus; view and import commands are forwarded to the page to run. */
export function buildAppMenu(actions: MenuActions, recentCases: readonly string[], isMac: boolean): Menu {
  const view = (label: string, command: ShellCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.send(command),
  });
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Case…', accelerator: 'CmdOrCtrl+N', click: () => actions.newCase() },
        { label: 'Open Case…', accelerator: 'CmdOrCtrl+O', click: () => actions.openCase() },
        {
          label: 'Recent Cases',
          submenu:
            recentCases.length > 0
              ? recentCases.map((path) => ({ label: basename(path), sublabel: path, click: () => actions.openRecent(path) }))
              : [{ label: 'No recent cases', enabled: false }],
        },
        { type: 'separator' },
        view('Import Files…', 'import-files', 'CmdOrCtrl+I'),
        view('Import Folder…', 'import-folder', 'CmdOrCtrl+Shift+I'),
        { type: 'separator' },
        { label: 'Show Case File', click: () => actions.showCaseFile() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        view('Library', 'show-library', 'CmdOrCtrl+1'),
        view('Reader', 'show-reader', 'CmdOrCtrl+2'),
        view('Compare', 'show-compare', 'CmdOrCtrl+3'),
        view('Claims', 'show-claims', 'CmdOrCtrl+4'),
        view('Dossier', 'show-dossier', 'CmdOrCtrl+5'),
        view('Search', 'show-search', 'CmdOrCtrl+K'),
        view('Audit Log', 'show-audit', 'CmdOrCtrl+L'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        { role: 'toggleDevTools' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [{ role: 'about' }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
