// Keyboard shortcuts and how to name them in tooltips. In Electron the native menu owns the
// accelerators it lists (handling them here too would run each command twice); in a plain
// browser, as in the e2e harness, the page handles them itself. Keys the menu does not list
// (the tab switches) are always the page's.
export type AppCommand = 'new' | 'open' | 'close' | 'addSources' | 'saveAs' | 'tabSources' | 'tabFacts' | 'tabBrief';

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
export const inElectron = typeof navigator !== 'undefined' && /Electron/.test(navigator.userAgent);

/** Commands whose accelerator the native menu (src/main/appMenu.ts) already handles. */
const MENU_OWNED: ReadonlySet<AppCommand> = new Set(['new', 'open', 'close', 'addSources', 'saveAs']);

const labels: Record<AppCommand, string> = {
  new: 'N',
  open: 'O',
  close: 'W',
  addSources: 'O',
  saveAs: 'Shift+S',
  tabSources: '1',
  tabFacts: '2',
  tabBrief: '3',
};

/** "Ctrl+N" or "⌘N", for tooltips. */
export function shortcutLabel(command: AppCommand, mac = isMac): string {
  const key = labels[command];
  if (!mac) return `Ctrl+${key}`;
  return key.startsWith('Shift+') ? `⇧⌘${key.slice(6)}` : `⌘${key}`;
}

export function withShortcut(label: string, command: AppCommand): string {
  return `${label} (${shortcutLabel(command)})`;
}

type KeyInfo = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/**
 * The command a key press asks for, or null. With a project open, Ctrl/Cmd+O adds sources (the
 * analyst is in a project: the files they open are sources); on the start screen it opens a project.
 */
export function commandForKey(event: KeyInfo, context: { projectOpen: boolean }, mac = isMac): AppCommand | null {
  const primary = mac ? event.metaKey : event.ctrlKey;
  if (!primary || event.altKey) return null;
  // Digits by physical key, so that layouts where 1 needs Shift (AZERTY) still switch tabs.
  switch (event.code) {
    case 'Digit1':
    case 'Numpad1':
      return context.projectOpen ? 'tabSources' : null;
    case 'Digit2':
    case 'Numpad2':
      return context.projectOpen ? 'tabFacts' : null;
    case 'Digit3':
    case 'Numpad3':
      return context.projectOpen ? 'tabBrief' : null;
  }
  if (event.shiftKey) {
    if (!context.projectOpen) return null;
    const key = event.key.toLowerCase();
    return key === 'a' ? 'addSources' : key === 's' ? 'saveAs' : null;
  }
  switch (event.key.toLowerCase()) {
    case 'n':
      return 'new';
    case 'o':
      return context.projectOpen ? 'addSources' : 'open';
    case 'w':
      return context.projectOpen ? 'close' : null;
    default:
      return null;
  }
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
