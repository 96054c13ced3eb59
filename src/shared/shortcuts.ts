// Every keyboard shortcut of Attaché, once: the native menu takes its accelerators from here, the
// page names them in tooltips from here, and the shortcuts sheet (?) lists this table by area. Keys
// are written as Electron accelerators ("CmdOrCtrl+Shift+A"); keyLabel says them the platform's
// way ("⇧⌘A" on macOS, "Ctrl+Shift+A" elsewhere). No Electron and no DOM: main and the page share it.

import type { HostInfo } from './api';

/** The platform the window runs on, as the preload read it from the main process's own. */
export type HostPlatform = HostInfo['platform'];

export function hostPlatformOf(nodePlatform: string): HostPlatform {
  return nodePlatform === 'darwin' ? 'mac' : nodePlatform === 'win32' ? 'windows' : 'linux';
}

export const SHORTCUT_AREAS = ['Project', 'Brief export', 'Editing', 'Views', 'Facts list', 'Sources list', 'Help'] as const;
export type ShortcutArea = (typeof SHORTCUT_AREAS)[number];

export interface Shortcut {
  /** What the analyst gets, as the sheet lists it. */
  action: string;
  area: ShortcutArea;
  /** Accelerators, the first being the one the native menu shows; more are other keys for the same. */
  keys: readonly string[];
  /** Only on some platforms (Shift+F10 opens no menu on macOS). */
  platforms?: readonly HostPlatform[];
  /** More keys for the same on some platforms (Ctrl+Y redoes on Windows and Linux, not on macOS). */
  alsoOn?: Partial<Record<HostPlatform, readonly string[]>>;
}

/** The shortcuts commands and tooltips refer to by name. */
export const SHORTCUTS = {
  newProject: { action: 'New project', area: 'Project', keys: ['CmdOrCtrl+N'] },
  openProject: { action: 'Open a project', area: 'Project', keys: ['CmdOrCtrl+O'] },
  addSources: { action: 'Add sources', area: 'Project', keys: ['CmdOrCtrl+Shift+A'] },
  saveAs: { action: 'Save project as', area: 'Project', keys: ['CmdOrCtrl+Shift+S'] },
  closeProject: { action: 'Close project', area: 'Project', keys: ['CmdOrCtrl+W'] },
  quit: { action: 'Quit Attaché', area: 'Project', keys: ['CmdOrCtrl+Q'] },
  exportPdf: { action: 'Export the brief as PDF', area: 'Brief export', keys: ['CmdOrCtrl+E'] },
  exportDocx: { action: 'Export the brief as a Word document', area: 'Brief export', keys: ['CmdOrCtrl+Shift+E'] },
  print: { action: 'Print the brief', area: 'Brief export', keys: ['CmdOrCtrl+P'] },
  undo: { action: 'Undo (typing in a field, else your last decision)', area: 'Editing', keys: ['CmdOrCtrl+Z'] },
  redo: { action: 'Redo', area: 'Editing', keys: ['CmdOrCtrl+Shift+Z'], alsoOn: { windows: ['Ctrl+Y'], linux: ['Ctrl+Y'] } },
  cut: { action: 'Cut', area: 'Editing', keys: ['CmdOrCtrl+X'] },
  copy: { action: 'Copy', area: 'Editing', keys: ['CmdOrCtrl+C'] },
  paste: { action: 'Paste', area: 'Editing', keys: ['CmdOrCtrl+V'] },
  selectAll: { action: 'Select all (in the facts list: every fact shown)', area: 'Editing', keys: ['CmdOrCtrl+A'] },
  find: { action: 'Find in facts and sources', area: 'Editing', keys: ['CmdOrCtrl+F'] },
  bold: { action: 'Bold (brief editor)', area: 'Editing', keys: ['CmdOrCtrl+B'] },
  italic: { action: 'Italic (brief editor)', area: 'Editing', keys: ['CmdOrCtrl+I'] },
  contextMenu: { action: 'Cut, copy, paste and spelling suggestions', area: 'Editing', keys: ['Shift+F10'], platforms: ['windows', 'linux'] },
  tabSources: { action: 'Show Sources', area: 'Views', keys: ['CmdOrCtrl+1'] },
  tabFacts: { action: 'Show Facts', area: 'Views', keys: ['CmdOrCtrl+2'] },
  tabBrief: { action: 'Show Brief', area: 'Views', keys: ['CmdOrCtrl+3'] },
  tabArrows: { action: 'Next or previous view (on the tabs)', area: 'Views', keys: ['Right', 'Left'] },
  zoomIn: { action: 'Zoom in', area: 'Views', keys: ['CmdOrCtrl+Plus'] },
  zoomOut: { action: 'Zoom out', area: 'Views', keys: ['CmdOrCtrl+-'] },
  resetZoom: { action: 'Actual size', area: 'Views', keys: ['CmdOrCtrl+0'] },
  factNext: { action: 'Next or previous fact', area: 'Facts list', keys: ['J', 'K', 'Down', 'Up'] },
  factExtend: { action: 'Extend the selection', area: 'Facts list', keys: ['Shift+Down', 'Shift+Up'] },
  factPage: { action: 'A page on, a page back, first, last', area: 'Facts list', keys: ['PageDown', 'PageUp', 'Home', 'End'] },
  factVerify: { action: 'Verify the selection', area: 'Facts list', keys: ['V'] },
  factReject: { action: 'Reject the selection', area: 'Facts list', keys: ['R'] },
  factGrade: { action: 'Credibility: 1 confirmed … 6 cannot be judged', area: 'Facts list', keys: ['1 … 6'] },
  factCompare: { action: 'Compare what each source says', area: 'Facts list', keys: ['C'] },
  factOnly: { action: 'Keep only the focused fact selected', area: 'Facts list', keys: ['Esc'] },
  sourceRemove: { action: 'Remove the source (undo brings it back)', area: 'Sources list', keys: ['Delete'] },
  sheet: { action: 'Show this list of shortcuts', area: 'Help', keys: ['?'] },
  closeDialog: { action: 'Close a dialog', area: 'Help', keys: ['Esc'] },
} as const satisfies Record<string, Shortcut>;

