// Which key does what: the keys of the one table the native menu shows, so that a tooltip names
// what the menu does (Ctrl+O opens a project, Ctrl+Shift+A adds sources); in Electron the page
// leaves the menu's accelerators to the menu.
import { describe, expect, it } from 'vitest';
import { commandForKey, commandForMenu, deskCommandForKey, isSheetKey, pageHandles, shortcutLabel } from '../../../src/renderer/src/shortcuts';
import { SHORTCUT_AREAS, keyLabel, shortcutsFor } from '../../../src/shared/shortcuts';

const press = (key: string, extra: Partial<{ code: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key,
  code: extra.code ?? `Key${key.toUpperCase()}`,
  ctrlKey: extra.ctrlKey ?? true,
  metaKey: extra.metaKey ?? false,
  shiftKey: extra.shiftKey ?? false,
  altKey: extra.altKey ?? false,
});

describe('commandForKey', () => {
  it('Ctrl+O opens a project, as the menu’s Open… does, and Ctrl+Shift+A adds sources inside one', () => {
    expect(commandForKey(press('o'), { projectOpen: false }, false)).toBe('open');
    expect(commandForKey(press('o'), { projectOpen: true }, false)).toBe('open');
    expect(commandForKey(press('a', { shiftKey: true }), { projectOpen: true }, false)).toBe('addSources');
    expect(commandForKey(press('A', { shiftKey: true }), { projectOpen: false }, false)).toBeNull();
    expect(shortcutLabel('addSources', false)).toBe('Ctrl+Shift+A');
    expect(shortcutLabel('addSources', true)).toBe('⇧⌘A');
    expect(shortcutLabel('open', 'windows')).toBe('Ctrl+O');
    expect(commandForKey(press('S', { shiftKey: true }), { projectOpen: true }, false)).toBe('saveAs');
    expect(commandForKey(press('S', { shiftKey: true }), { projectOpen: false }, false)).toBeNull();
  });

  it('uses Cmd on a Mac and Ctrl elsewhere, never both', () => {
    expect(commandForKey(press('n', { ctrlKey: false, metaKey: true }), { projectOpen: false }, true)).toBe('new');
    expect(commandForKey(press('n'), { projectOpen: false }, true)).toBeNull();
    expect(commandForKey(press('n', { ctrlKey: false, metaKey: true }), { projectOpen: false }, false)).toBeNull();
  });

  it('switches tabs by the physical digit key, also where the digit needs Shift (AZERTY)', () => {
    expect(commandForKey(press('1', { code: 'Digit1' }), { projectOpen: true }, false)).toBe('tabSources');
    expect(commandForKey(press('é', { code: 'Digit2' }), { projectOpen: true }, false)).toBe('tabFacts');
    expect(commandForKey(press('3', { code: 'Digit3', shiftKey: true }), { projectOpen: true }, false)).toBe('tabBrief');
    expect(commandForKey(press('1', { code: 'Digit1' }), { projectOpen: false }, false)).toBeNull();
  });

  it('ignores plain keys, Alt chords and Close without a project', () => {
    expect(commandForKey(press('o', { ctrlKey: false }), { projectOpen: true }, false)).toBeNull();
    expect(commandForKey(press('o', { altKey: true }), { projectOpen: true }, false)).toBeNull();
    expect(commandForKey(press('w'), { projectOpen: false }, false)).toBeNull();
  });
});

describe('pageHandles', () => {
  it('leaves menu accelerators to the native menu in Electron but keeps the tab keys', () => {
    expect(pageHandles('addSources', true)).toBe(false);
    expect(pageHandles('close', true)).toBe(false);
    expect(pageHandles('tabFacts', true)).toBe(true);
    expect(pageHandles('addSources', false)).toBe(true);
  });
});

describe('menu commands and labels', () => {
  it('maps the menu call names to commands', () => {
    expect(commandForMenu('sourcesAddFromDialog')).toBe('addSources');
    expect(commandForMenu('projectSaveAs')).toBe('saveAs');
    expect(shortcutLabel('saveAs', true)).toBe('⇧⌘S');
    expect(shortcutLabel('saveAs', false)).toBe('Ctrl+Shift+S');
    expect(commandForMenu('projectClose')).toBe('close');
    expect(commandForMenu('somethingElse')).toBeNull();
  });

  it('names shortcuts the platform way', () => {
    expect(shortcutLabel('tabBrief', true)).toBe('⌘3');
    expect(shortcutLabel('new', false)).toBe('Ctrl+N');
  });
});

