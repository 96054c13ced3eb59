// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import type { Block } from '../../../../src/core/model';
import { blocksToDoc, docToBlocks, joinRuns, replaceRun, splitRuns, type TextBlock } from '../../../../src/renderer/src/brief/briefDoc';
import { CitationNode } from '../../../../src/renderer/src/brief/CitationNode';
import { PromptMark } from '../../../../src/renderer/src/brief/PromptMark';

const blocks: TextBlock[] = [
  {
    type: 'paragraph',
    content: [
      { type: 'text', text: 'Trade reached ' },
      { type: 'text', text: '$1.8 billion', bold: true },
      { type: 'cite', factId: 'fact_a' },
      { type: 'text', text: ', the ministry said', italic: true },
      { type: 'text', text: '.' },
    ],
  },
  {
    type: 'bullets',
    items: [
      [{ type: 'text', text: 'Tariffs fall on most goods' }, { type: 'cite', factId: 'fact_b' }],
      [{ type: 'text', text: 'A forum drew 350 firms' }],
    ],
  },
];

function editorWith(doc: ReturnType<typeof blocksToDoc>): Editor {
  return new Editor({ extensions: [StarterKit.configure({ link: false, underline: false }), CitationNode, PromptMark], content: doc });
}

describe('brief blocks in the editor', () => {
  it('come back unchanged after a trip through a real TipTap editor, citations included', () => {
    const editor = editorWith(blocksToDoc(blocks));
    expect(docToBlocks(editor.getJSON())).toEqual(blocks);
    editor.destroy();
  });

  it('a citation is one atom: deleting it removes the citation, typing never edits its id', () => {
    const editor = editorWith(blocksToDoc([{ type: 'paragraph', content: [{ type: 'text', text: 'A' }, { type: 'cite', factId: 'fact_a' }] }]));
    // Position 2 is after "A", before the citation; the atom spans one position.
    editor.chain().setTextSelection({ from: 2, to: 3 }).deleteSelection().run();
    expect(docToBlocks(editor.getJSON())).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'A' }] }]);
    editor.chain().setTextSelection(2).insertContent({ type: 'citation', attrs: { factId: 'fact_z' } }).insertContent('B').run();
    expect(docToBlocks(editor.getJSON())).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'A' }, { type: 'cite', factId: 'fact_z' }, { type: 'text', text: 'B' }] },
    ]);
    editor.destroy();
  });

  it('empty paragraphs and list items are dropped rather than printed as blank space', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'paragraph' },
        { type: 'paragraph', content: [{ type: 'text', text: '   ' }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Kept' }] },
      ],
    };
    expect(docToBlocks(doc)).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Kept' }] }]);
  });

  it('an empty run is an editor with one empty paragraph (ProseMirror needs one)', () => {
    expect(blocksToDoc([])).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});

describe('a prompt for the analyst in the editor', () => {
  const prompted: TextBlock[] = [
    { type: 'paragraph', content: [{ type: 'text', text: 'Why: ' }, { type: 'text', text: 'Say why the meeting matters.', prompt: true }] },
  ];
  // The way a key typed in the page reaches the editor (ProseMirror's handleTextInput prop).
  const type = (editor: Editor, text: string) => {
    const { from, to } = editor.state.selection;
    const handled = editor.view.someProp('handleTextInput', (f) => f(editor.view, from, to, text, () => editor.state.tr));
    if (!handled) editor.view.dispatch(editor.state.tr.insertText(text, from, to));
  };

  it('stays a prompt through the editor, marked in the page', () => {
    const editor = editorWith(blocksToDoc(prompted));
    expect(docToBlocks(editor.getJSON())).toEqual(prompted);
    expect(editor.view.dom.querySelector('span.brief-prompt[data-prompt]')?.textContent).toBe('Say why the meeting matters.');
    editor.destroy();
  });

  it('is replaced whole by the first key typed inside it, and what follows is the analyst’s text', () => {
    const editor = editorWith(blocksToDoc(prompted));
    // Inside the prompt's words ("Say w|hy…"): positions start at 1 inside the paragraph.
    editor.commands.setTextSelection(1 + 'Why: Say w'.length);
    type(editor, 'T');
    type(editor, 'o agree');
    expect(docToBlocks(editor.getJSON())).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Why: To agree' }] }]);
    editor.destroy();
  });

  it('goes whole with Backspace, never leaving half a prompt', () => {
    const editor = editorWith(blocksToDoc(prompted));
    editor.commands.setTextSelection(1 + 'Why: Say why the'.length);
    editor.commands.keyboardShortcut('Backspace');
    expect(docToBlocks(editor.getJSON())).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Why: ' }] }]);
    editor.destroy();
  });

  it('text typed outside a prompt leaves it as it is', () => {
    const editor = editorWith(blocksToDoc(prompted));
    editor.commands.setTextSelection(1);
    type(editor, 'So. ');
    expect(docToBlocks(editor.getJSON())).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'So. Why: ' }, { type: 'text', text: 'Say why the meeting matters.', prompt: true }] },
    ]);
    editor.destroy();
  });
});

describe('runs around key-figures tables', () => {
  const table: Block = { type: 'keyFigures', rows: [{ factId: 'f', indicator: 'Trade', value: '$1.8 billion', asOf: '2024' }] };
  const p = (text: string): TextBlock => ({ type: 'paragraph', content: [{ type: 'text', text }] });

  it('split and join give the blocks back, with a run before and after each table', () => {
    const section: Block[] = [p('one'), table, p('two'), p('three')];
    const split = splitRuns(section);
    expect(split.runs).toEqual([[p('one')], [p('two'), p('three')]]);
    expect(joinRuns(split)).toEqual(section);
    expect(splitRuns([table]).runs).toEqual([[], []]);
  });

  it('emptying a run keeps the table and the other runs where they were', () => {
    const section: Block[] = [p('one'), table, p('two')];
    expect(replaceRun(section, 0, [])).toEqual([table, p('two')]);
    expect(replaceRun(replaceRun(section, 0, []), 0, [p('again')])).toEqual([p('again'), table, p('two')]);
    expect(replaceRun(section, 1, [p('changed')])).toEqual([p('one'), table, p('changed')]);
  });
});
