// The native menu. Items that act on a project ask the focused window's renderer to do it (a
// `menuCommand` event naming the contract call), so a menu item and the matching button run the
// same code; the few that need no renderer (Open Recent, About) call the main process directly.
import type { MenuItemConstructorOptions } from 'electron';
import type { RecentProject } from '../shared/api';

/** The commands a renderer receives in `menuCommand`; each is the name of the call to make. */
export const MENU_COMMANDS = ['projectNew', 'projectOpen', 'sourcesAddFromDialog', 'projectSaveAs', 'projectClose'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface MenuActions {
  command(command: MenuCommand): void;
  openRecent(path: string): void;
  about(): void;
}

export interface MenuOptions {
  isMac: boolean;
  isDev: boolean;
  appName: string;
  recent: readonly RecentProject[];
  actions: MenuActions;
}

export function menuTemplate({ isMac, isDev, appName, recent, actions }: MenuOptions): MenuItemConstructorOptions[] {
  // Access keys (Alt+F …) exist on Windows and Linux; macOS shows the ampersand literally.
  const menuLabel = (label: string) => (isMac ? label : `&${label}`);
  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: 'No Recent Projects', enabled: false }]
      : recent.map((entry) => ({
          label: `${entry.name} — ${entry.path}`,
          // A moved or deleted project stays listed, greyed out, so the analyst sees it is gone.
          enabled: entry.exists,
          click: () => actions.openRecent(entry.path),
        }));

  const file: MenuItemConstructorOptions = {
    label: menuLabel('File'),
    submenu: [
      { label: 'New Project…', accelerator: 'CmdOrCtrl+N', click: () => actions.command('projectNew') },
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => actions.command('projectOpen') },
      { label: 'Open Recent', submenu: recentItems },
      { type: 'separator' },
      {
        label: 'Add Sources…',
        accelerator: 'CmdOrCtrl+Shift+A',
        click: () => actions.command('sourcesAddFromDialog'),
      },
      { type: 'separator' },
      { label: 'Save Project As…', accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.command('projectSaveAs') },
      { label: 'Close Project', accelerator: 'CmdOrCtrl+W', click: () => actions.command('projectClose') },
      ...(isMac ? [] : ([{ type: 'separator' }, { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' }] as const)),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: menuLabel('Edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: menuLabel('View'),
    submenu: [
      ...(isDev ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const) : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: menuLabel('Help'),
    role: 'help',
    submenu: [{ label: `About ${appName}`, click: () => actions.about() }],
  };

  const macApp: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { label: `About ${appName}`, click: () => actions.about() },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  // Not role 'windowMenu': its Close would take Cmd+W from Close Project.
  const macWindow: MenuItemConstructorOptions = {
    label: 'Window',
    role: 'window',
    submenu: [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }],
  };

  return [...(isMac ? [macApp] : []), file, edit, view, ...(isMac ? [macWindow] : []), help];
}
