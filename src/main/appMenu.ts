// The native menu. Items that act on a project ask the focused window's renderer to do it (a
// `menuCommand` event naming the contract call), so a menu item and the matching button run the
// same code; the few that need no renderer (Open Recent, About) call the main process directly.
// Accelerators come from the one table of shortcuts (src/shared/shortcuts.ts) the page's tooltips
// and shortcuts sheet read too, so what a tooltip says is what the menu does.
import type { MenuItemConstructorOptions } from 'electron';
import type { RecentProject } from '../shared/api';
import { menuAccelerator } from '../shared/shortcuts';

/**
 * The commands a renderer receives in `menuCommand`; each is the name of the call to make (the
 * export and print calls with the options the Brief tab shows), or, for the shortcuts sheet, of
 * what to show.
 */
export const MENU_COMMANDS = [
  'projectNew',
  'projectOpen',
  'sourcesAddFromDialog',
  'projectSaveAs',
  'projectClose',
  'briefExportPdf',
  'briefExportDocx',
  'briefPrint',
  'showShortcuts',
] as const;
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
  /** Whether the window the analyst works in has a project: the items acting on one need it. */
  projectOpen: boolean;
  actions: MenuActions;
}

export function menuTemplate({ isMac, isDev, appName, recent, projectOpen, actions }: MenuOptions): MenuItemConstructorOptions[] {
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
      { label: 'New Project…', accelerator: menuAccelerator('newProject'), click: () => actions.command('projectNew') },
      { label: 'Open…', accelerator: menuAccelerator('openProject'), click: () => actions.command('projectOpen') },
      { label: 'Open Recent', submenu: recentItems },
      { type: 'separator' },
      {
        label: 'Add Sources…',
        accelerator: menuAccelerator('addSources'),
        enabled: projectOpen,
        click: () => actions.command('sourcesAddFromDialog'),
      },
      { type: 'separator' },
      { label: 'Export PDF…', accelerator: menuAccelerator('exportPdf'), enabled: projectOpen, click: () => actions.command('briefExportPdf') },
      { label: 'Export DOCX…', accelerator: menuAccelerator('exportDocx'), enabled: projectOpen, click: () => actions.command('briefExportDocx') },
      { label: 'Print…', accelerator: menuAccelerator('print'), enabled: projectOpen, click: () => actions.command('briefPrint') },
      { type: 'separator' },
      { label: 'Save Project As…', accelerator: menuAccelerator('saveAs'), enabled: projectOpen, click: () => actions.command('projectSaveAs') },
      { label: 'Close Project', accelerator: menuAccelerator('closeProject'), enabled: projectOpen, click: () => actions.command('projectClose') },
      ...(isMac ? [] : ([{ type: 'separator' }, { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' }] as const)),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: menuLabel('Edit'),
    submenu: [
      { role: 'undo', accelerator: menuAccelerator('undo') },
      // Chromium's default differs by platform (Ctrl+Y on Windows); Ctrl+Y redoes in the page too.
      { role: 'redo', accelerator: menuAccelerator('redo') },
      { type: 'separator' },
      { role: 'cut', accelerator: menuAccelerator('cut') },
      { role: 'copy', accelerator: menuAccelerator('copy') },
      { role: 'paste', accelerator: menuAccelerator('paste') },
      { type: 'separator' },
      { role: 'selectAll', accelerator: menuAccelerator('selectAll') },
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
    submenu: [
      // "?" in the page opens it too; a lone "?" is no accelerator, so the menu shows none.
      { label: 'Keyboard Shortcuts', click: () => actions.command('showShortcuts') },
      { type: 'separator' },
      { label: `About ${appName}`, click: () => actions.about() },
    ],
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
