import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_COMMANDS, menuTemplate, type MenuActions, type MenuOptions } from '../../../src/main/appMenu';
import { calls } from '../../../src/shared/api';
import { SHORTCUTS, keyLabel, menuAccelerator } from '../../../src/shared/shortcuts';
import { commandForMenu } from '../../../src/renderer/src/shortcuts';

function actions(): MenuActions {
  return { command: vi.fn(), openRecent: vi.fn(), about: vi.fn() };
}

function build(overrides: Partial<MenuOptions> = {}) {
  const a = overrides.actions ?? actions();
  const template = menuTemplate({ isMac: false, isDev: false, appName: 'Attaché', recent: [], projectOpen: true, actions: a, ...overrides });
  return { template, actions: a };
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((m) => m.label?.replace('&', '') === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no menu ${label}`);
  return menu.submenu;
}

function item(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items.find((i) => i.label === label);
  if (!found) throw new Error(`no item ${label}`);
  return found;
}

function click(entry: MenuItemConstructorOptions) {
  (entry.click as () => void)();
}

describe('application menu', () => {
  it('File offers New, Open, Open Recent, Add Sources, Close and Quit with the usual shortcuts', () => {
    const { template, actions: a } = build();
    const file = submenu(template, 'File');
    expect(item(file, 'New Project…').accelerator).toBe('CmdOrCtrl+N');
    expect(item(file, 'Open…').accelerator).toBe('CmdOrCtrl+O');
    expect(item(file, 'Add Sources…').accelerator).toBe('CmdOrCtrl+Shift+A');
    expect(item(file, 'Close Project').accelerator).toBe('CmdOrCtrl+W');
    expect(file.some((i) => i.role === 'quit')).toBe(true);
    click(item(file, 'New Project…'));
    click(item(file, 'Open…'));
    click(item(file, 'Add Sources…'));
    click(item(file, 'Close Project'));
    expect(vi.mocked(a.command).mock.calls.map((c) => c[0])).toEqual([
      'projectNew',
      'projectOpen',
      'sourcesAddFromDialog',
      'projectClose',
    ]);
  });

  it('lists recent projects, greying out those that are gone', () => {
    const { template, actions: a } = build({
      recent: [
        { path: '/p/Mekong.attache', name: 'Mekong', openedAt: '2025-03-01T00:00:00Z', exists: true },
        { path: '/p/Old.attache', name: 'Old', openedAt: '2025-01-01T00:00:00Z', exists: false },
      ],
    });
    const recent = item(submenu(template, 'File'), 'Open Recent').submenu as MenuItemConstructorOptions[];
    expect(recent.map((r) => r.enabled)).toEqual([true, false]);
    click(recent[0]!);
    expect(a.openRecent).toHaveBeenCalledWith('/p/Mekong.attache');
  });

  it('says so when there is nothing recent', () => {
    const recent = item(submenu(build().template, 'File'), 'Open Recent').submenu as MenuItemConstructorOptions[];
    expect(recent).toEqual([{ label: 'No Recent Projects', enabled: false }]);
  });

  it('has the standard Edit roles', () => {
    const roles = submenu(build().template, 'Edit').map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers reload and developer tools only in development', () => {
    const shipped = submenu(build().template, 'View').map((i) => i.role);
    expect(shipped).not.toContain('reload');
    expect(shipped).not.toContain('toggleDevTools');
    expect(shipped).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']));
    const dev = submenu(build({ isDev: true }).template, 'View').map((i) => i.role);
    expect(dev).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('shows About from Help, and on macOS from the app menu where Quit lives', () => {
    const { template, actions: a } = build();
    click(item(submenu(template, 'Help'), 'About Attaché'));
    expect(a.about).toHaveBeenCalledTimes(1);
    const mac = build({ isMac: true }).template;
    const appMenu = submenu(mac, 'Attaché');
    expect(appMenu.some((i) => i.role === 'quit')).toBe(true);
    expect(submenu(mac, 'File').some((i) => i.role === 'quit')).toBe(false);
  });

  it('gives Cmd/Ctrl+W to Close Project alone', () => {
    for (const isMac of [false, true]) {
      const all = build({ isMac }).template.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : []));
      const withW = all.filter((i) => i.accelerator === 'CmdOrCtrl+W' || i.role === 'close' || i.role === 'windowMenu');
      expect(withW.map((i) => i.label)).toEqual(['Close Project']);
    }
    expect(build({ isMac: true }).template.some((m) => m.role === 'windowMenu')).toBe(false);
  });

  it('File offers Export PDF…, Export DOCX… and Print…, each sending the call the Brief tab’s buttons make', () => {
    const { template, actions: a } = build();
    const file = submenu(template, 'File');
    for (const label of ['Export PDF…', 'Export DOCX…', 'Print…']) click(item(file, label));
    expect(vi.mocked(a.command).mock.calls.map((c) => c[0])).toEqual(['briefExportPdf', 'briefExportDocx', 'briefPrint']);
    for (const name of ['briefExportPdf', 'briefExportDocx', 'briefPrint'] as const) expect(calls).toHaveProperty(name);
    expect(item(file, 'Export PDF…').accelerator).toBe('CmdOrCtrl+E');
    expect(item(file, 'Export DOCX…').accelerator).toBe('CmdOrCtrl+Shift+E');
    expect(item(file, 'Print…').accelerator).toBe('CmdOrCtrl+P');
  });

  it('greys out what needs a project while none is open, and keeps New, Open and Open Recent', () => {
    const file = submenu(build({ projectOpen: false }).template, 'File');
    const needProject = ['Add Sources…', 'Export PDF…', 'Export DOCX…', 'Print…', 'Save Project As…', 'Close Project'];
    for (const label of needProject) expect(item(file, label).enabled, label).toBe(false);
    for (const label of ['New Project…', 'Open…', 'Open Recent']) expect(item(file, label).enabled, label).not.toBe(false);
    const open = submenu(build({ projectOpen: true }).template, 'File');
    for (const label of needProject) expect(item(open, label).enabled, label).toBe(true);
  });

  it('takes every accelerator from the one table of shortcuts, and the page knows every command it sends', () => {
    for (const isMac of [false, true]) {
      const all = build({ isMac }).template.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : []));
      const table = new Set<string>(Object.values(SHORTCUTS).flatMap((s) => [...s.keys]));
      // Quit off macOS is the system's own Ctrl+Q (the table lists it as CmdOrCtrl+Q).
      const accelerators = all.map((i) => i.accelerator).filter((k): k is string => typeof k === 'string' && k !== 'Ctrl+Q');
      expect(accelerators.length).toBeGreaterThan(10);
      for (const accelerator of accelerators) expect(table.has(accelerator), accelerator).toBe(true);
    }
    expect(menuAccelerator('addSources')).toBe('CmdOrCtrl+Shift+A');
    expect(keyLabel(menuAccelerator('addSources'), 'mac')).toBe('⇧⌘A');
    expect(keyLabel(menuAccelerator('addSources'), 'windows')).toBe('Ctrl+Shift+A');
    for (const command of MENU_COMMANDS) expect(commandForMenu(command), command).not.toBeNull();
  });

  it('offers the shortcuts sheet from Help', () => {
    const { template, actions: a } = build();
    click(item(submenu(template, 'Help'), 'Keyboard Shortcuts'));
    expect(a.command).toHaveBeenCalledWith('showShortcuts');
  });
});
