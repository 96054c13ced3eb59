// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import type { Block } from '../../../../src/core/model';
import { blocksToDoc, docToBlocks, joinRuns, replaceRun, splitRuns, type TextBlock } from '../../../../src/renderer/src/brief/briefDoc';
import { CitationNode } from '../../../../src/renderer/src/brief/CitationNode';

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
  return new Editor({ extensions: [StarterKit.configure({ link: false, underline: false }), CitationNode], content: doc });
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
