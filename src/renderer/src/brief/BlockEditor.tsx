// One run of a section's text (paragraphs and bullet lists) in a TipTap editor. The editor owns
// its document while it is mounted (undo is TipTap's own); each change goes up as blocks.
import { useRef } from 'react';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { blocksToDoc, docToBlocks, type TextBlock } from './briefDoc';
import { CitationNode } from './CitationNode';
import { PromptMark } from './PromptMark';

export function BlockEditor(props: {
  blocks: TextBlock[];
  label: string;
  onChange: (blocks: TextBlock[]) => void;
  onFocus: (editor: Editor) => void;
}) {
  const onChange = useRef(props.onChange);
  onChange.current = props.onChange;
  const onFocus = useRef(props.onFocus);
  onFocus.current = props.onFocus;

  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        // Only what the brief's model can hold: paragraphs, bullets, bold and italic.
        heading: false,
        blockquote: false,
        code: false,
        codeBlock: false,
        horizontalRule: false,
        strike: false,
        underline: false,
        link: false,
        orderedList: false,
        hardBreak: false,
      }),
      CitationNode,
      PromptMark,
    ],
    content: blocksToDoc(props.blocks),
    editorProps: {
      attributes: { class: 'brief-prose', 'aria-label': props.label, 'aria-multiline': 'true', role: 'textbox' },
    },
    onUpdate: ({ editor: e }) => onChange.current(docToBlocks(e.getJSON())),
    onFocus: ({ editor: e }) => onFocus.current(e),
  });

  return <EditorContent editor={editor} className="brief-editor" />;
}