describe('deskCommandForKey', () => {
  const deskPress = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
    key,
    code: '',
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...mods,
  });
  it('maps undo, redo and find with Ctrl off macOS', () => {
    expect(deskCommandForKey(deskPress('z', { ctrlKey: true }), false)).toBe('undo');
    expect(deskCommandForKey(deskPress('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(deskCommandForKey(deskPress('y', { ctrlKey: true }), false)).toBe('redo');
    expect(deskCommandForKey(deskPress('f', { ctrlKey: true }), false)).toBe('find');
    expect(deskCommandForKey(deskPress('z'), false)).toBeNull();
    expect(deskCommandForKey(deskPress('z', { ctrlKey: true, altKey: true }), false)).toBeNull();
  });
  it('uses Cmd on macOS, where Cmd+Y is not redo', () => {
    expect(deskCommandForKey(deskPress('z', { metaKey: true }), true)).toBe('undo');
    expect(deskCommandForKey(deskPress('z', { ctrlKey: true }), true)).toBeNull();
    expect(deskCommandForKey(deskPress('y', { metaKey: true }), true)).toBeNull();
    expect(deskCommandForKey(deskPress('f', { metaKey: true }), true)).toBe('find');
  });
});

describe('export, print and the shortcuts sheet', () => {
  it('Ctrl+E exports a PDF, Ctrl+Shift+E a Word document, Ctrl+P prints, only with a project open', () => {
    expect(commandForKey(press('e'), { projectOpen: true }, false)).toBe('exportPdf');
    expect(commandForKey(press('E', { shiftKey: true }), { projectOpen: true }, false)).toBe('exportDocx');
    expect(commandForKey(press('p'), { projectOpen: true }, false)).toBe('print');
    expect(commandForKey(press('p'), { projectOpen: false }, false)).toBeNull();
    expect(commandForKey(press('p', { ctrlKey: false, metaKey: true }), { projectOpen: true }, true)).toBe('print');
    expect(pageHandles('print', true)).toBe(false);
    expect(pageHandles('print', false)).toBe(true);
    expect(commandForMenu('briefExportPdf')).toBe('exportPdf');
    expect(commandForMenu('briefExportDocx')).toBe('exportDocx');
    expect(commandForMenu('briefPrint')).toBe('print');
    expect(commandForMenu('showShortcuts')).toBe('shortcuts');
  });

  it('? opens the sheet however it is typed, but not with Ctrl or Cmd', () => {
    expect(isSheetKey({ key: '?', code: 'Slash', ctrlKey: false, metaKey: false, altKey: false, shiftKey: true })).toBe(true);
    expect(isSheetKey({ key: '?', code: 'Comma', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false })).toBe(true);
    expect(isSheetKey({ key: '?', code: 'Slash', ctrlKey: true, metaKey: false, altKey: false, shiftKey: true })).toBe(false);
    expect(isSheetKey({ key: '/', code: 'Slash', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false })).toBe(false);
  });

  it('writes keys the platform way: macOS symbols in their order, words elsewhere', () => {
    expect(keyLabel('CmdOrCtrl+Shift+E', 'mac')).toBe('⇧⌘E');
    expect(keyLabel('Shift+CmdOrCtrl+Z', 'mac')).toBe('⇧⌘Z');
    expect(keyLabel('CmdOrCtrl+Shift+Z', 'linux')).toBe('Ctrl+Shift+Z');
    expect(keyLabel('CmdOrCtrl+Plus', 'windows')).toBe('Ctrl+Plus');
    expect(keyLabel('CmdOrCtrl+Plus', 'mac')).toBe('⌘+');
    expect(keyLabel('Shift+Down', 'mac')).toBe('⇧↓');
    expect(keyLabel('V', 'linux')).toBe('V');
  });

  it('lists every shortcut in a known area, Ctrl+Y redo and Shift+F10 only off macOS', () => {
    const mac = shortcutsFor('mac');
    const linux = shortcutsFor('linux');
    for (const s of [...mac, ...linux]) expect(SHORTCUT_AREAS).toContain(s.area);
    expect(linux.find((s) => s.id === 'redo')?.keys).toEqual(['Ctrl+Shift+Z', 'Ctrl+Y']);
    expect(mac.find((s) => s.id === 'redo')?.keys).toEqual(['⇧⌘Z']);
    expect(mac.some((s) => s.id === 'contextMenu')).toBe(false);
    expect(linux.some((s) => s.id === 'contextMenu')).toBe(true);
    expect(mac.find((s) => s.id === 'addSources')?.keys).toEqual(['⇧⌘A']);
  });
});
