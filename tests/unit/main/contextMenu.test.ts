// The right-click menu: spelling suggestions on a misspelled word in a field or the brief editor,
// Add to Dictionary, then cut/copy/paste/select all as the field allows; Copy on selected text.
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

const electron = vi.hoisted(() => ({ popup: vi.fn(), built: [] as MenuItemConstructorOptions[][] }));
vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => {
      electron.built.push(template);
      return { popup: electron.popup };
    },
  },
}));

const { MAX_SUGGESTIONS, attachContextMenu, contextMenuTemplate } = await import('../../../src/main/contextMenu');
type Params = Parameters<typeof contextMenuTemplate>[0];

const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true, canUndo: true, canRedo: true, canDelete: true, canEditRichly: true };

function params(overrides: Partial<Params> = {}): Params {
  return { isEditable: true, selectionText: '', misspelledWord: '', dictionarySuggestions: [], editFlags: { ...flags }, ...overrides };
}

const labels = (items: MenuItemConstructorOptions[]) => items.map((i) => i.label ?? i.role ?? i.type);

describe('context menu', () => {
  it('offers the suggestions for a misspelled word first, each replacing it, then Add to Dictionary', () => {
    const actions = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };
    const items = contextMenuTemplate(params({ misspelledWord: 'goverment', dictionarySuggestions: ['government', 'governments'] }), actions);
    expect(labels(items)).toEqual(['government', 'governments', 'Add “goverment” to Dictionary', 'separator', 'cut', 'copy', 'paste', 'separator', 'selectAll']);
    (items[1]!.click as () => void)();
    expect(actions.replaceMisspelling).toHaveBeenCalledWith('governments');
    (items[2]!.click as () => void)();
    expect(actions.addToDictionary).toHaveBeenCalledWith('goverment');
  });

  it('says when there is no suggestion, and keeps the list short', () => {
    const actions = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };
    const none = contextMenuTemplate(params({ misspelledWord: 'Xqzv' }), actions);
    expect(none[0]).toEqual({ label: 'No Spelling Suggestions', enabled: false });
    const many = contextMenuTemplate(params({ misspelledWord: 'teh', dictionarySuggestions: ['the', 'tech', 'ten', 'tea', 'tel', 'tee', 'eh'] }), actions);
    expect(many.filter((i) => i.click && !String(i.label).startsWith('Add'))).toHaveLength(MAX_SUGGESTIONS);
  });

  it('greys out what the field cannot do', () => {
    const items = contextMenuTemplate(params({ editFlags: { ...flags, canCut: false, canCopy: false } }), { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() });
    const byRole = Object.fromEntries(items.filter((i) => i.role).map((i) => [i.role, i.enabled]));
    expect(byRole).toEqual({ cut: false, copy: false, paste: true, selectAll: true });
    expect(items.find((i) => i.role === 'copy')?.accelerator).toBe('CmdOrCtrl+C');
  });

  it('offers Copy on selected text that is not editable, and nothing where there is nothing to do', () => {
    const actions = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };
    expect(labels(contextMenuTemplate(params({ isEditable: false, selectionText: 'Hanoi, 4 June' }), actions))).toEqual(['copy']);
    expect(contextMenuTemplate(params({ isEditable: false, selectionText: '  ' }), actions)).toEqual([]);
    // A misspelling outside an editable field (it cannot be replaced there) offers no suggestions.
    expect(labels(contextMenuTemplate(params({ isEditable: false, misspelledWord: 'teh', dictionarySuggestions: ['the'], selectionText: 'teh' }), actions))).toEqual(['copy']);
  });

  it('pops up over its window, replacing through the web contents and adding to the session’s dictionary', () => {
    let listener: ((event: unknown, p: Params) => void) | undefined;
    const contents = {
      on: (name: string, fn: typeof listener) => {
        if (name === 'context-menu') listener = fn;
      },
      replaceMisspelling: vi.fn(),
      session: { addWordToSpellCheckerDictionary: vi.fn(() => true) },
    };
    const window = { isDestroyed: () => false };
    attachContextMenu(contents as never, window as never);
    listener!({}, params({ misspelledWord: 'recieve', dictionarySuggestions: ['receive'] }));
    expect(electron.popup).toHaveBeenCalledWith({ window });
    const template = electron.built.at(-1)!;
    (template[0]!.click as () => void)();
    (template[1]!.click as () => void)();
    expect(contents.replaceMisspelling).toHaveBeenCalledWith('receive');
    expect(contents.session.addWordToSpellCheckerDictionary).toHaveBeenCalledWith('recieve');
    electron.popup.mockClear();
    listener!({}, params({ isEditable: false }));
    expect(electron.popup).not.toHaveBeenCalled();
  });
});