export type ShortcutId = keyof typeof SHORTCUTS;

/** The accelerator the native menu gives a shortcut. */
export function menuAccelerator(id: ShortcutId): string {
  return SHORTCUTS[id].keys[0];
}

const MAC_MODIFIERS: Record<string, string> = { Ctrl: '⌃', Control: '⌃', Alt: '⌥', Option: '⌥', Shift: '⇧', CmdOrCtrl: '⌘', CommandOrControl: '⌘', Cmd: '⌘', Command: '⌘' };
/** macOS writes its modifiers in this order, whatever order the accelerator has. */
const MAC_ORDER = ['⌃', '⌥', '⇧', '⌘'];
const KEY_NAMES: Record<string, { mac: string; other: string }> = {
  Plus: { mac: '+', other: 'Plus' },
  Down: { mac: '↓', other: '↓' },
  Up: { mac: '↑', other: '↑' },
  Left: { mac: '←', other: '←' },
  Right: { mac: '→', other: '→' },
  Esc: { mac: 'Esc', other: 'Esc' },
  Delete: { mac: '⌫', other: 'Delete' },
  PageDown: { mac: 'Page Down', other: 'Page Down' },
  PageUp: { mac: 'Page Up', other: 'Page Up' },
};

/** "CmdOrCtrl+Shift+A" as the platform writes it: "⇧⌘A" on macOS, "Ctrl+Shift+A" elsewhere. */
export function keyLabel(accelerator: string, platform: HostPlatform): string {
  // A lone "+" key is written "Plus" in accelerators, so splitting on "+" is safe.
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  const name = KEY_NAMES[key]?.[platform === 'mac' ? 'mac' : 'other'] ?? key;
  if (platform === 'mac') {
    const symbols = parts.map((part) => MAC_MODIFIERS[part] ?? part);
    symbols.sort((a, b) => MAC_ORDER.indexOf(a) - MAC_ORDER.indexOf(b));
    return `${symbols.join('')}${name}`;
  }
  const words = parts.map((part) => (part === 'CmdOrCtrl' || part === 'CommandOrControl' || part === 'Control' ? 'Ctrl' : part));
  return [...words, name].join('+');
}

/** The shortcuts that apply on a platform, each with its keys as the platform writes them. */
export function shortcutsFor(platform: HostPlatform): Array<{ id: ShortcutId; area: ShortcutArea; action: string; keys: string[] }> {
  return (Object.entries(SHORTCUTS) as Array<[ShortcutId, Shortcut]>)
    .filter(([, s]) => !s.platforms || s.platforms.includes(platform))
    .map(([id, s]) => ({ id, area: s.area, action: s.action, keys: [...s.keys, ...(s.alsoOn?.[platform] ?? [])].map((k) => keyLabel(k, platform)) }));
}
