// A prompt for the analyst inside the brief's text ("State the purpose of the visit…"): the draft
// leaves it where only the analyst can write, the editor shows it as a marked placeholder, and it
// is never printed (the export lists an unwritten one as a problem). A prompt is replaced whole:
// typing anywhere in it writes the analyst's words in its place, and Backspace or Delete in it
// removes all of it, so half a prompt never stays behind mixed with the analyst's text.
import { Mark, getMarkRange, type Editor } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection, type EditorState } from '@tiptap/pm/state';

export const PROMPT_TITLE = 'A prompt for you: type to replace it. It is never printed.';

function promptRangeAt(state: EditorState, from: number, to: number): { from: number; to: number } | null {
  const type = state.schema.marks['prompt'];
  if (!type) return null;
  const range = getMarkRange(state.doc.resolve(from), type);
  if (!range || to > range.to || from < range.from) return null;
  return range;
}

function removePrompt(editor: Editor): boolean {
  const { state, view } = editor;
  const { from, to, empty } = state.selection;
  if (!empty) return false;
  const range = promptRangeAt(state, from, to);
  if (!range) return false;
  view.dispatch(state.tr.delete(range.from, range.to).scrollIntoView());
  return true;
}

export const PromptMark = Mark.create({
  name: 'prompt',
  // Text typed just after a prompt is the analyst's, not more prompt.
  inclusive: false,

  parseHTML() {
    return [{ tag: 'span[data-prompt]' }];
  },

  renderHTML() {
    return ['span', { class: 'brief-prompt', 'data-prompt': 'true', title: PROMPT_TITLE }, 0];
  },

  addKeyboardShortcuts() {
    return {
      Backspace: () => removePrompt(this.editor),
      Delete: () => removePrompt(this.editor),
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('promptReplace'),
        props: {
          handleTextInput(view, from, to, text) {
            const range = promptRangeAt(view.state, from, to);
            if (!range) return false;
            const marks = view.state.doc
              .resolve(range.from + 1)
              .marks()
              .filter((m) => m.type.name !== 'prompt');
            const tr = view.state.tr.replaceWith(range.from, range.to, view.state.schema.text(text, marks));
            tr.setSelection(TextSelection.create(tr.doc, range.from + text.length));
            view.dispatch(tr.scrollIntoView());
            return true;
          },
        },
      }),
    ];
  },
});
