// Keyboard shortcuts and how to name them in tooltips, from the one table the native menu and the
// shortcuts sheet read (src/shared/shortcuts.ts). In Electron the native menu owns the
// accelerators it lists (handling them here too would run each command twice); in a plain
// browser, as in the e2e harness, the page handles them itself. Keys the menu does not list
// (the tab switches, ?) are always the page's. The platform comes from the preload.
import type { HostInfo } from '../../shared/api';
import { SHORTCUTS, hostPlatformOf, keyLabel, menuAccelerator, type HostPlatform, type ShortcutId } from '../../shared/shortcuts';

export type AppCommand =
  | 'new'
  | 'open'
  | 'close'
  | 'addSources'
  | 'saveAs'
  | 'exportPdf'
  | 'exportDocx'
  | 'print'
  | 'shortcuts'
  | 'tabSources'
  | 'tabFacts'
  | 'tabBrief';

/** What the preload (or the harness) says of the host; a page without one is a browser. */
function hostInfo(): HostInfo {
  const given = typeof window !== 'undefined' ? (window as { attache?: { host?: HostInfo } }).attache?.host : undefined;
  if (given) return given;
  const nav = typeof navigator !== 'undefined' ? navigator.platform : undefined;
  return { platform: nav && /Mac|iPhone|iPad/.test(nav) ? 'mac' : hostPlatformOf(nav?.startsWith('Win') ? 'win32' : 'linux'), nativeMenu: false };
}

const host = hostInfo();
export const platform: HostPlatform = host.platform;
export const isMac = platform === 'mac';
export const inElectron = host.nativeMenu;

/** The shortcut of the table each command is. */
const SHORTCUT_OF: Record<AppCommand, ShortcutId> = {
  new: 'newProject',
  open: 'openProject',
  close: 'closeProject',
  addSources: 'addSources',
  saveAs: 'saveAs',
  exportPdf: 'exportPdf',
  exportDocx: 'exportDocx',
  print: 'print',
  shortcuts: 'sheet',
  tabSources: 'tabSources',
  tabFacts: 'tabFacts',
  tabBrief: 'tabBrief',
};

/** Commands whose accelerator the native menu (src/main/appMenu.ts) already handles. */
const MENU_OWNED: ReadonlySet<AppCommand> = new Set(['new', 'open', 'close', 'addSources', 'saveAs', 'exportPdf', 'exportDocx', 'print']);

/** Commands that act on the open project: their keys do nothing on the start screen. */
const NEEDS_PROJECT: ReadonlySet<AppCommand> = new Set(['close', 'addSources', 'saveAs', 'exportPdf', 'exportDocx', 'print', 'tabSources', 'tabFacts', 'tabBrief']);

function platformOf(mac: boolean | HostPlatform): HostPlatform {
  return typeof mac === 'boolean' ? (mac ? 'mac' : platform === 'mac' ? 'linux' : platform) : mac;
}

/** "Ctrl+N" or "⌘N", for tooltips: the keys the menu shows for it on this platform. */
export function shortcutLabel(command: AppCommand, mac: boolean | HostPlatform = platform): string {
  return keyLabel(menuAccelerator(SHORTCUT_OF[command]), platformOf(mac));
}

/** Any shortcut of the table, named the platform's way ("⌘Z", "Ctrl+Z"). */
export function keysOf(id: ShortcutId, mac: boolean | HostPlatform = platform): string {
  return keyLabel(SHORTCUTS[id].keys[0], platformOf(mac));
}

export function withShortcut(label: string, command: AppCommand): string {
  return `${label} (${shortcutLabel(command)})`;
}

type KeyInfo = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** Whether a key press is the accelerator (Cmd on macOS for CmdOrCtrl, Ctrl elsewhere). */
export function matchesAccelerator(event: KeyInfo, accelerator: string, mac = isMac): boolean {
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  const primary = parts.includes('CmdOrCtrl');
  if (primary !== (mac ? event.metaKey : event.ctrlKey)) return false;
  if ((mac ? event.ctrlKey : event.metaKey) || event.altKey) return false;
  // Digits by physical key, so that layouts where 1 needs Shift (AZERTY) still switch tabs.
  if (/^[0-9]$/.test(key)) return event.code === `Digit${key}` || event.code === `Numpad${key}`;
  if (parts.includes('Shift') !== event.shiftKey) return false;
  return event.key.toLowerCase() === key.toLowerCase();
}

/**
 * The command a key press asks for, or null: the keys of the table, the same ones the native menu
 * gives (Ctrl/Cmd+O opens a project, Ctrl/Cmd+Shift+A adds sources), those acting on a project only
 * while one is open.
 */
export function commandForKey(event: KeyInfo, context: { projectOpen: boolean }, mac = isMac): AppCommand | null {
  for (const [command, id] of Object.entries(SHORTCUT_OF) as Array<[AppCommand, ShortcutId]>) {
    if (command === 'shortcuts') continue; // "?" is a plain key: see isSheetKey
    if (!context.projectOpen && NEEDS_PROJECT.has(command)) continue;
    if (matchesAccelerator(event, menuAccelerator(id), mac)) return command;
  }
  return null;
}

/** "?" (whatever keys the layout types it with) asks for the shortcuts sheet. */
export function isSheetKey(event: KeyInfo): boolean {
  return event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey;
}

/** Whether the page should act on this command itself, or leave it to the native menu. */
export function pageHandles(command: AppCommand, electron = inElectron): boolean {
  return !(electron && MENU_OWNED.has(command));
}

/** Menu commands arrive as call names from the native menu; older names are accepted too. */
export function commandForMenu(command: string): AppCommand | null {
  switch (command) {
    case 'projectNew':
    case 'new':
      return 'new';
    case 'projectOpen':
    case 'open':
      return 'open';
    case 'projectClose':
    case 'close':
      return 'close';
    case 'sourcesAddFromDialog':
    case 'addSources':
      return 'addSources';
    case 'projectSaveAs':
    case 'saveAs':
      return 'saveAs';
    case 'briefExportPdf':
      return 'exportPdf';
    case 'briefExportDocx':
      return 'exportDocx';
    case 'briefPrint':
      return 'print';
    case 'showShortcuts':
      return 'shortcuts';
    default:
      return null;
  }
}

/** True while the analyst is typing somewhere: single keys (Delete, arrows) belong to the field. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/** Keys the project screen handles for the whole session, whatever tab is shown. */
export type DeskCommand = 'undo' | 'redo' | 'find';

/**
 * Ctrl/Cmd+Z undoes the analyst's last decision, Ctrl/Cmd+Shift+Z (and Ctrl+Y off macOS) redoes
 * it, Ctrl/Cmd+F finds. The caller leaves undo and redo to a text field that has the focus (its
 * own typing undo comes first there).
 */
export function deskCommandForKey(event: KeyInfo, mac = isMac): DeskCommand | null {
  const primary = mac ? event.metaKey : event.ctrlKey;
  if (!primary || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !mac && !event.shiftKey) return 'redo';
  if (key === 'f' && !event.shiftKey) return 'find';
  return null;
}
