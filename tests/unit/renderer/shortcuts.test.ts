// Which key does what: the same press means "open a project" on the start screen and "add
// sources" inside one; in Electron the page leaves the menu's accelerators to the menu.
import { describe, expect, it } from 'vitest';
import { commandForKey, commandForMenu, deskCommandForKey, pageHandles, shortcutLabel } from '../../../src/renderer/src/shortcuts';

const press = (key: string, extra: Partial<{ code: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key,
  code: extra.code ?? `Key${key.toUpperCase()}`,
  ctrlKey: extra.ctrlKey ?? true,
  metaKey: extra.metaKey ?? false,
  shiftKey: extra.shiftKey ?? false,
  altKey: extra.altKey ?? false,
});

describe('commandForKey', () => {
  it('Ctrl+O opens a project from the start screen and adds sources inside one', () => {
    expect(commandForKey(press('o'), { projectOpen: false }, false)).toBe('open');
    expect(commandForKey(press('o'), { projectOpen: true }, false)).toBe('addSources');
    expect(commandForKey(press('a', { shiftKey: true }), { projectOpen: true }, false)).toBe('addSources');
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
