// The right-click menu (and Shift+F10 / the Menu key): spelling suggestions for a misspelled word
// in an editable field or the brief editor, "Add to Dictionary", then Cut, Copy, Paste and Select
// All as the field allows them; on text that is not editable, Copy of the selection. Chromium finds
// the misspelling and its suggestions (params); the replacement is made by the web contents itself,
// so the page never handles the analyst's clipboard or dictionary.
import { Menu, type BrowserWindow, type ContextMenuParams, type MenuItemConstructorOptions, type WebContents } from 'electron';
import { menuAccelerator } from '../shared/shortcuts';

/** Suggestions beyond these are noise in a menu; Chromium rarely offers more. */
export const MAX_SUGGESTIONS = 5;

export type ContextParams = Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions' | 'editFlags'>;

export interface ContextActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

export function contextMenuTemplate(params: ContextParams, actions: ContextActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  const misspelled = params.isEditable ? params.misspelledWord.trim() : '';
  if (misspelled) {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) items.push({ label: 'No Spelling Suggestions', enabled: false });
    for (const suggestion of suggestions) {
      items.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
    }
    items.push({ label: `Add “${misspelled}” to Dictionary`, click: () => actions.addToDictionary(misspelled) });
    items.push({ type: 'separator' });
  }
  const flags = params.editFlags;
  if (params.isEditable) {
    items.push(
      { role: 'cut', accelerator: menuAccelerator('cut'), enabled: flags.canCut },
      { role: 'copy', accelerator: menuAccelerator('copy'), enabled: flags.canCopy },
      { role: 'paste', accelerator: menuAccelerator('paste'), enabled: flags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', accelerator: menuAccelerator('selectAll'), enabled: flags.canSelectAll },
    );
  } else if (params.selectionText.trim().length > 0) {
    items.push({ role: 'copy', accelerator: menuAccelerator('copy'), enabled: flags.canCopy });
  }
  return items;
}

/** Shows the menu over the window wherever the analyst asks for it; nothing where it would be empty. */
export function attachContextMenu(contents: WebContents, window: BrowserWindow): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => {
        contents.session.addWordToSpellCheckerDictionary(word);
      },
    });
    if (template.length === 0 || window.isDestroyed()) return;
    Menu.buildFromTemplate(template).popup({ window });
  });
}
